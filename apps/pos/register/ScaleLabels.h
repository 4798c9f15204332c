#pragma once

#include <QString>

#include <optional>

#include "domain/barcode/ScannedBarcode.h"
#include "domain/barcode/VariableMeasureNomenclature.h"

namespace tp::pos {

// What a scale's label means at the till (GS1 restricted-circulation codes, prefix 02 and
// 20–29, read through the shop's nomenclature): the item it names and the weight or the
// price printed on it.
struct ScaleLabel {
    // The item's own code as the catalogue holds it: the label with its value digits zeroed
    // and the check digit recomputed ("2112345000008" for any weight of item 12345), and the
    // bare item code (a PLU kept as the sku).
    QString baseBarcode;
    QString itemCode;
    std::optional<qint64> qtyMilli;   // weighed: kilograms in thousandths
    std::optional<qint64> priceMinor; // priced: what the label charges
};

// None when `scanned` is no weight or price label (an ordinary product code, or not a
// barcode at all): the till looks it up as it is.
std::optional<ScaleLabel> readScaleLabel(const QString& scanned, const domain::VariableMeasureNomenclature& rules);

} // namespace tp::pos
