#include "domain/barcode/InStoreGtin.h"

#include <string>

namespace tp::domain {

Result<Gtin> InStoreGtin::make(std::uint64_t itemNumber) {
    if (itemNumber >= kItemNumbers)
        return makeError("invalid_item_number",
                         "an in-store item number has at most ten digits, not " + std::to_string(itemNumber));
    std::string digits = std::to_string(itemNumber);
    digits = "20" + std::string(10 - digits.size(), '0') + digits;
    auto check = Gtin::checkDigit(digits);
    if (!check)
        return check.error();
    return Gtin::parse(digits + char('0' + check.value()));
}

bool InStoreGtin::isInStore(const Gtin& gtin) {
    return gtin.length() == 13 && gtin.digits().rfind("20", 0) == 0;
}

} // namespace tp::domain
