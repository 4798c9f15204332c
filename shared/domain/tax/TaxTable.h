#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "domain/core/Result.h"

namespace tp::domain {

// A store's tax rates: each product carries a tax class ("standard", "reduced", "zero"), and
// each store maps classes to rates in basis points (1900 = 19 %), so one catalog sells in
// stores under different tax regimes.
class TaxTable {
public:
    // Rates from 0 to 100 % (0–10000 bp); anything else → "invalid_tax_rate".
    Result<void> setRate(std::string_view taxClass, std::int32_t basisPoints);
    // Unknown class → "unknown_tax_class", naming it: a sale must never guess a tax rate.
    Result<std::int32_t> rateFor(std::string_view taxClass) const;

private:
    std::map<std::string, std::int32_t, std::less<>> m_rates;
};

} // namespace tp::domain
