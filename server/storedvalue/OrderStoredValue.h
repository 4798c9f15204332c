#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/Connection.h"
#include "domain/core/Result.h"
#include "storedvalue/StoredValueLedger.h"

namespace tp::server::storedvalue {

// A payment of an order or a refund in gift card or store credit money.
struct StoredValuePayment {
    std::string method; // gift_card | store_credit
    std::int64_t amount = 0;
    std::optional<std::string> reference; // gift_card: the card's code
    std::string referencePath;            // "data.payments[1].reference", for messages
};

// The order the payments belong to.
struct StoredValueOrder {
    std::string orderId;
    std::optional<std::string> customerId;
    std::string currency;
    std::int64_t at = 0; // the order's (or refund's) time, unix ms
};

// Books the payments on their accounts. `sign` -1 for an order's payments (a positive amount
// was spent, a negative one put back, as a return without a receipt does), +1 for a refund's
// (each amount goes back). A till that was offline may have taken a card for more than it
// held, or one the office disabled: the sale happened, so the money is booked (a balance may
// go below 0) and the answer names what was wrong as the order's flags — "gift_card_unknown"
// (nothing booked), "gift_card_overdrawn", "gift_card_disabled", "store_credit_overdrawn".
// Refused ("invalid_request"): a gift card payment without its code, store credit without a
// customer on the order, a card in another currency.
tp::domain::Result<std::vector<std::string>>
bookStoredValuePayments(db::Connection& connection, const std::string& tenantId, const StoredValueOrder& order,
                        const std::vector<StoredValuePayment>& payments, int sign,
                        const StoredValueLedger::NewId& newId, std::int64_t nowMillis);

} // namespace tp::server::storedvalue
