#pragma once

#include <cstdint>

#include "domain/barcode/Gtin.h"
#include "domain/core/Result.h"

namespace tp::domain {

// Barcodes a shop makes for goods that arrive without one: GS1 restricted-circulation
// numbers (RCN-13), which GS1 reserves for use inside one company and never hands out as
// GTINs, so they cannot clash with a manufacturer's code.
//
// Prefix 20: the prefixes 21–29 are the ones scales print weight and price labels with
// (VariableMeasureNomenclature's defaults use 21 and 23), and a label's value digits change
// with every weighing, so an item code there would be read as a weight or a price.
struct InStoreGtin {
    static constexpr std::uint64_t kItemNumbers = 10'000'000'000ULL; // ten item digits

    // "20" + `itemNumber` as ten digits + the check digit. Error "invalid_item_number" when
    // itemNumber has more than ten digits.
    static Result<Gtin> make(std::uint64_t itemNumber);

    // Whether `gtin` is one of these (a 13-digit code starting with 20).
    static bool isInStore(const Gtin& gtin);
};

} // namespace tp::domain
