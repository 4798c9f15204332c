#include "domain/orders/OrderLifecycle.h"

#include <algorithm>
#include <span>
#include <string>

namespace tp::domain {

namespace {

struct Move {
    OrderStatus from;
    OrderStatus to;
};

using S = OrderStatus;

constexpr Move kPosMoves[] = {
    {S::Pending, S::Paid},
    {S::Pending, S::Cancelled},
    {S::Paid, S::Completed},
    {S::Paid, S::PartiallyRefunded},
    {S::Paid, S::Refunded},
    {S::Completed, S::PartiallyRefunded},
    {S::Completed, S::Refunded},
    {S::PartiallyRefunded, S::PartiallyRefunded},
    {S::PartiallyRefunded, S::Refunded},
};

constexpr Move kOnlineMoves[] = {
    {S::Pending, S::Paid},
    {S::Pending, S::Cancelled},
    {S::Paid, S::Fulfilled},
    {S::Paid, S::Shipped},
    {S::Paid, S::Cancelled},
    {S::Paid, S::PartiallyRefunded},
    {S::Paid, S::Refunded},
    {S::Fulfilled, S::Shipped},
    {S::Fulfilled, S::Completed},
    {S::Fulfilled, S::PartiallyRefunded},
    {S::Fulfilled, S::Refunded},
    {S::Shipped, S::Completed},
    {S::Shipped, S::PartiallyRefunded},
    {S::Shipped, S::Refunded},
    {S::Completed, S::PartiallyRefunded},
    {S::Completed, S::Refunded},
    {S::PartiallyRefunded, S::PartiallyRefunded},
    {S::PartiallyRefunded, S::Refunded},
};

constexpr Move kExternalMoves[] = {
    {S::Pending, S::Paid},
    {S::Pending, S::Cancelled},
    {S::Paid, S::Shipped},
    {S::Paid, S::Cancelled},
    {S::Paid, S::PartiallyRefunded},
    {S::Paid, S::Refunded},
    {S::Shipped, S::Completed},
    {S::Shipped, S::PartiallyRefunded},
    {S::Shipped, S::Refunded},
    {S::Completed, S::PartiallyRefunded},
    {S::Completed, S::Refunded},
    {S::PartiallyRefunded, S::PartiallyRefunded},
    {S::PartiallyRefunded, S::Refunded},
};

std::span<const Move> movesOf(OrderChannel channel) {
    switch (channel) {
    case OrderChannel::Pos:
        return kPosMoves;
    case OrderChannel::Online:
        return kOnlineMoves;
    case OrderChannel::External:
        return kExternalMoves;
    }
    return {};
}

bool allows(OrderChannel channel, OrderStatus from, OrderStatus to) {
    const auto moves = movesOf(channel);
    return std::any_of(moves.begin(), moves.end(), [&](const Move& m) { return m.from == from && m.to == to; });
}

std::string inWords(OrderStatus status) {
    std::string words(toString(status));
    std::replace(words.begin(), words.end(), '_', ' ');
    return words;
}

std::string orderNoun(OrderChannel channel) {
    switch (channel) {
    case OrderChannel::Pos:
        return "register sale";
    case OrderChannel::Online:
        return "online order";
    case OrderChannel::External:
        return "marketplace order";
    }
    return "order";
}

// Says why in the shop's words: a final status, a repeat, or a move only other channels allow
// (then the channel is named, so "A paid register sale cannot become shipped.").
std::string refusal(OrderChannel channel, OrderStatus from, OrderStatus to) {
    const std::string start = "A " + inWords(from) + " ";
    const std::string end = " cannot become " + inWords(to);
    if (OrderLifecycle::isTerminal(from))
        return start + "order" + end + ": " + inWords(from) + " orders are final.";
    if (from == to)
        return start + "order" + end + " again.";
    const bool otherChannelAllows = std::any_of(kAllOrderChannels.begin(), kAllOrderChannels.end(),
                                                [&](OrderChannel other) { return allows(other, from, to); });
    return start + (otherChannelAllows ? orderNoun(channel) : std::string("order")) + end + ".";
}

} // namespace

Result<OrderStatus> OrderLifecycle::transition(OrderChannel channel, OrderStatus from, OrderStatus to) {
    if (!allows(channel, from, to))
        return makeError("illegal_transition", refusal(channel, from, to));
    return to;
}

bool OrderLifecycle::canTransition(OrderChannel channel, OrderStatus from, OrderStatus to) {
    return allows(channel, from, to);
}

std::vector<OrderStatus> OrderLifecycle::allowedNext(OrderChannel channel, OrderStatus from) {
    std::vector<OrderStatus> next;
    for (OrderStatus to : kAllOrderStatuses) {
        if (allows(channel, from, to))
            next.push_back(to);
    }
    return next;
}

bool OrderLifecycle::isTerminal(OrderStatus status) {
    return status == S::Cancelled || status == S::Refunded;
}

} // namespace tp::domain
