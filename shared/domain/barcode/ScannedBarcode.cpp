#include "domain/barcode/ScannedBarcode.h"

#include "domain/barcode/BarcodeText.h"
#include "domain/barcode/UpcE.h"

namespace tp::domain {

namespace {

// What a symbology identifier (or its absence) says about the digits that follow.
enum class EanHint { None, EanUpc, Ean8 };

ScannedBarcode unknown(Error reason, BarcodeFormat format = BarcodeFormat::None) {
    ScannedBarcode result;
    result.format = format;
    result.reason = std::move(reason);
    return result;
}

bool isGs1Identifier(std::string_view identifier) {
    return identifier == "]C1" || identifier == "]e0" || identifier == "]d2" || identifier == "]Q3";
}

// GS1 coupon prefixes on the GTIN-13: 981–984 (common currency areas), 99 (national), and
// 05, which is UPC-A number system 5.
bool isCouponPrefix(std::string_view gtin13) {
    return gtin13.starts_with("05") || gtin13.starts_with("981") || gtin13.starts_with("982") ||
           gtin13.starts_with("983") || gtin13.starts_with("984") || gtin13.starts_with("99");
}

ScannedBarcode classifyGtin(const Gtin& gtin, BarcodeFormat format, const VariableMeasureNomenclature& nomenclature) {
    ScannedBarcode result;
    result.format = format;
    result.gtin = gtin.gtin14();
    // Prefixes are defined on the GTIN-13; a GTIN-14 with indicator digit 1–9 is a trade unit.
    const std::string_view gtin13 =
        result.gtin[0] == '0' ? std::string_view(result.gtin).substr(1) : std::string_view();

    if (isCouponPrefix(gtin13)) {
        result.kind = BarcodeKind::Coupon;
        return result;
    }
    if (VariableMeasureNomenclature::isRestrictedCirculation(gtin)) {
        auto item = nomenclature.decode(gtin);
        if (!item && item.error().code == "no_variable_measure_rule") {
            result.kind = BarcodeKind::ProductCode;
            result.restrictedCirculation = true;
            return result;
        }
        if (!item)
            return unknown(item.error(), format);
        result.kind = item->measure == VariableMeasure::Weight ? BarcodeKind::WeighedItem : BarcodeKind::PricedItem;
        result.rcnPrefix = item->prefix;
        result.itemCode = item->itemCode;
        result.qtyMilli = item->qtyMilli;
        result.priceMinor = item->priceMinor;
        return result;
    }
    result.kind = BarcodeKind::ProductCode;
    return result;
}

ScannedBarcode classifyDigits(std::string_view digits, EanHint hint, const VariableMeasureNomenclature& nomenclature) {
    if (const std::size_t bad = barcode_detail::firstNonDigit(digits); bad != std::string_view::npos)
        return unknown(makeError("invalid_character", "An EAN/UPC code holds only digits; " +
                                                          barcode_detail::quoteForMessage(digits) + " has " +
                                                          barcode_detail::quoteForMessage(digits.substr(bad, 1)) +
                                                          " at position " + std::to_string(bad + 1) + "."));
    const std::size_t size = digits.size();
    const bool lengthFits = hint == EanHint::Ean8     ? size == 8
                            : hint == EanHint::EanUpc ? size == 8 || size == 12 || size == 13
                                                      : size == 8 || size == 12 || size == 13 || size == 14;
    if (!lengthFits) {
        const std::string expected = hint == EanHint::Ean8     ? "An EAN-8 (]E4) has 8 digits"
                                     : hint == EanHint::EanUpc ? "An EAN/UPC (]E0) has 8, 12 or 13 digits"
                                                               : "A scanned product code has 8, 12, 13 or 14 digits";
        return unknown(makeError("invalid_length", expected + "; " + barcode_detail::quoteForMessage(digits) + " has " +
                                                       std::to_string(size) + "."));
    }

    if (size == 8 && hint != EanHint::Ean8) {
        const bool mayBeUpcE = digits[0] == '0' || digits[0] == '1';
        if (hint == EanHint::EanUpc || mayBeUpcE) {
            auto upcA = expandUpcE(digits);
            if (upcA)
                return classifyGtin(upcA.value(), BarcodeFormat::UpcE, nomenclature);
            if (hint == EanHint::EanUpc)
                return unknown(upcA.error(), BarcodeFormat::UpcE);
            // Not a UPC-E after all: it may still be an EAN-8.
            if (!Gtin::parse(digits))
                return unknown(makeError("invalid_check_digit", "Neither the UPC-E nor the EAN-8 check digit of " +
                                                                    std::string(digits) +
                                                                    " fits; the code was misread or mistyped."));
        }
    }

    const BarcodeFormat format = size == 8    ? BarcodeFormat::Ean8
                                 : size == 12 ? BarcodeFormat::UpcA
                                 : size == 13 ? BarcodeFormat::Ean13
                                              : BarcodeFormat::Gtin14;
    auto gtin = Gtin::parse(digits);
    if (!gtin)
        return unknown(gtin.error(), format);
    return classifyGtin(gtin.value(), format, nomenclature);
}

ScannedBarcode classifyElementString(std::string_view text) {
    auto parsed = Gs1ElementString::parse(text);
    if (!parsed)
        return unknown(parsed.error(), BarcodeFormat::Gs1ElementString);
    ScannedBarcode result;
    result.format = BarcodeFormat::Gs1ElementString;
    result.gs1 = std::move(parsed).value();
    if (!result.gs1->gtin) {
        result.reason =
            makeError("missing_gtin", "The GS1 element string carries no GTIN (01), so it names no item to sell.");
        return result;
    }
    result.gtin = result.gs1->gtin->gtin14();
    if (result.gs1->netWeightQtyMilli) {
        result.kind = BarcodeKind::WeighedItem;
        result.qtyMilli = *result.gs1->netWeightQtyMilli;
    } else {
        result.kind = BarcodeKind::ProductCode;
    }
    return result;
}

} // namespace

std::string_view toString(BarcodeKind kind) {
    switch (kind) {
    case BarcodeKind::ProductCode:
        return "ProductCode";
    case BarcodeKind::WeighedItem:
        return "WeighedItem";
    case BarcodeKind::PricedItem:
        return "PricedItem";
    case BarcodeKind::Coupon:
        return "Coupon";
    case BarcodeKind::Unknown:
        return "Unknown";
    }
    return "Unknown";
}

std::string_view toString(BarcodeFormat format) {
    switch (format) {
    case BarcodeFormat::None:
        return "None";
    case BarcodeFormat::Ean8:
        return "Ean8";
    case BarcodeFormat::UpcE:
        return "UpcE";
    case BarcodeFormat::UpcA:
        return "UpcA";
    case BarcodeFormat::Ean13:
        return "Ean13";
    case BarcodeFormat::Gtin14:
        return "Gtin14";
    case BarcodeFormat::Gs1ElementString:
        return "Gs1ElementString";
    }
    return "None";
}

ScannedBarcode classifyBarcode(std::string_view scanned, const VariableMeasureNomenclature& nomenclature) {
    const std::string_view text = barcode_detail::trimScan(scanned);
    if (text.empty())
        return unknown(makeError("empty", "The scan is empty."));

    if (text[0] == ']') {
        const std::string_view identifier = text.substr(0, 3);
        if (isGs1Identifier(identifier))
            return classifyElementString(text);
        if (identifier == "]E0")
            return classifyDigits(text.substr(3), EanHint::EanUpc, nomenclature);
        if (identifier == "]E4")
            return classifyDigits(text.substr(3), EanHint::Ean8, nomenclature);
        return unknown(
            makeError("unsupported_symbology", "Symbology identifier " + barcode_detail::quoteForMessage(identifier) +
                                                   " is not a product code Tillpoint reads (EAN/UPC or GS1)."));
    }

    const bool looksLikeElementString = text[0] == '(' ||
                                        text.find(barcode_detail::kGroupSeparator) != std::string_view::npos ||
                                        (text.size() >= 16 && text.starts_with("01"));
    if (looksLikeElementString)
        return classifyElementString(text);
    return classifyDigits(text, EanHint::None, nomenclature);
}

} // namespace tp::domain
