#pragma once

#include <cstdint>
#include <string_view>

#include "domain/core/Int128.h"

namespace tp::domain {

// How a fraction of a minor unit is settled. Both modes are symmetric around zero, so a
// refund rounds to exactly the negative of the sale it reverses.
//  - HalfUp: ties go away from zero (commercial rounding; the German and EU receipt default).
//  - HalfEven: ties go to the even neighbour (banker's rounding; no upward bias over many lines).
enum class RoundingMode { HalfUp, HalfEven };

std::string_view toString(RoundingMode mode);

// numerator / denominator rounded to an integer with `mode`. denominator must be > 0.
// 128-bit numerators let callers multiply amounts by quantities and rates without overflow.
std::int64_t divideRounded(Int128 numerator, Int128 denominator, RoundingMode mode);

// Rounds `value` to a multiple of `increment` (> 0) with `mode`, e.g. 1234 to 5 → 1235.
std::int64_t roundToIncrement(std::int64_t value, std::int64_t increment, RoundingMode mode);

} // namespace tp::domain
