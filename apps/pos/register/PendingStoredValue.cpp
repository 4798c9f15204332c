#include "register/PendingStoredValue.h"

#include "client/replica/ReplicaDatabase.h"

namespace tp::pos {

namespace {

// Spent in waiting sales less what waiting refunds put back, over the payments `matching`
// selects (its ? is bound to `key`).
domain::Result<qint64> pending(client::ReplicaDatabase& db, const QString& matching, const QString& key) {
    const QString sql =
        QStringLiteral("SELECT coalesce(sum(CASE o.type WHEN 'order.create' THEN 1 ELSE -1 END * "
                       "json_extract(p.value, '$.amount')), 0) FROM outbox o, json_each(o.data, '$.payments') p "
                       "WHERE o.type IN ('order.create', 'order.refund') AND %1")
            .arg(matching);
    auto rows = db.select(sql, {key});
    if (!rows)
        return rows.error();
    return rows->first().at(0).toLongLong();
}

} // namespace

domain::Result<qint64> PendingStoredValue::giftCard(client::ReplicaDatabase& db, const QString& code) {
    return pending(db,
                   QStringLiteral("json_extract(p.value, '$.method') = 'gift_card' AND "
                                  "json_extract(p.value, '$.reference') = ?"),
                   code);
}

domain::Result<qint64> PendingStoredValue::storeCredit(client::ReplicaDatabase& db, const QString& customerId) {
    // A refund names its order, not the customer: a waiting refund onto store credit is left
    // out (it only adds credit; leaving it out errs toward refusing).
    return pending(db,
                   QStringLiteral("o.type = 'order.create' AND json_extract(p.value, '$.method') = 'store_credit' AND "
                                  "json_extract(o.data, '$.customer_id') = ?"),
                   customerId);
}

} // namespace tp::pos
