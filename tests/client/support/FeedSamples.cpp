#include "FeedSamples.h"

namespace tp::client::testing {

QJsonObject money(qint64 amount, const QString& currency) {
    return QJsonObject{{"amount", amount}, {"currency", currency}};
}

QJsonObject productData(const QString& id, const QString& sku, const QString& name, qint64 price,
                        const QStringList& barcodes) {
    const QJsonArray codes = QJsonArray::fromStringList(barcodes);
    const QJsonObject variant{
        {"id", id + "-v"}, {"sku", sku}, {"barcodes", codes}, {"options", QJsonObject{}}, {"price", money(price)}};
    return QJsonObject{{"id", id},
                       {"sku", sku},
                       {"name", name},
                       {"status", "active"},
                       {"price", money(price)},
                       {"barcodes", codes},
                       {"variants", QJsonArray{variant}},
                       {"version", 1}};
}

QJsonObject upsert(qint64 seq, const QString& entity, const QString& id, const QJsonObject& data) {
    return QJsonObject{{"seq", seq}, {"entity", entity}, {"id", id}, {"op", "upsert"}, {"data", data}};
}

QJsonObject remove(qint64 seq, const QString& entity, const QString& id) {
    return QJsonObject{{"seq", seq}, {"entity", entity}, {"id", id}, {"op", "delete"}, {"data", QJsonObject{}}};
}

QJsonObject stockLevelData(const QString& sku, const QString& variantId, const QString& storeId, qint64 onHandMilli) {
    return QJsonObject{{"sku", sku},
                       {"variant_id", variantId},
                       {"product_id", QString()},
                       {"store_id", storeId},
                       {"on_hand", onHandMilli},
                       {"reserved", 0},
                       {"available", onHandMilli},
                       {"low_stock_threshold", 2000},
                       {"low_stock", onHandMilli <= 2000},
                       {"negative", onHandMilli < 0},
                       {"updated_at", "2024-05-01T10:00:00Z"}};
}

} // namespace tp::client::testing
