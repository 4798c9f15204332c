#include "domain/core/Rounding.h"

#include <cassert>

namespace tp::domain {

std::string_view toString(RoundingMode mode) {
    switch (mode) {
    case RoundingMode::HalfUp:
        return "half_up";
    case RoundingMode::HalfEven:
        return "half_even";
    }
    return "half_up";
}

std::int64_t divideRounded(Int128 numerator, Int128 denominator, RoundingMode mode) {
    assert(denominator > 0);
    // Work on the magnitude and put the sign back, which makes both modes symmetric.
    const bool negative = numerator < 0;
    const Int128 magnitude = negative ? -numerator : numerator;
    Int128 quotient = magnitude / denominator;
    const Int128 remainder = magnitude % denominator;
    const Int128 twice = remainder * 2;
    if (twice > denominator || (twice == denominator && (mode == RoundingMode::HalfUp || quotient % 2 == 1)))
        ++quotient;
    return static_cast<std::int64_t>(negative ? -quotient : quotient);
}

std::int64_t roundToIncrement(std::int64_t value, std::int64_t increment, RoundingMode mode) {
    assert(increment > 0);
    return divideRounded(value, increment, mode) * increment;
}

} // namespace tp::domain
