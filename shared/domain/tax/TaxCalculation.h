#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "domain/core/Result.h"
#include "domain/tax/TaxPolicy.h"
#include "domain/tax/TaxTable.h"

namespace tp::domain {

// One taxable line: its amount after discounts in minor units, as the store prices it
// (gross when prices include tax, net when they do not), and its product's tax class.
struct TaxableAmount {
    std::int64_t amount = 0;
    std::string taxClass;
};

// Net, tax and gross of one line or one rate; always net + tax == gross.
struct TaxAmounts {
    std::int32_t basisPoints = 0;
    std::int64_t net = 0;
    std::int64_t tax = 0;
    std::int64_t gross = 0;
};

// The tax of a ticket: per line (in input order), per rate (highest rate first: the VAT
// summary a receipt prints) and overall. The per-rate rows are sums of their lines, and the
// totals are sums of the rates, so every printed figure adds up to the cent.
struct TaxBreakdown {
    std::vector<TaxAmounts> lines;
    std::vector<TaxAmounts> rates;
    std::int64_t net = 0;
    std::int64_t tax = 0;
    std::int64_t gross = 0;
};

// Computes the tax of `lines` under `policy`.
//
// The tax of an amount A at rate r (basis points) is A·r/10000 when A is net, and
// A·r/(10000+r) when A is gross (the tax contained in a tax-inclusive price).
//  - PerLine: each line's tax is rounded on its own; a rate's tax is the sum of its lines.
//  - PerTotal: each rate's tax is rounded once over the sum of its lines. Lines still get a
//    tax each (orders store them), found by cumulative rounding: line i gets
//    round(C_i) − round(C_{i−1}), where C_i is the exact tax of lines 1..i of that rate. The
//    lines then sum to the rate's tax exactly, each is within one minor unit of its exact
//    share, and it works for negative (returned) lines too.
Result<TaxBreakdown> computeTax(std::span<const TaxableAmount> lines, const TaxTable& table, const TaxPolicy& policy);

} // namespace tp::domain
