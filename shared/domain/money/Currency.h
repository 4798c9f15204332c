#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/core/Result.h"

namespace tp::domain {

// An ISO 4217 currency: its three-letter code and its exponent, the number of decimal places
// of its minor unit (EUR 2 → cents, JPY 0 → no minor unit, KWD 3 → fils). Only currencies in
// the built-in table can be constructed, so an amount can never carry an unknown exponent.
class Currency {
public:
    // Looks up an upper-case ISO 4217 code ("EUR"). Unknown or malformed → "unknown_currency".
    static Result<Currency> fromCode(std::string_view code);

    std::string code() const { return std::string(m_code.data(), m_code.size()); }
    int exponent() const { return m_exponent; }
    // 10^exponent: how many minor units make one major unit (100 for EUR, 1 for JPY).
    std::int64_t minorPerMajor() const;

    friend bool operator==(const Currency&, const Currency&) = default;

private:
    Currency(std::array<char, 3> code, int exponent)
        : m_code(code)
        , m_exponent(exponent) {}

    std::array<char, 3> m_code;
    int m_exponent;
};

} // namespace tp::domain
