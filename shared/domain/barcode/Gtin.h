#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "domain/core/Result.h"

namespace tp::domain {

// A Global Trade Item Number whose check digit has been verified: GTIN-8 (EAN-8), GTIN-12
// (UPC-A), GTIN-13 (EAN-13) or GTIN-14 (ITF-14, GS1 AI 01). Only parse() makes one, so a
// Gtin in hand is always well-formed.
//
// Check digit (GS1 General Specifications 7.9.1, "mod 10"): weight the digits before the
// check digit 3, 1, 3, 1, … starting from the rightmost one, add the products, and the check
// digit is what brings the sum up to the next multiple of ten. Every single-digit error and
// most swaps of neighbouring digits change it.
//
// The same item can be scanned in different lengths (UPC-A 036000291452 is EAN-13
// 0036000291452), so lookups should use gtin14(), the form left-padded with zeros to 14
// digits that GS1 recommends for databases; digits() keeps the form as read.
class Gtin {
public:
    // Parses 8, 12, 13 or 14 digits and verifies the check digit. Errors: "invalid_character",
    // "invalid_length", "invalid_check_digit".
    static Result<Gtin> parse(std::string_view digits);

    // The GS1 mod-10 check digit for `payload`, the 1 to 17 digits in front of it (the same
    // algorithm serves GTINs, GLNs and SSCCs). Errors: "invalid_character", "invalid_length".
    static Result<int> checkDigit(std::string_view payload);

    // The digits as read, check digit included.
    const std::string& digits() const { return m_digits; }
    std::size_t length() const { return m_digits.size(); }

    // The 14-digit form: digits() left-padded with zeros.
    std::string gtin14() const { return std::string(14 - m_digits.size(), '0') + m_digits; }

    // Two GTINs name the same item when their 14-digit forms match, whatever length was read.
    friend bool operator==(const Gtin& lhs, const Gtin& rhs) { return lhs.gtin14() == rhs.gtin14(); }

private:
    explicit Gtin(std::string digits)
        : m_digits(std::move(digits)) {}

    std::string m_digits;
};

} // namespace tp::domain
