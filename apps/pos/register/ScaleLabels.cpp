#include "register/ScaleLabels.h"

#include "domain/barcode/Gtin.h"

namespace tp::pos {

std::optional<ScaleLabel> readScaleLabel(const QString& scanned, const domain::VariableMeasureNomenclature& rules) {
    const std::string text = scanned.trimmed().toStdString();
    const domain::ScannedBarcode barcode = domain::classifyBarcode(text, rules);
    if (barcode.kind != domain::BarcodeKind::WeighedItem && barcode.kind != domain::BarcodeKind::PricedItem)
        return std::nullopt;
    if (barcode.rcnPrefix.empty()) // a GS1 element string names its item by GTIN: an ordinary lookup
        return std::nullopt;
    // The label's 12 digits before the check digit with everything after the item code zeroed.
    std::string payload = barcode.rcnPrefix + barcode.itemCode;
    payload.resize(12, '0');
    auto check = domain::Gtin::checkDigit(payload);
    if (!check)
        return std::nullopt;
    ScaleLabel label;
    label.baseBarcode = QString::fromStdString(payload + char('0' + *check));
    label.itemCode = QString::fromStdString(barcode.itemCode);
    if (barcode.kind == domain::BarcodeKind::WeighedItem)
        label.qtyMilli = barcode.qtyMilli;
    else
        label.priceMinor = barcode.priceMinor;
    return label;
}

} // namespace tp::pos
