#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tp::client::testing {

// Feed entries shaped like API.md's GET /api/v1/sync/changes, for tests to hand to the
// applier directly or to serve from a fake server.
QJsonObject money(qint64 amount, const QString& currency = QStringLiteral("EUR"));

// A product with one default variant "<id>-v" that has the product's sku and barcodes.
QJsonObject productData(const QString& id, const QString& sku, const QString& name, qint64 price,
                        const QStringList& barcodes = {});
QJsonObject upsert(qint64 seq, const QString& entity, const QString& id, const QJsonObject& data);
QJsonObject remove(qint64 seq, const QString& entity, const QString& id);
QJsonObject stockLevelData(const QString& sku, const QString& variantId, const QString& storeId, qint64 onHandMilli);

} // namespace tp::client::testing
