// libFuzzer target for the barcode classifier: whatever bytes a scanner (or a broken cable)
// delivers, classifyBarcode must return — no crash, assert, hang or out-of-bounds read (ASan and
// UBSan watch for those) — and keep its promises, which are checked here and abort on breach:
// a usable kind names a valid 14-digit GTIN and no reason, Unknown always explains itself.
// The parsers below the classifier get the same bytes directly.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "domain/barcode/Gs1ElementString.h"
#include "domain/barcode/Gtin.h"
#include "domain/barcode/PriceCheckDigit.h"
#include "domain/barcode/ScannedBarcode.h"
#include "domain/barcode/UpcE.h"
#include "domain/barcode/VariableMeasureNomenclature.h"

namespace {

using namespace tp::domain;

void require(bool promiseKept) {
    if (!promiseKept)
        std::abort();
}

// Exercises the price check digit paths the defaults do not have.
const VariableMeasureNomenclature& customNomenclature() {
    static const VariableMeasureNomenclature nomenclature =
        VariableMeasureNomenclature::create({{"02", 5, 4, 2, VariableMeasure::Price, true},
                                             {"22", 4, 5, 2, VariableMeasure::Price, true},
                                             {"27", 4, 6, 4, VariableMeasure::Weight, false},
                                             {"28", 5, 5, 1, VariableMeasure::Price, false}},
                                            2)
            .value();
    return nomenclature;
}

void checkPromises(const ScannedBarcode& scan) {
    if (scan.kind == BarcodeKind::Unknown) {
        require(scan.reason.has_value());
        require(!scan.reason->code.empty() && !scan.reason->message.empty());
        require(scan.gtin.empty());
        return;
    }
    require(!scan.reason.has_value());
    const auto gtin = Gtin::parse(scan.gtin);
    require(gtin.ok() && gtin->length() == 14);
    require(scan.qtyMilli >= 0 && scan.priceMinor >= 0);
    const bool variableMeasure = scan.kind == BarcodeKind::WeighedItem || scan.kind == BarcodeKind::PricedItem;
    if (variableMeasure && scan.format != BarcodeFormat::Gs1ElementString)
        require(!scan.itemCode.empty() && !scan.rcnPrefix.empty());
    if (scan.format == BarcodeFormat::Gs1ElementString)
        require(scan.gs1.has_value() && scan.gs1->gtin.has_value());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view scanned(reinterpret_cast<const char*>(data), size);
    static const VariableMeasureNomenclature defaults = VariableMeasureNomenclature::defaults();

    checkPromises(classifyBarcode(scanned, defaults));
    checkPromises(classifyBarcode(scanned, customNomenclature()));

    if (const auto gtin = Gtin::parse(scanned); gtin.ok())
        require(Gtin::parse(gtin->gtin14()).ok() && *gtin == Gtin::parse(gtin->gtin14()).value());
    if (const auto upcA = expandUpcE(scanned); upcA.ok())
        require(upcA->length() == 12);
    if (const auto digit = priceCheckDigit(scanned); digit.ok())
        require(*digit >= 0 && *digit <= 9);
    if (const auto digit = Gtin::checkDigit(scanned); digit.ok())
        require(*digit >= 0 && *digit <= 9);
    if (const auto parsed = Gs1ElementString::parse(scanned); parsed.ok() && parsed->expiry)
        require(parsed->expiry->day >= 1 && parsed->expiry->day <= 31);
    return 0;
}
