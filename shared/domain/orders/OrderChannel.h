#pragma once

#include <array>
#include <string_view>

#include "domain/core/Result.h"

namespace tp::domain {

// Where an order came from. The channel decides which status moves make sense (see
// OrderLifecycle): a register sale is paid and handed over at the counter, an online order is
// packed and shipped by us, a marketplace order mirrors the marketplace's own states.
enum class OrderChannel {
    Pos,      // sold at a register
    Online,   // our own storefront
    External, // a third-party marketplace that owns the checkout
};

inline constexpr std::array<OrderChannel, 3> kAllOrderChannels{OrderChannel::Pos, OrderChannel::Online,
                                                               OrderChannel::External};

// The snake_case wire and database name ("pos", "online", "external").
std::string_view toString(OrderChannel channel);

// The inverse of toString, exact match only; anything else fails with "unknown_order_channel".
Result<OrderChannel> orderChannelFromString(std::string_view text);

} // namespace tp::domain
