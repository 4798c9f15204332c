#pragma once

#include <QString>

#include <map>
#include <optional>
#include <string>

#include "domain/barcode/VariableMeasureNomenclature.h"
#include "domain/money/CashRounding.h"
#include "domain/pricing/Coupon.h"
#include "domain/tax/TaxPolicy.h"
#include "domain/tax/TaxTable.h"

namespace tp::demo {

// A product of the demo catalog: what a scan resolves to.
struct DemoProduct {
    std::string sku;
    std::string name;
    std::string categoryId;
    std::string taxClass;
    std::int64_t unitPrice = 0; // minor units; per kilogram for weighed goods
};

// A shop with its catalog, taxes and one coupon: the stand-in for the server's demo shop
// until tillpoint-server exists. Two are built in, to show the same basket under two regimes.
struct DemoStore {
    QString name;
    tp::domain::Currency currency;
    tp::domain::TaxTable taxes;
    tp::domain::TaxPolicy taxPolicy;
    std::map<std::string, std::string> taxLetters; // tax class → the letter receipts print
    tp::domain::CashRoundingRule cashRounding;
    tp::domain::VariableMeasureNomenclature nomenclature;
    std::map<std::string, DemoProduct> productsByGtin;     // 14-digit GTIN
    std::map<std::string, DemoProduct> productsByItemCode; // "<rcn prefix><item code>" for scale labels
    tp::domain::Coupon coupon;

    // "berlin" (EUR, VAT 19 % / 7 % included) or "zurich" (CHF, VAT 8.1 % / 2.6 %, cash to 0.05).
    static std::optional<DemoStore> named(const QString& name);
};

} // namespace tp::demo
