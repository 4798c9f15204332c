#include "domain/money/Currency.h"

#include <algorithm>

namespace tp::domain {

namespace {

struct CurrencyEntry {
    std::string_view code;
    int exponent;
};

// ISO 4217 minor-unit exponents for the currencies a shop is likely to trade in. Sorted by
// code so lookup is a binary search. Additions must keep the order (a test checks it).
constexpr CurrencyEntry kCurrencies[] = {
    {"AED", 2}, {"ARS", 2}, {"AUD", 2}, {"BGN", 2}, {"BHD", 3}, {"BRL", 2}, {"CAD", 2}, {"CHF", 2}, {"CLP", 0},
    {"CNY", 2}, {"COP", 2}, {"CZK", 2}, {"DKK", 2}, {"EGP", 2}, {"EUR", 2}, {"GBP", 2}, {"HKD", 2}, {"HUF", 2},
    {"IDR", 2}, {"ILS", 2}, {"INR", 2}, {"IQD", 3}, {"ISK", 0}, {"JOD", 3}, {"JPY", 0}, {"KRW", 0}, {"KWD", 3},
    {"LYD", 3}, {"MAD", 2}, {"MXN", 2}, {"MYR", 2}, {"NOK", 2}, {"NZD", 2}, {"OMR", 3}, {"PHP", 2}, {"PLN", 2},
    {"QAR", 2}, {"RON", 2}, {"RSD", 2}, {"SAR", 2}, {"SEK", 2}, {"SGD", 2}, {"THB", 2}, {"TND", 3}, {"TRY", 2},
    {"TWD", 2}, {"UAH", 2}, {"UGX", 0}, {"USD", 2}, {"VND", 0}, {"XAF", 0}, {"XOF", 0}, {"ZAR", 2},
};

static_assert(std::is_sorted(std::begin(kCurrencies), std::end(kCurrencies),
                             [](const CurrencyEntry& a, const CurrencyEntry& b) { return a.code < b.code; }),
              "kCurrencies must stay sorted by code");

} // namespace

Result<Currency> Currency::fromCode(std::string_view code) {
    const auto* end = std::end(kCurrencies);
    const auto* found = std::lower_bound(std::begin(kCurrencies), end, code,
                                         [](const CurrencyEntry& entry, std::string_view c) { return entry.code < c; });
    if (found == end || found->code != code) {
        return makeError("unknown_currency", "\"" + std::string(code) +
                                                 "\" is not a supported ISO 4217 currency code (e.g. EUR, USD, JPY)");
    }
    return Currency({found->code[0], found->code[1], found->code[2]}, found->exponent);
}

std::int64_t Currency::minorPerMajor() const {
    std::int64_t factor = 1;
    for (int i = 0; i < m_exponent; ++i)
        factor *= 10;
    return factor;
}

} // namespace tp::domain
