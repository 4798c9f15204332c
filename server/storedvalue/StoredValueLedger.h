#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "db/Connection.h"
#include "domain/core/Result.h"

namespace tp::server::storedvalue {

// A gift card (found by its code) or a customer's store credit in one currency.
struct StoredValueAccount {
    std::string id;
    std::string kind; // gift_card | store_credit
    std::optional<std::string> code;
    std::optional<std::string> customerId;
    std::string currency;
    std::int64_t balance = 0; // minor units; below 0 only when offline tills spent more than there was
    std::string status;       // active | disabled

    // {"kind","code"?,"customer_id"?,"currency","balance","status"}
    Poco::JSON::Object::Ptr toJson() const;
};

// Balances and their ledger in SQL, inside the caller's transaction: every change to a
// balance is a movement row written with it.
class StoredValueLedger {
public:
    using NewId = std::function<std::string()>;

    // The upper-case form a gift card code is kept and looked up in.
    static std::string normaliseCode(std::string_view typed);

    static tp::domain::Result<std::optional<StoredValueAccount>>
    giftCard(db::Connection& connection, const std::string& tenantId, const std::string& normalisedCode);
    // The customer's store credit, one account per currency they ever had credit in.
    static tp::domain::Result<std::vector<StoredValueAccount>>
    storeCredit(db::Connection& connection, const std::string& tenantId, const std::string& customerId);
    // The customer's store credit in `currency`, opened at 0 when they have none yet.
    static tp::domain::Result<StoredValueAccount>
    storeCreditAccount(db::Connection& connection, const std::string& tenantId, const std::string& customerId,
                       const std::string& currency, const NewId& newId, std::int64_t nowMillis);
    // A new gift card holding `amount`; a code another card has → "code_taken".
    static tp::domain::Result<StoredValueAccount> issueGiftCard(db::Connection& connection, const std::string& tenantId,
                                                                const std::string& id, const std::string& code,
                                                                const std::string& currency, std::int64_t amount,
                                                                const NewId& newId, std::int64_t nowMillis);
    // Adds `delta` (negative: spent) to the balance and writes the movement.
    static tp::domain::Result<void> move(db::Connection& connection, const std::string& tenantId,
                                         const std::string& accountId, std::int64_t delta, const std::string& reason,
                                         const std::optional<std::string>& orderId, std::int64_t at,
                                         const NewId& newId);
};

} // namespace tp::server::storedvalue
