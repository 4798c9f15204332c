#include "domain/orders/OrderChannel.h"

#include <string>

namespace tp::domain {

std::string_view toString(OrderChannel channel) {
    switch (channel) {
    case OrderChannel::Pos:
        return "pos";
    case OrderChannel::Online:
        return "online";
    case OrderChannel::External:
        return "external";
    }
    return "pos";
}

Result<OrderChannel> orderChannelFromString(std::string_view text) {
    for (OrderChannel channel : kAllOrderChannels) {
        if (toString(channel) == text)
            return channel;
    }
    return makeError("unknown_order_channel",
                     "\"" + std::string(text) + "\" is not an order channel; expected pos, online or external.");
}

} // namespace tp::domain
