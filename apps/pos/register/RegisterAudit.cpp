#include "register/RegisterAudit.h"

#include <QJsonDocument>

#include "client/outbox/LocalWrite.h"
#include "client/replica/ReplicaDatabase.h"

namespace tp::pos {

namespace {

const QString kInsert = QStringLiteral("INSERT INTO register_audit(at, event, order_id, detail) VALUES(?, ?, ?, ?)");

QVariantList values(const QString& event, const QJsonObject& detail, const QDateTime& at, const QVariant& orderId) {
    return {at.toUTC().toString(Qt::ISODateWithMs), event, orderId,
            QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))};
}

} // namespace

domain::Result<void> RegisterAudit::append(const QString& event, const QJsonObject& detail, const QDateTime& at) {
    auto stored = m_db.exec(kInsert, values(event, detail, at, QVariant()));
    if (!stored)
        return stored.error();
    return {};
}

void RegisterAudit::appendTo(client::LocalWrite& write, const QString& event, const QJsonObject& detail,
                             const QDateTime& at, const QVariant& orderId) {
    write.exec(kInsert, values(event, detail, at, orderId));
}

} // namespace tp::pos
