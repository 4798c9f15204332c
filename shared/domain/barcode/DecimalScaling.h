#pragma once

#include <cassert>
#include <cstdint>

#include "domain/core/Rounding.h"

namespace tp::domain::barcode_detail {

// Moves a decimal fixed-point number from `fromDecimals` to `toDecimals` places, e.g. a
// 3103 weight (kg, 3 decimals) to qtyMilli, or a label price with 1 decimal to cents.
// Adding places is exact; dropping places rounds half-up, because a scale that prints more
// precision than the register keeps must not lose a sale to truncation. Barcode values have
// at most 10 digits and shift by at most a few places, far from int64 limits.
inline std::int64_t rescaleDecimal(std::int64_t value, int fromDecimals, int toDecimals) {
    assert(fromDecimals >= 0 && toDecimals >= 0 && fromDecimals <= 18 && toDecimals <= 18);
    std::int64_t factor = 1;
    for (int i = 0; i < (toDecimals > fromDecimals ? toDecimals - fromDecimals : fromDecimals - toDecimals); ++i)
        factor *= 10;
    if (toDecimals >= fromDecimals)
        return value * factor;
    return divideRounded(value, factor, RoundingMode::HalfUp);
}

} // namespace tp::domain::barcode_detail
