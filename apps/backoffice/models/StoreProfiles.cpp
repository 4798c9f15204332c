#include "models/StoreProfiles.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include "client/outbox/LocalWrite.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"

namespace tp::backoffice {

namespace {

domain::Error refusal(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

StoreProfile fromJson(const QString& id, const QJsonObject& json) {
    StoreProfile store;
    store.storeId = id;
    store.version = json.value(QLatin1String("version")).toInteger();
    store.code = json.value(QLatin1String("code")).toString();
    store.name = json.value(QLatin1String("name")).toString();
    store.currency = json.value(QLatin1String("currency")).toString();
    store.timezone = json.value(QLatin1String("timezone")).toString();
    const QJsonObject address = json.value(QLatin1String("address")).toObject();
    store.line1 = address.value(QLatin1String("line1")).toString();
    store.line2 = address.value(QLatin1String("line2")).toString();
    store.postalCode = address.value(QLatin1String("postal_code")).toString();
    store.city = address.value(QLatin1String("city")).toString();
    store.country = address.value(QLatin1String("country")).toString();
    store.pricesIncludeTax = json.value(QLatin1String("prices_include_tax")).toBool(true);
    const QJsonObject rates = json.value(QLatin1String("tax_rates")).toObject();
    for (auto it = rates.constBegin(); it != rates.constEnd(); ++it)
        store.taxRates.insert(it.key(), it.value().toInt());
    store.loyaltyPointsPerUnit = json.value(QLatin1String("loyalty_points_per_unit")).toInteger();
    return store;
}

QJsonObject addressJson(const StoreProfile& store) {
    QJsonObject address;
    for (const auto& [key, value] :
         {std::pair{"line1", store.line1}, std::pair{"line2", store.line2}, std::pair{"postal_code", store.postalCode},
          std::pair{"city", store.city}, std::pair{"country", store.country}})
        if (!value.isEmpty())
            address.insert(QLatin1String(key), value);
    return address;
}

QJsonObject ratesJson(const QMap<QString, int>& rates) {
    QJsonObject json;
    for (auto it = rates.constBegin(); it != rates.constEnd(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

} // namespace

domain::Result<QMap<QString, int>> StoreProfiles::parseTaxRates(const QString& text) {
    static const QRegularExpression kEntry(
        QStringLiteral("^([A-Za-z0-9._-]{1,64})\\s*:?\\s+(\\d{1,3})(?:[.,](\\d{1,2}))?\\s*%?$"));
    QMap<QString, int> rates;
    // ", " between entries, so that "7,5 %" keeps its decimal comma.
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[;\\n]|,\\s+")), Qt::SkipEmptyParts)) {
        const QString entry = part.trimmed();
        if (entry.isEmpty())
            continue;
        const auto match = kEntry.match(entry);
        const int whole = match.hasMatch() ? match.captured(2).toInt() : 0;
        const int hundredths = match.hasMatch() ? match.captured(3).leftJustified(2, QLatin1Char('0')).toInt() : 0;
        const int bp = whole * 100 + hundredths;
        if (!match.hasMatch() || bp > 10000)
            return refusal("invalid_tax_rate", tr("\"%1\" is not a tax class and its rate, e.g. \"standard 19 %\" "
                                                  "(0 to 100 %).")
                                                   .arg(entry));
        rates.insert(match.captured(1), bp);
    }
    return rates;
}

QString StoreProfiles::taxRatesText(const QMap<QString, int>& rates) {
    QStringList parts;
    for (auto it = rates.constBegin(); it != rates.constEnd(); ++it)
        parts << QStringLiteral("%1 %2 %").arg(it.key(), QLocale::c().toString(double(it.value()) / 100.0, 'g', 6));
    return parts.join(QLatin1String(", "));
}

domain::Result<QList<StoreProfile>> StoreProfiles::list() {
    auto rows = m_outbox.database().select(QStringLiteral("SELECT id, data FROM entities WHERE entity = 'store' ORDER "
                                                          "BY json_extract(data, '$.name') COLLATE NOCASE, id"));
    if (!rows)
        return rows.error();
    QList<StoreProfile> stores;
    for (const client::SqlRow& row : *rows)
        stores << fromJson(row.at(0).toString(), QJsonDocument::fromJson(row.at(1).toByteArray()).object());
    return stores;
}

domain::Result<void> StoreProfiles::save(const StoreProfile& original, const StoreProfile& edited) {
    StoreProfile store = edited;
    store.name = store.name.trimmed();
    store.country = store.country.trimmed().toUpper();
    if (store.name.isEmpty() || store.name.size() > 200)
        return refusal("invalid_name", tr("A store needs a name (at most 200 characters)."));
    if (!store.timezone.isEmpty() && !QTimeZone(store.timezone.toUtf8()).isValid())
        return refusal("invalid_timezone",
                       tr("\"%1\" is not a time zone; choose one such as Europe/Berlin.").arg(store.timezone));
    if (!store.country.isEmpty() && !QRegularExpression(QStringLiteral("^[A-Z]{2}$")).match(store.country).hasMatch())
        return refusal("invalid_country", tr("A country is its two-letter code, e.g. DE or FR."));
    for (auto it = store.taxRates.constBegin(); it != store.taxRates.constEnd(); ++it)
        if (it.value() < 0 || it.value() > 10000)
            return refusal("invalid_tax_rate", tr("The rate of %1 must be from 0 to 100 %.").arg(it.key()));
    if (store.loyaltyPointsPerUnit < 0 || store.loyaltyPointsPerUnit > 1000)
        return refusal("invalid_loyalty", tr("Loyalty points per unit are 0 (none) to 1000."));

    QJsonObject changed;
    if (store.name != original.name)
        changed.insert(QStringLiteral("name"), store.name);
    if (store.timezone != original.timezone && !store.timezone.isEmpty())
        changed.insert(QStringLiteral("timezone"), store.timezone);
    if (addressJson(store) != addressJson(original))
        changed.insert(QStringLiteral("address"), addressJson(store));
    if (store.pricesIncludeTax != original.pricesIncludeTax)
        changed.insert(QStringLiteral("prices_include_tax"), store.pricesIncludeTax);
    if (store.taxRates != original.taxRates)
        changed.insert(QStringLiteral("tax_rates"), ratesJson(store.taxRates));
    if (store.loyaltyPointsPerUnit != original.loyaltyPointsPerUnit)
        changed.insert(QStringLiteral("loyalty_points_per_unit"), store.loyaltyPointsPerUnit);
    if (changed.isEmpty())
        return refusal("nothing_changed", tr("Nothing was changed."));

    QJsonObject mutation = changed;
    mutation.insert(QStringLiteral("id"), original.storeId);
    mutation.insert(QStringLiteral("version"), original.version);
    // The replica's copy changes at once, at the version the server will give it.
    auto rows = m_outbox.database().select(
        QStringLiteral("SELECT data FROM entities WHERE entity = 'store' AND id = ?"), {original.storeId});
    if (!rows)
        return rows.error();
    QJsonObject copy =
        rows->isEmpty() ? QJsonObject{} : QJsonDocument::fromJson(rows->first().at(0).toByteArray()).object();
    for (auto it = changed.constBegin(); it != changed.constEnd(); ++it)
        copy.insert(it.key(), it.value());
    copy.insert(QStringLiteral("version"), original.version + 1);
    auto written = m_outbox.write([&](client::LocalWrite& write) {
        write.enqueue(QStringLiteral("store.update"), mutation);
        write.exec(QStringLiteral("UPDATE entities SET data = ? WHERE entity = 'store' AND id = ?"),
                   {QString::fromUtf8(QJsonDocument(copy).toJson(QJsonDocument::Compact)), original.storeId});
    });
    if (!written)
        return written.error();
    return {};
}

} // namespace tp::backoffice
