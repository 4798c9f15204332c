#include "register/ItemLookup.h"

#include "client/replica/ReplicaDatabase.h"

namespace tp::pos {

namespace {

// The store's own price wins over the variant's; the tax class and the categories are part of
// the product's document (SQLite's JSON functions read them in the same query; category ids
// are UUIDs, so a comma joins them unambiguously).
const QString kColumns =
    QStringLiteral("SELECT v.id, v.product_id, v.sku, v.name, v.status, p.status, "
                   "coalesce(sp.price_amount, v.price_amount), coalesce(sp.price_currency, v.price_currency), "
                   "coalesce(json_extract(p.data, '$.tax_class'), 'standard'), "
                   "(SELECT group_concat(value, ',') FROM json_each(p.data, '$.category_ids')) "
                   "FROM variants v JOIN products p ON p.id = v.product_id "
                   "LEFT JOIN variant_store_prices sp ON sp.variant_id = v.id AND sp.store_id = ? ");

SellableItem itemOf(const client::SqlRow& row) {
    const QString categories = row.at(9).toString();
    return SellableItem{row.at(0).toString(),
                        row.at(1).toString(),
                        row.at(2).toString(),
                        row.at(3).toString(),
                        row.at(8).toString(),
                        row.at(6).toLongLong(),
                        row.at(7).toString(),
                        categories.isEmpty() ? QStringList() : categories.split(QLatin1Char(',')),
                        {},
                        0};
}

} // namespace

domain::Result<std::optional<SellableItem>> ItemLookup::byBarcode(const QString& barcode) {
    return first(kColumns + QStringLiteral("JOIN variant_barcodes b ON b.variant_id = v.id WHERE b.barcode = ? "
                                           "ORDER BY v.status = 'active' DESC LIMIT 1"),
                 barcode);
}

domain::Result<std::optional<SellableItem>> ItemLookup::bySku(const QString& sku) {
    return first(kColumns + QStringLiteral("WHERE v.sku = ? ORDER BY v.status = 'active' DESC LIMIT 1"), sku);
}

domain::Result<QList<SellableItem>> ItemLookup::variantsOf(const QString& productId) {
    auto rows =
        m_db.select(kColumns + QStringLiteral("WHERE v.product_id = ? ORDER BY v.rowid"), {m_storeId, productId});
    if (!rows)
        return rows.error();
    QList<SellableItem> items;
    for (const client::SqlRow& row : *rows) {
        const bool active =
            row.at(4).toString() == QLatin1String("active") && row.at(5).toString() == QLatin1String("active");
        if (!active || !row.at(6).isValid() || row.at(7).toString().isEmpty())
            continue;
        SellableItem item = itemOf(row);
        if (auto priced = applyCampaign(item); !priced)
            return priced.error();
        items << std::move(item);
    }
    return items;
}

domain::Result<void> ItemLookup::applyCampaign(SellableItem& item) {
    const QString now = m_clock().toUTC().toString(Qt::ISODateWithMs);
    auto rows = m_db.select(QStringLiteral("SELECT amount, campaign_id FROM campaign_prices WHERE sku = ? AND "
                                           "currency = ? AND (store_id IS NULL OR store_id = ?) AND starts_at <= ? "
                                           "AND ends_at > ? ORDER BY amount LIMIT 1"),
                            {item.sku, item.currency, m_storeId, now, now});
    if (!rows)
        return rows.error();
    if (!rows->isEmpty()) {
        item.regularPrice = item.unitPrice;
        item.unitPrice = rows->first().at(0).toLongLong();
        item.campaignId = rows->first().at(1).toString();
    }
    return {};
}

domain::Result<std::optional<SellableItem>> ItemLookup::first(const QString& sql, const QString& key) {
    auto rows = m_db.select(sql, {m_storeId, key});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<SellableItem>();
    const client::SqlRow& row = rows->first();
    SellableItem item = itemOf(row);
    const QString status =
        row.at(4).toString() == QLatin1String("active") ? row.at(5).toString() : row.at(4).toString();
    if (status != QLatin1String("active"))
        return domain::makeError("item_not_for_sale", item.name.toStdString() + " (" + item.sku.toStdString() +
                                                          ") is " + status.toStdString() + " and cannot be sold");
    if (!row.at(6).isValid() || item.currency.isEmpty())
        return domain::makeError("item_not_for_sale", item.name.toStdString() + " (" + item.sku.toStdString() +
                                                          ") has no price in this store");
    if (auto priced = applyCampaign(item); !priced)
        return priced.error();
    return std::optional<SellableItem>(std::move(item));
}

} // namespace tp::pos
