#include "domain/orders/OrderStatus.h"

#include <string>

namespace tp::domain {

std::string_view toString(OrderStatus status) {
    switch (status) {
    case OrderStatus::Pending:
        return "pending";
    case OrderStatus::Paid:
        return "paid";
    case OrderStatus::Fulfilled:
        return "fulfilled";
    case OrderStatus::Shipped:
        return "shipped";
    case OrderStatus::Completed:
        return "completed";
    case OrderStatus::Cancelled:
        return "cancelled";
    case OrderStatus::PartiallyRefunded:
        return "partially_refunded";
    case OrderStatus::Refunded:
        return "refunded";
    }
    return "pending";
}

Result<OrderStatus> orderStatusFromString(std::string_view text) {
    for (OrderStatus status : kAllOrderStatuses) {
        if (toString(status) == text)
            return status;
    }
    return makeError("unknown_order_status", "\"" + std::string(text) +
                                                 "\" is not an order status; expected one of pending, paid, "
                                                 "fulfilled, shipped, completed, cancelled, partially_refunded, "
                                                 "refunded.");
}

} // namespace tp::domain
