#include "models/customers/CustomerActions.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include "client/outbox/LocalWrite.h"
#include "client/outbox/Outbox.h"
#include "domain/ids/UuidV7Generator.h"

namespace tp::backoffice {

namespace {

domain::Error refusal(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

CustomerProfile CustomerActions::create() {
    CustomerProfile profile;
    profile.id = QString::fromStdString(m_ids.next().toString());
    return profile;
}

domain::Result<void> CustomerActions::save(const CustomerProfile& original, const CustomerProfile& edited) {
    if (original.anonymized)
        return refusal("customer_anonymized", tr("This customer was anonymized at their request."));
    const QString name = edited.name.trimmed();
    const QString email = edited.email.trimmed();
    const QString phone = edited.phone.trimmed();
    if (name.isEmpty() || name.toUtf8().size() > 200)
        return refusal("invalid_name", tr("A customer needs a name of at most 200 characters."));
    if (!email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.size() > 254))
        return refusal("invalid_email", tr("\"%1\" is not an e-mail address.").arg(email));
    if (phone.size() > 40)
        return refusal("invalid_phone", tr("A phone number is at most 40 characters long."));
    QJsonObject data = original.json;
    for (const char* server : {"version", "created_at", "updated_at"})
        data.remove(QLatin1String(server));
    data.insert(QStringLiteral("id"), original.id);
    data.insert(QStringLiteral("name"), name);
    const auto setOrDrop = [&data](const char* key, const QJsonValue& value, bool empty) {
        if (empty)
            data.remove(QLatin1String(key));
        else
            data.insert(QLatin1String(key), value);
    };
    setOrDrop("email", email, email.isEmpty());
    setOrDrop("phone", phone, phone.isEmpty());
    setOrDrop("notes", edited.notes.trimmed(), edited.notes.trimmed().isEmpty());
    setOrDrop("tags", QJsonArray::fromStringList(edited.tags), edited.tags.isEmpty());
    setOrDrop("addresses", QJsonArray::fromStringList(edited.addresses), edited.addresses.isEmpty());
    QJsonObject before = original.json;
    for (const char* server : {"version", "created_at", "updated_at"})
        before.remove(QLatin1String(server));
    before.insert(QStringLiteral("id"), original.id);
    if (original.version > 0 && before == data)
        return refusal("nothing_changed", tr("Nothing was changed."));
    QJsonObject mutation = data;
    if (original.version > 0)
        mutation.insert(QStringLiteral("version"), original.version);
    QJsonObject local = data;
    local.insert(QStringLiteral("version"), original.version + 1); // what the server will have
    auto written = m_outbox.write([&](client::LocalWrite& write) {
        write.enqueue(QStringLiteral("customer.upsert"), mutation);
        write.exec(QStringLiteral("INSERT INTO entities(entity, id, data, seq) VALUES('customer', ?, ?, 0) ON "
                                  "CONFLICT(entity, id) DO UPDATE SET data = excluded.data"),
                   {original.id, compact(local)});
    });
    if (!written)
        return written.error();
    return {};
}

domain::Result<void> CustomerActions::exportData(const CustomerProfile& profile, const QString& path) {
    QJsonArray orders;
    for (const OrderView& order : profile.orders)
        orders.append(order.json);
    const QJsonObject document{{"exported_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                               {"customer", profile.json},
                               {"loyalty_points", profile.points},
                               {"orders", orders}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return refusal("write_failed", tr("%1 cannot be written: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return refusal("write_failed", tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

domain::Result<void> CustomerActions::anonymize(const CustomerProfile& profile) {
    if (profile.anonymized)
        return refusal("customer_anonymized", tr("This customer was anonymized already."));
    // Here at once as the server will have it: nothing personal left in the replica either.
    const QJsonObject erased{{"id", profile.id},
                             {"name", tr("Anonymized customer")},
                             {"anonymized", true},
                             {"version", profile.version + 1}};
    auto written = m_outbox.write([&](client::LocalWrite& write) {
        write.enqueue(QStringLiteral("customer.anonymize"), QJsonObject{{"id", profile.id}});
        write.exec(QStringLiteral("UPDATE entities SET data = ? WHERE entity = 'customer' AND id = ?"),
                   {compact(erased), profile.id});
    });
    if (!written)
        return written.error();
    return {};
}

} // namespace tp::backoffice
