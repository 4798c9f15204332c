#include "domain/tax/TaxCalculation.h"

#include <algorithm>
#include <map>

#include "domain/core/Int128.h"

namespace tp::domain {

namespace {

// The exact tax of `amount` as the fraction numerator / denominator.
struct ExactTax {
    Int128 numerator;
    Int128 denominator;
};

ExactTax exactTax(Int128 amount, std::int32_t basisPoints, PriceMode mode) {
    if (mode == PriceMode::TaxInclusive)
        return {amount * basisPoints, Int128{10000} + basisPoints};
    return {amount * basisPoints, Int128{10000}};
}

TaxAmounts lineAmounts(std::int64_t amount, std::int64_t tax, std::int32_t basisPoints, PriceMode mode) {
    if (mode == PriceMode::TaxInclusive)
        return {basisPoints, amount - tax, tax, amount};
    return {basisPoints, amount, tax, amount + tax};
}

} // namespace

Result<TaxBreakdown> computeTax(std::span<const TaxableAmount> lines, const TaxTable& table, const TaxPolicy& policy) {
    TaxBreakdown breakdown;
    breakdown.lines.resize(lines.size());

    std::vector<std::int32_t> rates(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        auto rate = table.rateFor(lines[i].taxClass);
        if (!rate)
            return rate.error();
        rates[i] = rate.value();
    }

    // Running exact tax per rate, for cumulative rounding in PerTotal mode.
    std::map<std::int32_t, Int128> cumulativeAmount;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::int32_t bp = rates[i];
        std::int64_t tax = 0;
        if (policy.scope == TaxRoundingScope::PerLine) {
            const ExactTax exact = exactTax(lines[i].amount, bp, policy.priceMode);
            tax = divideRounded(exact.numerator, exact.denominator, policy.rounding);
        } else {
            Int128& running = cumulativeAmount[bp];
            const ExactTax before = exactTax(running, bp, policy.priceMode);
            running += lines[i].amount;
            const ExactTax after = exactTax(running, bp, policy.priceMode);
            tax = divideRounded(after.numerator, after.denominator, policy.rounding) -
                  divideRounded(before.numerator, before.denominator, policy.rounding);
        }
        breakdown.lines[i] = lineAmounts(lines[i].amount, tax, bp, policy.priceMode);
    }

    std::map<std::int32_t, TaxAmounts, std::greater<>> byRate;
    for (const TaxAmounts& line : breakdown.lines) {
        TaxAmounts& rate = byRate[line.basisPoints];
        rate.basisPoints = line.basisPoints;
        rate.net += line.net;
        rate.tax += line.tax;
        rate.gross += line.gross;
    }
    for (const auto& [bp, rate] : byRate) {
        breakdown.rates.push_back(rate);
        breakdown.net += rate.net;
        breakdown.tax += rate.tax;
        breakdown.gross += rate.gross;
    }
    return breakdown;
}

} // namespace tp::domain
