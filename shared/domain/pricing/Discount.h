#pragma once

#include <cstdint>

namespace tp::domain {

// A discount a cashier or a rule gives: a percentage (in basis points, 1000 = 10 %) or a
// fixed amount (in minor units). The value is a magnitude; it always reduces what is paid.
struct Discount {
    enum class Kind { None, Percent, Amount };

    Kind kind = Kind::None;
    std::int64_t value = 0;

    static Discount none() { return {}; }
    static Discount percent(std::int64_t basisPoints) { return {Kind::Percent, basisPoints}; }
    static Discount amount(std::int64_t minorUnits) { return {Kind::Amount, minorUnits}; }

    bool isNone() const { return kind == Kind::None || value == 0; }
    friend bool operator==(const Discount&, const Discount&) = default;
};

} // namespace tp::domain
