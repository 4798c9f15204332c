#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace tp::pos {

// What a scan or a pick from the search finds: one variant with the price this store sells
// it at (the store's own price when it has one) and its tax class.
struct SellableItem {
    QString variantId;
    QString productId;
    QString sku;
    QString name;
    QString taxClass;
    qint64 unitPrice = 0; // minor units of `currency`, per piece or per kg
    QString currency;
    QStringList categoryIds; // the product's categories: a coupon may be for some of them

    friend bool operator==(const SellableItem&, const SellableItem&) = default;
};

} // namespace tp::pos
