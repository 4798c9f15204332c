#include "domain/tax/TaxTable.h"

namespace tp::domain {

Result<void> TaxTable::setRate(std::string_view taxClass, std::int32_t basisPoints) {
    if (taxClass.empty())
        return makeError("invalid_tax_class", "a tax class needs a name");
    if (basisPoints < 0 || basisPoints > 10000) {
        return makeError("invalid_tax_rate", "the rate of tax class \"" + std::string(taxClass) +
                                                 "\" must be between 0 and 10000 basis points (0–100 %)");
    }
    m_rates.insert_or_assign(std::string(taxClass), basisPoints);
    return {};
}

Result<std::int32_t> TaxTable::rateFor(std::string_view taxClass) const {
    const auto found = m_rates.find(taxClass);
    if (found == m_rates.end())
        return makeError("unknown_tax_class",
                         "this store has no tax rate for tax class \"" + std::string(taxClass) + "\"");
    return found->second;
}

} // namespace tp::domain
