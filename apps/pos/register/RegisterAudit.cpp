#include "register/RegisterAudit.h"

#include <QJsonDocument>

#include "client/replica/ReplicaDatabase.h"

namespace tp::pos {

domain::Result<void> RegisterAudit::append(const QString& event, const QJsonObject& detail, const QDateTime& at) {
    auto stored =
        m_db.exec(QStringLiteral("INSERT INTO register_audit(at, event, order_id, detail) VALUES(?, ?, NULL, ?)"),
                  {at.toUTC().toString(Qt::ISODateWithMs), event,
                   QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
    if (!stored)
        return stored.error();
    return {};
}

} // namespace tp::pos
