#pragma once

#include <string>

#include "MoneyTestSupport.h"
#include "domain/pricing/TicketPricing.h"

// A German store: prices include VAT, 19 % standard, 7 % reduced, 0 % zero-rated.
inline tp::domain::TaxTable germanStoreRates() {
    tp::domain::TaxTable table;
    (void)table.setRate("standard", 1900);
    (void)table.setRate("reduced", 700);
    (void)table.setRate("zero", 0);
    return table;
}

inline tp::domain::TicketLine line(std::string sku, std::int64_t unitPrice, std::int64_t qtyMilli,
                                   std::string taxClass = "standard", std::string category = "",
                                   tp::domain::Discount discount = {}) {
    std::vector<std::string> categories;
    if (!category.empty())
        categories.push_back(std::move(category));
    return {std::move(sku), std::move(categories), std::move(taxClass), unitPrice, qtyMilli, discount};
}

inline tp::domain::Ticket euroTicket(std::vector<tp::domain::TicketLine> lines) {
    return tp::domain::Ticket{currency("EUR"), std::move(lines), {}, std::nullopt, {}, tp::domain::Timestamp{}};
}
