#pragma once

#include <QJsonObject>
#include <QString>

#include "domain/core/Result.h"

namespace tp::client {

class ReplicaDatabase;

// Projects the feed's "stock_level" entity into stock_levels: one row per feed id (opaque to
// us), quantities in integer thousandths as the server computed them.
class StockLevelProjection {
public:
    explicit StockLevelProjection(ReplicaDatabase& db)
        : m_db(db) {}

    // `json` is `level` as compact text (made once, for the entities table too).
    domain::Result<void> upsert(const QString& levelId, const QJsonObject& level, const QString& json);
    domain::Result<void> remove(const QString& levelId);

private:
    ReplicaDatabase& m_db;
};

} // namespace tp::client
