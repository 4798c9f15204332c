#include "models/CampaignEdits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

#include "client/outbox/LocalWrite.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"
#include "domain/ids/UuidV7Generator.h"

namespace tp::backoffice {

namespace {

domain::Error refusal(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

QDateTime timeOf(const QJsonValue& value) {
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

CampaignDraft fromJson(const QJsonObject& json) {
    CampaignDraft campaign;
    campaign.id = json.value(QLatin1String("id")).toString();
    campaign.version = json.value(QLatin1String("version")).toInteger();
    campaign.name = json.value(QLatin1String("name")).toString();
    campaign.startsAt = timeOf(json.value(QLatin1String("starts_at")));
    campaign.endsAt = timeOf(json.value(QLatin1String("ends_at")));
    for (const QJsonValue& store : json.value(QLatin1String("store_ids")).toArray())
        campaign.storeIds << store.toString();
    for (const QJsonValue& entry : json.value(QLatin1String("prices")).toArray()) {
        const QJsonObject line = entry.toObject();
        const QJsonObject price = line.value(QLatin1String("price")).toObject();
        campaign.prices << CampaignPriceLine{line.value(QLatin1String("sku")).toString(),
                                             price.value(QLatin1String("amount")).toInteger(),
                                             price.value(QLatin1String("currency")).toString()};
    }
    campaign.status = json.value(QLatin1String("status")).toString();
    return campaign;
}

QJsonObject toJson(const CampaignDraft& campaign) {
    QJsonArray prices;
    for (const CampaignPriceLine& line : campaign.prices)
        prices.append(QJsonObject{{"sku", line.sku},
                                  {"price", QJsonObject{{"amount", line.amount}, {"currency", line.currency}}}});
    QJsonObject json{{"id", campaign.id},
                     {"name", campaign.name},
                     {"starts_at", campaign.startsAt.toUTC().toString(Qt::ISODateWithMs)},
                     {"ends_at", campaign.endsAt.toUTC().toString(Qt::ISODateWithMs)},
                     {"store_ids", QJsonArray::fromStringList(campaign.storeIds)},
                     {"prices", prices},
                     {"status", campaign.status}};
    if (campaign.version > 0)
        json.insert(QStringLiteral("version"), campaign.version);
    return json;
}

} // namespace

QString CampaignDraft::phase(const QDateTime& now) const {
    if (status == QLatin1String("archived"))
        return QStringLiteral("archived");
    if (now < startsAt)
        return QStringLiteral("planned");
    if (now < endsAt)
        return QStringLiteral("running");
    return QStringLiteral("ended");
}

qint64 CampaignEdits::percentOff(qint64 regular, int percent) {
    const qint64 kept = regular * (100 - std::clamp(percent, 0, 100));
    return (kept + 50) / 100;
}

domain::Result<QList<CampaignDraft>> CampaignEdits::list() {
    auto rows = m_outbox.database().select(QStringLiteral(
        "SELECT data FROM entities WHERE entity = 'campaign' ORDER BY json_extract(data, '$.starts_at') DESC, id"));
    if (!rows)
        return rows.error();
    QList<CampaignDraft> campaigns;
    for (const client::SqlRow& row : *rows)
        campaigns << fromJson(QJsonDocument::fromJson(row.at(0).toString().toUtf8()).object());
    return campaigns;
}

domain::Result<std::optional<CampaignItem>> CampaignEdits::item(const QString& sku) {
    auto rows = m_outbox.database().select(
        QStringLiteral("SELECT v.name, v.price_amount, v.price_currency FROM variants v WHERE v.sku = ? LIMIT 1"),
        {sku.trimmed()});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<CampaignItem>();
    const client::SqlRow& row = rows->first();
    return std::optional(CampaignItem{row.at(0).toString(),
                                      row.at(1).isNull() ? std::nullopt : std::optional<qint64>(row.at(1).toLongLong()),
                                      row.at(2).toString()});
}

domain::Result<void> CampaignEdits::check(const CampaignDraft& campaign) {
    if (campaign.name.trimmed().isEmpty() || campaign.name.size() > 100)
        return refusal("invalid_name", tr("Give the campaign a name (at most 100 characters), e.g. \"Summer sale\"."));
    if (!campaign.startsAt.isValid() || !campaign.endsAt.isValid() || campaign.endsAt <= campaign.startsAt)
        return refusal("invalid_dates", tr("The campaign must end after it starts."));
    if (campaign.prices.isEmpty())
        return refusal("no_prices", tr("Add at least one item with its campaign price."));
    QSet<QString> seen;
    for (const CampaignPriceLine& line : campaign.prices) {
        if (line.amount < 0)
            return refusal("invalid_price", tr("The campaign price of %1 is below zero.").arg(line.sku));
        if (seen.contains(line.sku + QLatin1Char('/') + line.currency))
            return refusal("duplicate_sku", tr("%1 is in the campaign twice; keep one price for it.").arg(line.sku));
        seen.insert(line.sku + QLatin1Char('/') + line.currency);
        auto known = item(line.sku);
        if (!known)
            return known.error();
        if (!known.value())
            return refusal("unknown_sku", tr("There is no item with the SKU %1.").arg(line.sku));
    }
    return {};
}

domain::Result<QString> CampaignEdits::save(const CampaignDraft& edited) {
    CampaignDraft campaign = edited;
    campaign.name = campaign.name.trimmed();
    for (CampaignPriceLine& line : campaign.prices)
        line.sku = line.sku.trimmed();
    if (auto valid = check(campaign); !valid)
        return valid.error();
    if (campaign.id.isEmpty())
        campaign.id = QString::fromStdString(m_ids.next().toString());
    const QJsonObject data = toJson(campaign);
    auto written = m_outbox.write([&](client::LocalWrite& write) {
        // In the list at once; the server's copy (with its version) replaces it via the feed.
        write.exec(QStringLiteral("INSERT INTO entities(entity, id, data, seq) VALUES('campaign', ?, ?, 0) "
                                  "ON CONFLICT(entity, id) DO UPDATE SET data = excluded.data"),
                   {campaign.id, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))});
        write.enqueue(QStringLiteral("campaign.upsert"), data);
    });
    if (!written)
        return written.error();
    return campaign.id;
}

} // namespace tp::backoffice
