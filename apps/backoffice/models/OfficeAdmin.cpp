#include "models/OfficeAdmin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>

#include "client/replica/ReplicaDatabase.h"
#include "client/sync/SyncApi.h"
#include "domain/money/Currency.h"

namespace tp::backoffice {

namespace {

domain::Error refusal(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

// The server's refusal in its own words, or "offline" when it could not be asked.
domain::Error failure(const client::SyncError& error) {
    if (!error.reachedServer)
        return refusal("offline", OfficeAdmin::tr("This needs the server, which cannot be reached now. Try again "
                                                  "when the status bar says online."));
    return refusal(error.code.isEmpty() ? "refused" : error.code.toUtf8().constData(), error.message);
}

} // namespace

void OfficeAdmin::makeEnrolmentCode(const QString& storeId, const QString& registerName, Done<EnrolmentCode> done) {
    const QString name = registerName.trimmed();
    if (name.isEmpty() || name.size() > 100)
        return done(refusal("invalid_name", tr("Give the register a name (at most 100 characters), e.g. \"Till 2\".")));
    m_api.send("POST", QStringLiteral("/api/v1/devices/enrolment-codes"),
               QJsonObject{{"store_id", storeId}, {"name", name}},
               [done](const std::optional<client::SyncError>& error, const QJsonObject& body, const QByteArray&) {
                   if (error)
                       return done(failure(*error));
                   const QJsonObject enrolment = body.value(QLatin1String("enrolment")).toObject();
                   done(EnrolmentCode{enrolment.value(QLatin1String("code")).toString(),
                                      enrolment.value(QLatin1String("store_id")).toString(),
                                      enrolment.value(QLatin1String("name")).toString(),
                                      QDateTime::fromString(enrolment.value(QLatin1String("expires_at")).toString(),
                                                            Qt::ISODateWithMs)});
               });
}

void OfficeAdmin::addStaff(const QString& email, const QString& password, const QString& role, Done<QString> done) {
    const QString address = email.trimmed();
    if (!address.contains(QLatin1Char('@')) || address.size() > 254)
        return done(refusal("invalid_email", tr("\"%1\" is not an e-mail address.").arg(address)));
    if (password.size() < 10)
        return done(refusal("invalid_password", tr("A password has at least 10 characters.")));
    m_api.send("POST", QStringLiteral("/api/v1/staff"),
               QJsonObject{{"email", address}, {"password", password}, {"role", role}},
               [done](const std::optional<client::SyncError>& error, const QJsonObject& body, const QByteArray&) {
                   if (error)
                       return done(failure(*error));
                   done(body.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString());
               });
}

void OfficeAdmin::setPin(const QString& staffId, const QString& pin, Done<void> done) {
    const bool digits = std::all_of(pin.begin(), pin.end(), [](QChar c) { return c.isDigit(); });
    if (pin.size() < 4 || pin.size() > 8 || !digits)
        return done(refusal("invalid_pin", tr("A register PIN is 4 to 8 digits.")));
    m_api.send("PUT", QStringLiteral("/api/v1/staff/%1/pin").arg(staffId), QJsonObject{{"pin", pin}},
               [done](const std::optional<client::SyncError>& error, const QJsonObject&, const QByteArray&) {
                   if (error)
                       return done(failure(*error));
                   done(domain::Result<void>{});
               });
}

bool RegisterView::needsAttention(const QDateTime& now) const {
    if (revoked)
        return false;
    if (!lastSeenAt.isValid())
        return true;
    const qint64 silentSeconds = lastSeenAt.secsTo(now);
    return silentSeconds > 24 * 3600 || (pendingUploads > 0 && silentSeconds > 3600);
}

QString lastSeenText(const QDateTime& seen, const QDateTime& now) {
    if (!seen.isValid())
        return OfficeAdmin::tr("never");
    const qint64 seconds = std::max<qint64>(0, seen.secsTo(now));
    if (seconds < 60)
        return OfficeAdmin::tr("just now");
    if (seconds < 3600)
        return OfficeAdmin::tr("%1 min ago").arg(seconds / 60);
    if (seconds < 24 * 3600)
        return OfficeAdmin::tr("%1 h ago").arg(seconds / 3600);
    if (seconds < 7 * 24 * 3600)
        return OfficeAdmin::tr("%1 days ago").arg(seconds / (24 * 3600));
    return QLocale().toString(seen.toLocalTime().date(), QLocale::ShortFormat);
}

void OfficeAdmin::addStore(const QString& code, const QString& name, const QString& currency, const QString& timezone,
                           Done<QString> done) {
    static const QRegularExpression kCode(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!kCode.match(code.trimmed()).hasMatch())
        return done(refusal("invalid_code", tr("A store's code is 1 to 64 letters, digits, '.', '_' or '-', e.g. "
                                               "\"hamburg\".")));
    if (name.trimmed().isEmpty() || name.trimmed().size() > 200)
        return done(refusal("invalid_name", tr("A store needs a name (at most 200 characters).")));
    if (!domain::Currency::fromCode(currency.trimmed().toUpper().toStdString()))
        return done(refusal("invalid_currency", tr("\"%1\" is not a currency code such as EUR.").arg(currency)));
    QJsonObject body{{"code", code.trimmed()}, {"name", name.trimmed()}, {"currency", currency.trimmed().toUpper()}};
    if (!timezone.isEmpty())
        body.insert(QStringLiteral("timezone"), timezone);
    m_api.send("POST", QStringLiteral("/api/v1/stores"), body,
               [done](const std::optional<client::SyncError>& error, const QJsonObject& answer, const QByteArray&) {
                   if (error)
                       return done(failure(*error));
                   done(answer.value(QLatin1String("store")).toObject().value(QLatin1String("id")).toString());
               });
}

void OfficeAdmin::registers(Done<QList<RegisterView>> done) {
    registersFrom(QString(), {}, std::move(done));
}

void OfficeAdmin::registersFrom(const QString& cursor, QList<RegisterView> sofar, Done<QList<RegisterView>> done) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    m_api.get(QStringLiteral("/api/v1/devices"), query,
              [this, sofar, done](const std::optional<client::SyncError>& error, const QJsonObject& body,
                                  const QByteArray&) mutable {
                  if (error)
                      return done(failure(*error));
                  const auto time = [](const QJsonValue& value) {
                      return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
                  };
                  for (const QJsonValue& entry : body.value(QLatin1String("devices")).toArray()) {
                      const QJsonObject device = entry.toObject();
                      const QJsonValue pending = device.value(QLatin1String("pending_uploads"));
                      sofar << RegisterView{device.value(QLatin1String("id")).toString(),
                                            device.value(QLatin1String("store_id")).toString(),
                                            device.value(QLatin1String("name")).toString(),
                                            device.value(QLatin1String("status")).toString() ==
                                                QLatin1String("revoked"),
                                            time(device.value(QLatin1String("enrolled_at"))),
                                            time(device.value(QLatin1String("last_seen_at"))),
                                            device.value(QLatin1String("app_version")).toString(),
                                            pending.isDouble() ? pending.toInt() : -1};
                  }
                  const QString next = body.value(QLatin1String("next_cursor")).toString();
                  if (next.isEmpty())
                      return done(sofar);
                  registersFrom(next, std::move(sofar), std::move(done));
              });
}

void OfficeAdmin::revokeRegister(const QString& deviceId, Done<void> done) {
    m_api.send("DELETE", QStringLiteral("/api/v1/devices/%1").arg(deviceId), {},
               [done](const std::optional<client::SyncError>& error, const QJsonObject&, const QByteArray&) {
                   if (error)
                       return done(failure(*error));
                   done(domain::Result<void>{});
               });
}

void OfficeAdmin::changeStaff(const QString& staffId, const QString& role, const QString& status, Done<void> done) {
    QJsonObject change;
    if (!role.isEmpty())
        change.insert(QStringLiteral("role"), role);
    if (!status.isEmpty())
        change.insert(QStringLiteral("status"), status);
    if (change.isEmpty())
        return done(refusal("nothing_changed", tr("Choose a new role or access first.")));
    m_api.send("PATCH", QStringLiteral("/api/v1/staff/%1").arg(staffId), change,
               [done](const std::optional<client::SyncError>& error, const QJsonObject&, const QByteArray&) {
                   if (error)
                       return done(failure(*error));
                   done(domain::Result<void>{});
               });
}

domain::Result<QList<StaffMemberView>> OfficeAdmin::staff() {
    auto rows = m_db.select(QStringLiteral("SELECT id, data FROM entities WHERE entity = 'staff' ORDER BY "
                                           "json_extract(data, '$.email'), id"));
    if (!rows)
        return rows.error();
    QList<StaffMemberView> members;
    for (const client::SqlRow& row : *rows) {
        const QJsonObject json = QJsonDocument::fromJson(row.at(1).toByteArray()).object();
        members << StaffMemberView{row.at(0).toString(), json.value(QLatin1String("email")).toString(),
                                   json.value(QLatin1String("role")).toString(),
                                   json.value(QLatin1String("status")).toString()};
    }
    return members;
}

} // namespace tp::backoffice
