#include "storedvalue/OrderStoredValue.h"

#include <algorithm>

#include "protocol/JsonFields.h"

namespace tp::server::storedvalue {

using protocol::invalidField;
using tp::domain::Result;

namespace {

void flag(std::vector<std::string>& flags, const std::string& name) {
    if (std::find(flags.begin(), flags.end(), name) == flags.end())
        flags.push_back(name);
}

} // namespace

Result<std::vector<std::string>> bookStoredValuePayments(db::Connection& connection, const std::string& tenantId,
                                                         const StoredValueOrder& order,
                                                         const std::vector<StoredValuePayment>& payments, int sign,
                                                         const StoredValueLedger::NewId& newId,
                                                         std::int64_t nowMillis) {
    std::vector<std::string> flags;
    for (const StoredValuePayment& payment : payments) {
        const std::int64_t delta = sign * payment.amount;
        const std::string reason = delta < 0 ? "payment" : "refund";
        StoredValueAccount account;
        if (payment.method == "gift_card") {
            if (!payment.reference || payment.reference->empty())
                return invalidField(payment.referencePath, "is required for a gift card: the card's code");
            auto card =
                StoredValueLedger::giftCard(connection, tenantId, StoredValueLedger::normaliseCode(*payment.reference));
            if (!card)
                return card.error();
            if (!card.value()) {
                flag(flags, "gift_card_unknown");
                continue;
            }
            account = *card.value();
            if (account.currency != order.currency)
                return invalidField(payment.referencePath,
                                    "names a gift card in " + account.currency + ", not " + order.currency);
            if (account.status != "active")
                flag(flags, "gift_card_disabled");
            if (delta < 0 && account.balance + delta < 0)
                flag(flags, "gift_card_overdrawn");
        } else if (payment.method == "store_credit") {
            if (!order.customerId)
                return invalidField("data.customer_id", "is required for store credit: whose credit it is");
            auto credit = StoredValueLedger::storeCreditAccount(connection, tenantId, *order.customerId, order.currency,
                                                                newId, nowMillis);
            if (!credit)
                return credit.error();
            account = credit.value();
            if (delta < 0 && account.balance + delta < 0)
                flag(flags, "store_credit_overdrawn");
        } else {
            continue;
        }
        if (auto moved = StoredValueLedger::move(connection, tenantId, account.id, delta, reason, order.orderId,
                                                 order.at, newId);
            !moved)
            return moved.error();
    }
    return flags;
}

} // namespace tp::server::storedvalue
