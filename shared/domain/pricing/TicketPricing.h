#pragma once

#include "domain/core/Result.h"
#include "domain/pricing/PricedTicket.h"
#include "domain/pricing/Ticket.h"
#include "domain/tax/TaxPolicy.h"
#include "domain/tax/TaxTable.h"

namespace tp::domain {

// Prices a ticket. The steps, each in exact integer arithmetic:
//  1. line amount = unit price × qty_milli / 1000, rounded with the policy's mode;
//  2. line discount (% of the amount, or a fixed amount no larger than the line);
//  3. ticket discount on what the lines now come to, split over the sold (positive) lines in
//     proportion by largest remainder, so the shares sum to the discount exactly;
//  4. coupon: checked against its rules, computed on the lines in its scope, and split over
//     them the same way; a fixed coupon larger than those lines is capped at them;
//  5. tax on each line's discounted amount (see computeTax), and the line total.
// Refusals: "invalid_quantity", "invalid_price", "invalid_discount", "discount_exceeds_line",
// "discount_exceeds_total", "unknown_tax_class", "coupon_*" (from checkCouponRedeemable, or
// "coupon_not_applicable" when no line is in its scope), "amount_overflow".
Result<PricedTicket> priceTicket(const Ticket& ticket, const TaxTable& taxes, const TaxPolicy& policy);

} // namespace tp::domain
