#pragma once

#include "domain/core/Result.h"

#include <QString>

namespace tp::client {
class ReplicaDatabase;
}

namespace tp::pos {

// What this register has taken from (or put back on) a gift card or a customer's store credit
// in sales and refunds not yet uploaded: the server's balance does not know them yet, so the
// till takes them off before it trusts that balance. A sale being uploaded at this moment may
// be counted by both; the till then errs toward refusing, never toward overdrawing.
class PendingStoredValue {
public:
    static domain::Result<qint64> giftCard(client::ReplicaDatabase& db, const QString& code);
    static domain::Result<qint64> storeCredit(client::ReplicaDatabase& db, const QString& customerId);
};

} // namespace tp::pos
