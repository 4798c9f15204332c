#pragma once

#include <cstdint>

namespace tp::domain {

// Loyalty points for money paid: `ratePerUnit` points per whole unit of the currency (one
// euro, not one cent; `minorPerMajor` says how many minor units that is), whole points only,
// truncated toward zero with the amount's sign, so money given back takes back what it earned.
// The server books them and the register shows them with this one rule.
std::int64_t loyaltyPointsFor(std::int64_t amountMinor, std::int64_t ratePerUnit, std::int64_t minorPerMajor);

} // namespace tp::domain
