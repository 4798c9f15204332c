#include "client/outbox/LocalWrite.h"

#include <QDateTime>
#include <QJsonDocument>

#include "client/replica/ReplicaDatabase.h"
#include "domain/ids/UuidV7Generator.h"

namespace tp::client {

LocalWrite::LocalWrite(ReplicaDatabase& db, domain::UuidV7Generator& ids)
    : m_db(db)
    , m_ids(ids) {}

bool LocalWrite::exec(const QString& sql, const QVariantList& values) {
    if (failed())
        return false;
    auto done = m_db.exec(sql, values);
    if (!done)
        m_error = done.error();
    return done.ok();
}

QString LocalWrite::enqueue(const QString& type, const QJsonObject& data) {
    if (failed())
        return {};
    if (type.isEmpty()) {
        fail(QStringLiteral("invalid_mutation"), QStringLiteral("a mutation needs a type"));
        return {};
    }
    const QString id = QString::fromStdString(m_ids.next().toString());
    auto queued =
        m_db.exec(QStringLiteral("INSERT INTO outbox(mutation_id, type, data, created_at) VALUES(?, ?, ?, ?)"),
                  {id, type, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)),
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!queued) {
        m_error = queued.error();
        return {};
    }
    m_mutationIds << id;
    return id;
}

void LocalWrite::fail(const QString& code, const QString& message) {
    if (!failed())
        m_error = domain::makeError(code.toStdString(), message.toStdString());
}

} // namespace tp::client
