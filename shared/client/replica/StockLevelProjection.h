#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariantList>

#include "domain/core/Result.h"

namespace tp::client {

class ReplicaDatabase;

// Projects the feed's "stock_level" entity into stock_levels: one row per feed id (opaque to
// us), quantities in integer thousandths as the server computed them.
class StockLevelProjection {
public:
    explicit StockLevelProjection(ReplicaDatabase& db)
        : m_db(db) {}

    // The upsert's values for a level, made without the database (on the thread reading the
    // page); `json` is `level` as text.
    static QVariantList rows(const QString& levelId, qint64 seq, const QJsonObject& level, const QString& json);
    // A change older than the stored copy (a lower seq) changes nothing, nor does a delete
    // older than it.
    domain::Result<void> upsert(const QVariantList& rows);
    domain::Result<void> remove(const QString& levelId, qint64 seq);

private:
    ReplicaDatabase& m_db;
};

} // namespace tp::client
