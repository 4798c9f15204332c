#pragma once

#include <vector>

#include "domain/core/Result.h"
#include "domain/orders/OrderChannel.h"
#include "domain/orders/OrderStatus.h"

namespace tp::domain {

// The order status machine: which status an order may move to next, per channel. Orders are
// immutable facts with a status history (ARCHITECTURE.md, Sync rule 5), so every status
// change is a new mutation, and both the register and the server check it here.
//
// Every channel:  pending → paid | cancelled;  paid and every later non-final status →
//                 partially_refunded | refunded;  partially_refunded → partially_refunded
//                 (a further partial refund) | refunded.  cancelled and refunded are final.
// pos:            paid → completed. The goods leave at the counter when paid, so there is no
//                 fulfilment step, and a paid sale is never "cancelled": money went through
//                 the drawer, so undoing it is a refund, which the drawer count and audit log see.
// online:         paid → cancelled (before fulfilment: the provider voids or returns the whole
//                 payment and nothing left the shop), paid → fulfilled | shipped,
//                 fulfilled → shipped | completed (click & collect), shipped → completed.
// external:       paid → cancelled (marketplaces cancel any unshipped order), paid → shipped,
//                 shipped → completed. Marketplaces track shipment, not packing, and their
//                 states are mirrored here, so there is no fulfilled step.
//
// A partially refunded order does not go back into fulfilment: the single status cannot say
// both "partially refunded" and "shipped". Refund unshipped lines after shipping the rest.
class OrderLifecycle {
public:
    // `to` if an order of `channel` may move from `from` to `to`; otherwise an
    // "illegal_transition" Error whose message names both statuses in words
    // ("A refunded order cannot become paid: refunded orders are final.").
    static Result<OrderStatus> transition(OrderChannel channel, OrderStatus from, OrderStatus to);

    static bool canTransition(OrderChannel channel, OrderStatus from, OrderStatus to);

    // The statuses `from` may move to, in flow order: what a UI offers as buttons.
    static std::vector<OrderStatus> allowedNext(OrderChannel channel, OrderStatus from);

    // Terminal statuses (cancelled, refunded) accept no further change on any channel.
    static bool isTerminal(OrderStatus status);
};

} // namespace tp::domain
