#include "client/outbox/Outbox.h"

#include <QDateTime>
#include <QJsonDocument>

#include "client/ClientLogging.h"
#include "client/replica/ReplicaDatabase.h"

namespace tp::client {

namespace {

QJsonObject parseObject(const QVariant& text) {
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QDateTime parseTime(const QVariant& text) {
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

domain::Result<int> countOf(ReplicaDatabase& db, const QString& sql) {
    auto rows = db.select(sql);
    if (!rows)
        return rows.error();
    return rows->first().value(0).toInt();
}

} // namespace

Outbox::Outbox(ReplicaDatabase& db, domain::UuidV7Generator& ids, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_ids(ids) {}

domain::Result<QStringList> Outbox::write(const std::function<void(LocalWrite&)>& work) {
    LocalWrite handle(m_db, m_ids);
    auto committed = m_db.transaction([&]() -> domain::Result<void> {
        work(handle);
        if (handle.failed())
            return *handle.error();
        return {};
    });
    if (!committed)
        return committed.error();
    if (!handle.mutationIds().isEmpty()) {
        emit written();
        emit changed();
    }
    return handle.mutationIds();
}

domain::Result<QString> Outbox::enqueue(const QString& type, const QJsonObject& data) {
    auto ids = write([&](LocalWrite& w) { w.enqueue(type, data); });
    if (!ids)
        return ids.error();
    return ids->first();
}

domain::Result<int> Outbox::pendingCount() {
    return countOf(m_db, QStringLiteral("SELECT count(*) FROM outbox"));
}

domain::Result<int> Outbox::needsAttentionCount() {
    return countOf(m_db, QStringLiteral("SELECT count(*) FROM needs_attention"));
}

domain::Result<QList<OutboxMutation>> Outbox::oldest(int limit, qint64 afterPosition) {
    auto rows = m_db.select(QStringLiteral("SELECT position, mutation_id, type, data, created_at FROM outbox "
                                           "WHERE position > ? ORDER BY position LIMIT ?"),
                            {afterPosition, limit});
    if (!rows)
        return rows.error();
    QList<OutboxMutation> mutations;
    mutations.reserve(rows->size());
    for (const SqlRow& row : *rows) {
        mutations << OutboxMutation{row.at(0).toLongLong(), row.at(1).toString(), row.at(2).toString(),
                                    parseObject(row.at(3)), parseTime(row.at(4))};
    }
    return mutations;
}

domain::Result<void> Outbox::settle(const QList<MutationOutcome>& outcomes) {
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto settled = m_db.transaction([&]() -> domain::Result<void> {
        for (const MutationOutcome& outcome : outcomes) {
            if (outcome.status == MutationOutcome::Status::Rejected) {
                qCWarning(lcSyncPush) << "mutation" << outcome.mutationId << "rejected:" << outcome.errorCode
                                      << outcome.errorMessage;
                const QVariant serverCopy =
                    outcome.serverCopy.isEmpty()
                        ? QVariant()
                        : QVariant(QString::fromUtf8(QJsonDocument(outcome.serverCopy).toJson(QJsonDocument::Compact)));
                auto kept = m_db.exec(
                    QStringLiteral("INSERT OR REPLACE INTO needs_attention(mutation_id, position, type, data, "
                                   "created_at, error_code, error_message, rejected_at, server_copy) SELECT "
                                   "mutation_id, position, type, data, created_at, ?, ?, ?, ? FROM outbox "
                                   "WHERE mutation_id = ?"),
                    {outcome.errorCode, outcome.errorMessage, now, serverCopy, outcome.mutationId});
                if (!kept)
                    return kept.error();
            }
            auto removed = m_db.exec(QStringLiteral("DELETE FROM outbox WHERE mutation_id = ?"), {outcome.mutationId});
            if (!removed)
                return removed.error();
        }
        return {};
    });
    if (settled && !outcomes.isEmpty())
        emit changed();
    return settled;
}

domain::Result<QList<RejectedMutation>> Outbox::needsAttention() {
    auto rows = m_db.select(QStringLiteral("SELECT mutation_id, type, data, created_at, error_code, error_message, "
                                           "rejected_at, server_copy FROM needs_attention ORDER BY position"));
    if (!rows)
        return rows.error();
    QList<RejectedMutation> rejected;
    for (const SqlRow& row : *rows) {
        rejected << RejectedMutation{row.at(0).toString(), row.at(1).toString(),  parseObject(row.at(2)),
                                     parseTime(row.at(3)), row.at(4).toString(),  row.at(5).toString(),
                                     parseTime(row.at(6)), parseObject(row.at(7))};
    }
    return rejected;
}

domain::Result<void> Outbox::dismiss(const QString& mutationId) {
    auto removed = m_db.exec(QStringLiteral("DELETE FROM needs_attention WHERE mutation_id = ?"), {mutationId});
    if (!removed)
        return removed.error();
    if (*removed > 0)
        emit changed();
    return {};
}

} // namespace tp::client
