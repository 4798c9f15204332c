#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/barcode/Gs1ElementString.h"
#include "domain/barcode/VariableMeasureNomenclature.h"
#include "domain/core/Result.h"

namespace tp::domain {

// What a scan means at the till.
enum class BarcodeKind {
    ProductCode, // a trade item: look it up by gtin
    WeighedItem, // an item sold by weight: look it up by itemCode (RCN) or gtin (GS1), quantity qtyMilli
    PricedItem,  // an item whose label carries its price: look it up by itemCode, charge priceMinor
    Coupon,      // a GS1 coupon (prefixes 981–984 and 99, UPC-A number system 5), identified by gtin
    Unknown,     // nothing the till can use; reason says why
};

// How the code was read.
enum class BarcodeFormat {
    None,             // not readable
    Ean8,             // 8 digits, GTIN-8
    UpcE,             // 8 digits, zero-suppressed UPC-A
    UpcA,             // 12 digits
    Ean13,            // 13 digits
    Gtin14,           // 14 digits (ITF-14)
    Gs1ElementString, // GS1-128 (or DataBar/DataMatrix) application identifiers
};

std::string_view toString(BarcodeKind kind);
std::string_view toString(BarcodeFormat format);

// The classification of one scan. Only the fields listed for the kind are set.
struct ScannedBarcode {
    BarcodeKind kind = BarcodeKind::Unknown;
    BarcodeFormat format = BarcodeFormat::None;

    // Every kind but Unknown: always the 14-digit GTIN form (left-padded with zeros), so a UPC-E,
    // its UPC-A and the EAN-13 spelling of the same item give the same key. For an RCN weight or
    // price label it is the label as scanned, value included: keep it for the receipt, look the
    // item up by itemCode.
    std::string gtin;

    // WeighedItem and PricedItem read through the nomenclature (RCN-13): the rule's prefix and
    // the item digits. Empty for GS1 element strings, whose item is gtin.
    std::string rcnPrefix;
    std::string itemCode;

    // ProductCode with prefix 02 or 20–29 whose prefix has no nomenclature rule: an in-store
    // code, looked up by gtin like any other product.
    bool restrictedCirculation = false;

    std::int64_t qtyMilli = 0;   // WeighedItem: kilograms in thousandths
    std::int64_t priceMinor = 0; // PricedItem: minor units of the shop currency

    std::optional<Gs1ElementString> gs1; // the parsed data when the scan was a GS1 element string
    std::optional<Error> reason;         // Unknown only: why the scan was not usable
};

// Decides what `scanned` is, from the text alone (no catalogue lookup).
//
//  1. Trim the whitespace, CR and LF scanners add. Empty → Unknown.
//  2. A symbology identifier steers the reading: ]C1/]e0/]d2/]Q3 GS1 element string, ]E0
//     EAN-13/UPC-A/UPC-E, ]E4 EAN-8; any other is Unknown.
//  3. "(" or a GS byte → GS1 element string; so is a string of 16+ characters starting with
//     "01" (a GS1-128 sent without symbology identifier).
//  4. 8, 12, 13 or 14 digits → GTIN, check digit verified. 8 digits starting with 0 or 1 are
//     read as UPC-E when the UPC-E check digit fits and as EAN-8 otherwise (scanners send UPC-E
//     unexpanded; an EAN-8 with those first digits is a rare restricted-circulation number).
//  5. The GTIN-13 form decides the kind: 981–984 and 99 and 05 (UPC-A 5) are coupons; 02 and
//     20–29 go through the nomenclature (no rule for the prefix → ProductCode with
//     restrictedCirculation, a bad price check digit → Unknown); anything else is a product.
//  6. A GS1 element string needs (01): with (310n) it is a WeighedItem, else a ProductCode.
//
// Never fails, asserts or reads out of bounds, whatever the bytes: every problem is an Unknown
// with a reason ("empty", "invalid_character", "invalid_length", "invalid_check_digit",
// "missing_gtin", …, plus the codes of Gtin, expandUpcE, the nomenclature and
// Gs1ElementString).
ScannedBarcode classifyBarcode(std::string_view scanned, const VariableMeasureNomenclature& nomenclature);

} // namespace tp::domain
