#include "domain/money/CashRounding.h"

namespace tp::domain {

CashRoundingRule CashRoundingRule::forCurrency(const Currency& currency) {
    const std::string code = currency.code();
    // Smallest coin in circulation, in minor units.
    if (code == "CHF" || code == "CAD" || code == "AUD")
        return {5, RoundingMode::HalfUp};
    if (code == "NZD")
        return {10, RoundingMode::HalfUp};
    if (code == "DKK")
        return {50, RoundingMode::HalfUp};
    if (code == "SEK" || code == "NOK" || code == "CZK")
        return {100, RoundingMode::HalfUp};
    if (code == "HUF")
        return {500, RoundingMode::HalfUp};
    return {1, RoundingMode::HalfUp};
}

Result<CashRounding> roundForCash(const Money& total, const CashRoundingRule& rule) {
    if (rule.increment < 1)
        return makeError("invalid_cash_rounding", "the cash rounding increment must be at least one minor unit");
    const std::int64_t due = roundToIncrement(total.minorUnits(), rule.increment, rule.mode);
    return CashRounding{Money(due, total.currency()), Money(due - total.minorUnits(), total.currency())};
}

} // namespace tp::domain
