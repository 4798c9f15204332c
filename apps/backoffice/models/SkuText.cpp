#include "models/SkuText.h"

#include <algorithm>

namespace tp::backoffice {

namespace {

constexpr qsizetype kMaxSku = 64;

bool isSkuCharacter(QChar c) {
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('_') ||
           c == QLatin1Char('-');
}

} // namespace

bool isSku(const QString& text) {
    return !text.isEmpty() && text.size() <= kMaxSku && std::all_of(text.begin(), text.end(), isSkuCharacter);
}

QString skuFrom(const QString& text) {
    QString sku;
    for (QChar c : text)
        sku.append(isSkuCharacter(c) ? c : QLatin1Char('-'));
    while (sku.contains(QLatin1String("--")))
        sku.replace(QLatin1String("--"), QLatin1String("-"));
    while (sku.startsWith(QLatin1Char('-')))
        sku.remove(0, 1);
    while (sku.endsWith(QLatin1Char('-')))
        sku.chop(1);
    return sku.left(kMaxSku);
}

} // namespace tp::backoffice
