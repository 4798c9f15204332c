#include "models/BarcodeRule.h"

#include <algorithm>

#include "domain/barcode/Gtin.h"

namespace tp::backoffice {

domain::Result<QString> BarcodeRule::key(const QString& barcode) {
    const bool printable =
        !barcode.isEmpty() && barcode.size() <= 64 &&
        std::all_of(barcode.begin(), barcode.end(), [](QChar c) { return c.unicode() >= 0x21 && c.unicode() <= 0x7e; });
    if (!printable)
        return domain::makeError("invalid_barcode",
                                 tr("A barcode is 1 to 64 letters, digits or signs, without spaces.").toStdString());
    const qsizetype n = barcode.size();
    const bool gtinShaped = (n == 8 || n == 12 || n == 13 || n == 14) &&
                            std::all_of(barcode.begin(), barcode.end(),
                                        [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    if (!gtinShaped)
        return barcode;
    auto gtin = domain::Gtin::parse(barcode.toStdString());
    if (!gtin) {
        auto expected = domain::Gtin::checkDigit(barcode.chopped(1).toStdString());
        return domain::makeError("invalid_barcode",
                                 tr("%1 is not a valid GTIN: its last digit (the check digit) should be %2.")
                                     .arg(barcode)
                                     .arg(expected ? QString::number(expected.value()) : QStringLiteral("?"))
                                     .toStdString());
    }
    return QString::fromStdString(gtin->gtin14());
}

} // namespace tp::backoffice
