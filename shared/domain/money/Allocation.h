#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "domain/core/Result.h"
#include "domain/money/Money.h"

namespace tp::domain {

// Splits `amount` over `weights` in proportion, losing no minor unit: the shares always sum
// to `amount` exactly. Used to spread a ticket discount or coupon over lines, a per-total tax
// over lines, and a payment over tenders.
//
// Largest-remainder method: every share starts as floor(|amount| × weight / Σweights); the
// units left over go one each to the shares with the largest fractional remainders, ties to
// the earlier position, so the result is deterministic. A negative amount is split as its
// magnitude and negated, so a refund mirrors its sale exactly. Weights must be ≥ 0 with a
// positive sum ("invalid_weights" otherwise); zero-weight positions get exactly zero.
Result<std::vector<std::int64_t>> allocateLargestRemainder(std::int64_t amount, std::span<const std::int64_t> weights);

// The same over Money: every share is in the amount's currency.
Result<std::vector<Money>> allocate(const Money& amount, std::span<const std::int64_t> weights);

} // namespace tp::domain
