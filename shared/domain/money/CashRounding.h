#pragma once

#include <cstdint>

#include "domain/core/Result.h"
#include "domain/core/Rounding.h"
#include "domain/money/Currency.h"
#include "domain/money/Money.h"

namespace tp::domain {

// How cash payments are rounded where the smallest coins are gone: Switzerland pays cash to
// 0.05 CHF, Sweden and Norway to whole kronor, Denmark to 0.50 DKK. Only cash tenders are
// rounded; card payments keep the exact total.
struct CashRoundingRule {
    std::int64_t increment = 1; // in minor units; 1 means "no cash rounding"
    RoundingMode mode = RoundingMode::HalfUp;

    // The customary rule for a currency's cash; currencies without one get increment 1.
    static CashRoundingRule forCurrency(const Currency& currency);
};

// The rounded cash amount and the separate "cash rounding" line a receipt prints, so the
// ticket's total stays exact and the difference is booked on its own: due == total + adjustment.
struct CashRounding {
    Money due;
    Money adjustment;
};

// increment must be ≥ 1 ("invalid_cash_rounding" otherwise).
Result<CashRounding> roundForCash(const Money& total, const CashRoundingRule& rule);

} // namespace tp::domain
