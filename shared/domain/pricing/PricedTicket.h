#pragma once

#include <cstdint>
#include <vector>

#include "domain/money/Currency.h"
#include "domain/tax/TaxCalculation.h"

namespace tp::domain {

// A ticket line with every amount the order and the receipt need, in minor units.
struct PricedLine {
    std::int64_t amount = 0;         // unit price × quantity, before any discount
    std::int64_t lineDiscount = 0;   // the line's own discount
    std::int64_t ticketDiscount = 0; // this line's share of the ticket discount
    std::int64_t couponDiscount = 0; // this line's share of the coupon
    std::int32_t taxBasisPoints = 0;
    std::int64_t net = 0;
    std::int64_t tax = 0;
    std::int64_t total = 0; // what the customer pays for the line (gross)

    std::int64_t discount() const { return lineDiscount + ticketDiscount + couponDiscount; }
};

// Totals of a priced ticket. They always add up:
//   total == Σ line.total == subtotal − discount (+ tax when prices exclude tax)
//   tax == Σ line.tax == Σ vat[i].tax
struct TicketTotals {
    std::int64_t subtotal = 0;
    std::int64_t discount = 0;
    std::int64_t tax = 0;
    std::int64_t total = 0;
};

struct PricedTicket {
    Currency currency;
    std::vector<PricedLine> lines;
    TicketTotals totals;
    std::vector<TaxAmounts> vat; // per rate, highest first: the receipt's VAT summary
};

} // namespace tp::domain
