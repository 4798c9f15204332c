#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>
#include <optional>

#include "domain/core/Result.h"

namespace tp::domain {
class UuidV7Generator;
}

namespace tp::client {

class ReplicaDatabase;

// The handle an Outbox::write callback gets: the local change (exec) and the facts to send
// (enqueue) go into one SQLite transaction. The first failure — of a statement, or one the
// caller declares with fail() — poisons the handle: later calls do nothing and the whole
// write rolls back, so the file never holds a change without its outbox row, or the reverse.
class LocalWrite {
public:
    LocalWrite(ReplicaDatabase& db, domain::UuidV7Generator& ids);

    // One statement of the local change (e.g. the order row, its lines, the local stock).
    bool exec(const QString& sql, const QVariantList& values = {});
    // Queues a mutation for upload; answers its new mutation id (UUIDv7), empty after a failure.
    QString enqueue(const QString& type, const QJsonObject& data);
    // Abandons the whole write with a reason.
    void fail(const QString& code, const QString& message);

    bool failed() const { return m_error.has_value(); }
    const std::optional<domain::Error>& error() const { return m_error; }
    const QStringList& mutationIds() const { return m_mutationIds; }

private:
    ReplicaDatabase& m_db;
    domain::UuidV7Generator& m_ids;
    std::optional<domain::Error> m_error;
    QStringList m_mutationIds;
};

} // namespace tp::client
