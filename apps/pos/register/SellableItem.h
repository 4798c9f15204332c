#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace tp::pos {

// What a scan or a pick from the search finds: one variant with the price this store sells
// it at (a running campaign's, else the store's own when it has one, else the variant's) and
// its tax class.
struct SellableItem {
    QString variantId;
    QString productId;
    QString sku;
    QString name;
    QString taxClass;
    qint64 unitPrice = 0; // minor units of `currency`, per piece or per kg
    QString currency;
    QStringList categoryIds; // the product's categories: a coupon may be for some of them
    QString campaignId;      // the price campaign `unitPrice` comes from, if one does
    qint64 regularPrice = 0; // with a campaign: the price without it

    friend bool operator==(const SellableItem&, const SellableItem&) = default;
};

} // namespace tp::pos
