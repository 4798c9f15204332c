#include "register/StoreProfile.h"

#include <QJsonDocument>

#include "client/replica/ReplicaDatabase.h"

namespace tp::pos {

namespace {

domain::Error invalid(const QString& storeId, const std::string& what) {
    return domain::makeError("store_invalid", "store " + storeId.toStdString() + ": " + what);
}

} // namespace

domain::Result<StoreProfile> StoreProfile::fromJson(const QString& storeId, const QJsonObject& store) {
    const QString code = store.value(QLatin1String("currency")).toString();
    auto currency = domain::Currency::fromCode(code.toStdString());
    if (!currency)
        return invalid(storeId, "currency \"" + code.toStdString() + "\" is not one this register knows");
    domain::TaxTable taxes;
    const QJsonObject rates = store.value(QLatin1String("tax_rates")).toObject();
    for (auto rate = rates.begin(); rate != rates.end(); ++rate) {
        const qint64 basisPoints = rate.value().toInteger(-1);
        if (auto set =
                taxes.setRate(rate.key().toStdString(), std::int32_t(std::clamp<qint64>(basisPoints, -1, 10001)));
            !set)
            return invalid(storeId, "tax class \"" + rate.key().toStdString() + "\": " + set.error().message);
    }
    domain::TaxPolicy policy;
    policy.priceMode = store.value(QLatin1String("prices_include_tax")).toBool(true) ? domain::PriceMode::TaxInclusive
                                                                                     : domain::PriceMode::TaxExclusive;
    return StoreProfile{storeId,
                        store.value(QLatin1String("name")).toString(),
                        *currency,
                        std::move(taxes),
                        policy,
                        store.value(QLatin1String("receipt_header")).toString(),
                        store.value(QLatin1String("receipt_footer")).toString(),
                        std::max<qint64>(0, store.value(QLatin1String("loyalty_points_per_unit")).toInteger(0))};
}

domain::Result<StoreProfile> StoreProfile::load(client::ReplicaDatabase& db, const QString& storeId) {
    auto rows = db.select(QStringLiteral("SELECT data FROM entities WHERE entity = 'store' AND id = ?"), {storeId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return domain::makeError("store_unknown", "store " + storeId.toStdString() +
                                                      " is not on this register yet; it arrives with the first sync");
    const QJsonDocument store = QJsonDocument::fromJson(rows->first().value(0).toString().toUtf8());
    if (!store.isObject())
        return invalid(storeId, "its settings could not be read");
    return fromJson(storeId, store.object());
}

} // namespace tp::pos
