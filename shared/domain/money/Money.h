#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "domain/core/Result.h"
#include "domain/money/Currency.h"

namespace tp::domain {

// An amount of money: an integer count of minor units (cents, fils, yen) in one currency.
// No floating point anywhere: arithmetic is exact, overflow is reported, and combining two
// currencies is refused ("currency_mismatch") instead of silently adding euros to dollars.
class Money {
public:
    Money(std::int64_t minorUnits, Currency currency)
        : m_minor(minorUnits)
        , m_currency(currency) {}
    static Money zero(Currency currency) { return Money(0, currency); }

    // Parses a plain decimal in major units: "12.34", "-0.50", "1234" (JPY). More decimals
    // than the currency has, thousands separators or exponents → "invalid_amount".
    static Result<Money> parse(std::string_view text, Currency currency);

    std::int64_t minorUnits() const { return m_minor; }
    const Currency& currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Result<Money> plus(const Money& other) const;
    Result<Money> minus(const Money& other) const;
    Result<Money> times(std::int64_t factor) const;
    Money negated() const { return Money(-m_minor, m_currency); }
    // Three-way comparison; refuses different currencies rather than comparing numbers.
    Result<int> compare(const Money& other) const;

    // "12.34", "-0.05", "1234" for JPY, "1.234" for KWD: the amount in major units with
    // exactly the currency's decimals and a '.' separator (locale formatting is the UI's job).
    std::string toDecimalString() const;
    // "12.34 EUR"
    std::string toString() const;

    friend bool operator==(const Money&, const Money&) = default;

private:
    std::int64_t m_minor;
    Currency m_currency;
};

// Adds every amount; all must be in `currency`. An empty list sums to zero.
Result<Money> sumMoney(std::span<const Money> amounts, Currency currency);

// The errors money arithmetic reports, shared so every module words them the same way.
Error currencyMismatchError(const Currency& expected, const Currency& actual);
Error amountOverflowError();

} // namespace tp::domain
