#pragma once

#include <string_view>

#include "domain/core/Result.h"

namespace tp::domain {

// The GS1 price/weight check digit (General Specifications 7.9.2–7.9.4): an extra digit some
// national variable-measure layouts (the US UPC-A "2 IIIII P VVVV C" among them) put in front
// of a 4- or 5-digit price or weight, so a misread value is caught even though the GTIN
// check digit happened to fit.
//
// Each digit is mapped through a weighting table, where "2-" means: multiply by 2 and
// subtract the tens digit from the units digit; "5+" multiply by 5 and add the tens digit to
// the units digit; "3" multiply by 3 and keep the units digit (all mod 10):
//  - 4 digits: weights 2-, 2-, 3, 5-; the check digit is the units digit of 3 × sum.
//    Example 2875: 4 + 5 + 1 + 3 = 13, 3 × 13 = 39 → 9.
//  - 5 digits: weights 5+, 2-, 5-, 5+, 2-; take the sum up to the next multiple of ten and the
//    check digit is the digit whose 5- product equals that difference.
//    Example 14685: 5 + 8 + 7 + 4 + 9 = 33, 40 − 33 = 7, 5-(6) = 7 → 6.
//
// Errors: "invalid_character", "invalid_length" (not 4 or 5 digits).
Result<int> priceCheckDigit(std::string_view value);

} // namespace tp::domain
