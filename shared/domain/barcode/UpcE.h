#pragma once

#include <string_view>

#include "domain/barcode/Gtin.h"
#include "domain/core/Result.h"

namespace tp::domain {

// UPC-E: the 8-digit zero-suppressed form of a UPC-A code, printed on packs too small for
// UPC-A. Its digits are: number system (0 or 1), six data digits d1…d6, check digit. The
// check digit is the UPC-A one, computed over the expansion, which d6 selects:
//
//   d6 = 0, 1, 2   →  NS d1 d2 d6 0 0 0 0 d3 d4 d5   (manufacturer d1d2d600, item 00d3d4d5)
//   d6 = 3         →  NS d1 d2 d3 0 0 0 0 0 d4 d5
//   d6 = 4         →  NS d1 d2 d3 d4 0 0 0 0 0 d5
//   d6 = 5 … 9     →  NS d1 d2 d3 d4 d5 0 0 0 0 d6
//
// e.g. 04252614 → 042100005264. The expansion is what the item is filed under, so the
// result is the 12-digit UPC-A as a Gtin.
//
// Errors: "invalid_character", "invalid_length" (not 8 digits), "invalid_number_system"
// (not 0 or 1), "invalid_check_digit".
Result<Gtin> expandUpcE(std::string_view upcE);

} // namespace tp::domain
