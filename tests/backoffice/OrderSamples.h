#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace tp::client {
class ReplicaDatabase;
}

namespace tp::backoffice::testing {

// An order entity as the feed brings it: one line of two mugs at total/2, paid by card,
// created with the given status; `extra` adds or replaces fields.
QJsonObject orderEntity(const QString& id, const QString& number, const QString& channel, const QString& status,
                        const QString& storeId, const QString& createdAt, qint64 total, const QJsonObject& extra = {});

// Writes an entity into the replica as the feed would, at `seq`.
bool putEntity(client::ReplicaDatabase& db, qint64 seq, const QString& entity, const QJsonObject& data);

// Two stores (Berlin, Web shop), a customer (Ada Lovelace) and three orders: B1-000101 (shop,
// completed, Ada's), W-000007 (online, paid), B1-000102 (shop, completed).
bool putSampleOrders(client::ReplicaDatabase& db);

// A month of trade up to `lastDay` (local noon and evening): about 90 orders of five products
// in both stores and both channels, a cancelled one and a refund, and three items low in stock.
bool putSampleMonth(client::ReplicaDatabase& db, const QDate& lastDay);

} // namespace tp::backoffice::testing
