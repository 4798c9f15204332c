#pragma once

#include <cstdint>
#include <vector>

#include <QList>
#include <QString>

#include "domain/money/Currency.h"
#include "domain/pricing/PricedTicket.h"

namespace tp::pos::devices {

// One sold (or returned) line as the receipt shows it: what the cashier rang and what pricing
// made of it. Amounts in minor units, quantities in thousandths.
struct ReceiptLine {
    QString description;
    std::int64_t qtyMilli = 1000;
    std::int64_t unitPrice = 0;
    bool weighed = false;      // show "0.750 kg x 24.90/kg" instead of pieces
    QString discountLabel;     // "10% off", shown when the line has a discount
    domain::PricedLine priced; // amount, discounts, tax rate and total from priceTicket()
};

struct ReceiptTender {
    QString label; // "Cash", "Card", "Gift card"
    std::int64_t amount = 0;
};

// Everything one receipt prints, taken from a finished sale. Nothing is computed from it but
// layout: totals, VAT and change are the sale's stored facts, printed as they are.
struct ReceiptData {
    domain::Currency currency = domain::Currency::fromCode("EUR").value();
    QString receiptNumber; // <store>-<register>-<seq>, also printed as a CODE128 for returns
    QString issuedAt;      // already in the store's local time and format
    QString cashier;
    QList<ReceiptLine> lines;
    domain::TicketTotals totals;
    std::vector<domain::TaxAmounts> vat; // per rate, highest first (PricedTicket::vat)
    QList<ReceiptTender> tenders;
    std::int64_t change = 0;
    std::int64_t cashRounding = 0; // what rounding the cash total to 0.05 etc. added
};

} // namespace tp::pos::devices
