#pragma once

#include "domain/core/Rounding.h"

namespace tp::domain {

// Whether shelf prices include tax (European retail) or have it added at the till (US, B2B).
enum class PriceMode { TaxInclusive, TaxExclusive };

// Where tax is rounded: on every line (the default, what most tills print) or once per rate
// over the ticket's total (what some jurisdictions and invoicing rules require).
enum class TaxRoundingScope { PerLine, PerTotal };

// A store's tax settings.
struct TaxPolicy {
    PriceMode priceMode = PriceMode::TaxInclusive;
    RoundingMode rounding = RoundingMode::HalfUp;
    TaxRoundingScope scope = TaxRoundingScope::PerLine;
};

} // namespace tp::domain
