#include "domain/barcode/Gtin.h"

#include "domain/barcode/BarcodeText.h"

namespace tp::domain {

namespace {

// GS1 mod 10 over digits already known to be 0–9.
int mod10CheckDigit(std::string_view payload) {
    int sum = 0;
    bool weightThree = true; // the rightmost payload digit carries weight 3
    for (auto it = payload.rbegin(); it != payload.rend(); ++it) {
        sum += barcode_detail::digitValue(*it) * (weightThree ? 3 : 1);
        weightThree = !weightThree;
    }
    return (10 - sum % 10) % 10;
}

Error nonDigitError(std::string_view text, std::size_t position, std::string_view what) {
    return makeError("invalid_character", std::string(what) + " holds only digits; " +
                                              barcode_detail::quoteForMessage(text) + " has " +
                                              barcode_detail::quoteForMessage(text.substr(position, 1)) +
                                              " at position " + std::to_string(position + 1) + ".");
}

} // namespace

Result<int> Gtin::checkDigit(std::string_view payload) {
    if (const std::size_t bad = barcode_detail::firstNonDigit(payload); bad != std::string_view::npos)
        return nonDigitError(payload, bad, "A check digit payload");
    if (payload.empty() || payload.size() > 17)
        return makeError("invalid_length", "A GS1 check digit is computed over 1 to 17 digits, not " +
                                               std::to_string(payload.size()) + ".");
    return mod10CheckDigit(payload);
}

Result<Gtin> Gtin::parse(std::string_view digits) {
    if (const std::size_t bad = barcode_detail::firstNonDigit(digits); bad != std::string_view::npos)
        return nonDigitError(digits, bad, "A GTIN");
    const std::size_t size = digits.size();
    if (size != 8 && size != 12 && size != 13 && size != 14)
        return makeError("invalid_length", "A GTIN has 8, 12, 13 or 14 digits; " +
                                               barcode_detail::quoteForMessage(digits) + " has " +
                                               std::to_string(size) + ".");
    const int expected = mod10CheckDigit(digits.substr(0, size - 1));
    const int actual = barcode_detail::digitValue(digits.back());
    if (expected != actual)
        return makeError("invalid_check_digit", "The check digit of GTIN " + std::string(digits) + " should be " +
                                                    std::to_string(expected) + ", not " + std::to_string(actual) +
                                                    "; the code was misread or mistyped.");
    return Gtin(std::string(digits));
}

} // namespace tp::domain
