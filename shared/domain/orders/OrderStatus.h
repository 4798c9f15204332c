#pragma once

#include <array>
#include <string_view>

#include "domain/core/Result.h"

namespace tp::domain {

// Where an order stands, the same vocabulary for every channel. The enumerators are declared
// in flow order, which is also the order UIs list them in. Which moves between them are
// legal, per channel, is OrderLifecycle's business.
enum class OrderStatus {
    Pending,           // created, not yet paid (an open ticket, an unpaid checkout)
    Paid,              // the money is taken
    Fulfilled,         // packed and ready (or handed over for click & collect)
    Shipped,           // handed to the carrier
    Completed,         // with the customer; nothing left to do but possible returns
    Cancelled,         // abandoned before the goods left; final
    PartiallyRefunded, // some money given back
    Refunded,          // all money given back; final
};

inline constexpr std::array<OrderStatus, 8> kAllOrderStatuses{
    OrderStatus::Pending,   OrderStatus::Paid,      OrderStatus::Fulfilled,         OrderStatus::Shipped,
    OrderStatus::Completed, OrderStatus::Cancelled, OrderStatus::PartiallyRefunded, OrderStatus::Refunded,
};

// The snake_case wire and database name ("partially_refunded").
std::string_view toString(OrderStatus status);

// The inverse of toString. Exact match only (the names are a wire format, not user input);
// anything else fails with "unknown_order_status".
Result<OrderStatus> orderStatusFromString(std::string_view text);

} // namespace tp::domain
