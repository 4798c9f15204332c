#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>

#include "client/outbox/LocalWrite.h"
#include "client/outbox/OutboxMutation.h"
#include "domain/core/Result.h"

namespace tp::domain {
class UuidV7Generator;
}

namespace tp::client {

class ReplicaDatabase;

// Facts up: the local changes the server has not acknowledged yet (ARCHITECTURE "Sync" rule
// 2). A sale is written together with its outbox row in one transaction (write()); rows are
// sent oldest first and leave only when the server answered "applied" or "duplicate"
// (settle()). A "rejected" row moves to the needs-attention list with the server's reason,
// where it stays until a person dismisses it: nothing is ever dropped silently.
class Outbox : public QObject {
    Q_OBJECT

public:
    Outbox(ReplicaDatabase& db, domain::UuidV7Generator& ids, QObject* parent = nullptr);

    // Runs `work` in one transaction; answers the mutation ids it enqueued, in order. Any
    // failure inside rolls back both the local change and the outbox rows.
    domain::Result<QStringList> write(const std::function<void(LocalWrite&)>& work);
    // A fact with no local change of its own.
    domain::Result<QString> enqueue(const QString& type, const QJsonObject& data);

    domain::Result<int> pendingCount();
    // The oldest pending rows, or the oldest after `afterPosition` (those of a batch still
    // being answered are skipped that way).
    domain::Result<QList<OutboxMutation>> oldest(int limit, qint64 afterPosition = 0);

    // Applies the server's answers for mutations that were sent, in one transaction.
    domain::Result<void> settle(const QList<MutationOutcome>& outcomes);

    domain::Result<QList<RejectedMutation>> needsAttention();
    domain::Result<int> needsAttentionCount();
    // A person has dealt with a rejected mutation (re-entered it, called the office, ...).
    domain::Result<void> dismiss(const QString& mutationId);

    ReplicaDatabase& database() { return m_db; }

signals:
    // A write() committed new facts: time to think about uploading them.
    void written();
    // The pending or needs-attention counts may have changed (writes, settlements, dismissals).
    void changed();

private:
    ReplicaDatabase& m_db;
    domain::UuidV7Generator& m_ids;
};

} // namespace tp::client
