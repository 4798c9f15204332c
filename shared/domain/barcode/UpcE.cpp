#include "domain/barcode/UpcE.h"

#include <string>

#include "domain/barcode/BarcodeText.h"

namespace tp::domain {

Result<Gtin> expandUpcE(std::string_view upcE) {
    if (const std::size_t bad = barcode_detail::firstNonDigit(upcE); bad != std::string_view::npos)
        return makeError("invalid_character", "A UPC-E code holds only digits; " +
                                                  barcode_detail::quoteForMessage(upcE) + " has " +
                                                  barcode_detail::quoteForMessage(upcE.substr(bad, 1)) +
                                                  " at position " + std::to_string(bad + 1) + ".");
    if (upcE.size() != 8)
        return makeError("invalid_length", "A UPC-E code has 8 digits (number system, six digits, check digit); " +
                                               barcode_detail::quoteForMessage(upcE) + " has " +
                                               std::to_string(upcE.size()) + ".");
    const char numberSystem = upcE[0];
    if (numberSystem != '0' && numberSystem != '1')
        return makeError("invalid_number_system", "UPC-E " + std::string(upcE) + " starts with number system " +
                                                      numberSystem + "; UPC-E only exists for number systems 0 and 1.");

    const std::string_view d = upcE.substr(1, 6);
    const char last = d[5];
    std::string upcA(1, numberSystem);
    if (last <= '2') {
        upcA.append(d.substr(0, 2)).append(1, last).append("0000").append(d.substr(2, 3));
    } else if (last == '3') {
        upcA.append(d.substr(0, 3)).append("00000").append(d.substr(3, 2));
    } else if (last == '4') {
        upcA.append(d.substr(0, 4)).append("00000").append(d.substr(4, 1));
    } else {
        upcA.append(d.substr(0, 5)).append("0000").append(1, last);
    }

    const int expected = Gtin::checkDigit(upcA).value();
    const int actual = barcode_detail::digitValue(upcE[7]);
    if (expected != actual)
        return makeError("invalid_check_digit", "The check digit of UPC-E " + std::string(upcE) + " should be " +
                                                    std::to_string(expected) + " (computed over its UPC-A form " +
                                                    upcA + "), not " + std::to_string(actual) + ".");
    upcA += barcode_detail::digitChar(expected);
    return Gtin::parse(upcA);
}

} // namespace tp::domain
