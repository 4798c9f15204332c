#include "models/customers/CustomerProfile.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "client/replica/ReplicaDatabase.h"

namespace tp::backoffice {

namespace {

QStringList strings(const QJsonValue& value) {
    QStringList list;
    for (const QJsonValue& entry : value.toArray())
        if (!entry.toString().isEmpty())
            list << entry.toString();
    return list;
}

} // namespace

domain::Result<CustomerProfile> CustomerProfile::load(client::ReplicaDatabase& db, const QString& customerId) {
    auto rows = db.select(QStringLiteral("SELECT c.data, (SELECT json_extract(l.data, '$.points') FROM entities l "
                                         "WHERE l.entity = 'loyalty' AND l.id = c.id) FROM entities c WHERE c.entity "
                                         "= 'customer' AND c.id = ?"),
                          {customerId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return domain::makeError("not_found", tr("This customer is not here (yet).").toStdString());
    CustomerProfile profile;
    profile.json = QJsonDocument::fromJson(rows->first().at(0).toByteArray()).object();
    profile.points = rows->first().at(1).toLongLong();
    const QJsonObject& json = profile.json;
    profile.id = customerId;
    profile.version = json.value(QLatin1String("version")).toInteger();
    profile.name = json.value(QLatin1String("name")).toString();
    profile.email = json.value(QLatin1String("email")).toString();
    profile.phone = json.value(QLatin1String("phone")).toString();
    profile.notes = json.value(QLatin1String("notes")).toString();
    profile.tags = strings(json.value(QLatin1String("tags")));
    profile.addresses = strings(json.value(QLatin1String("addresses")));
    profile.anonymized = json.value(QLatin1String("anonymized")).toBool();

    auto orders = db.select(QStringLiteral("SELECT id FROM entities WHERE entity = 'order' AND json_extract(data, "
                                           "'$.customer_id') = ? ORDER BY json_extract(data, '$.created_at') DESC"),
                            {customerId});
    if (!orders)
        return orders.error();
    for (const client::SqlRow& row : *orders) {
        auto order = OrderView::load(db, row.at(0).toString());
        if (!order)
            return order.error();
        profile.orders << *order;
    }
    return profile;
}

QList<CustomerHistoryEntry> CustomerProfile::history() const {
    QList<CustomerHistoryEntry> entries;
    for (const OrderView& order : orders)
        for (const OrderEventView& event : order.history) {
            QString details = event.text;
            if (!event.tracking.isEmpty())
                details = event.tracking;
            entries << CustomerHistoryEntry{event.at.isEmpty() ? order.createdAt : event.at,
                                            order.id,
                                            order.number,
                                            event.kind,
                                            event.status,
                                            details};
        }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const CustomerHistoryEntry& a, const CustomerHistoryEntry& b) { return a.at > b.at; });
    return entries;
}

} // namespace tp::backoffice
