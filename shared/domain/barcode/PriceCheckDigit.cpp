#include "domain/barcode/PriceCheckDigit.h"

#include <array>
#include <string>

#include "domain/barcode/BarcodeText.h"

namespace tp::domain {

namespace {

// Weighted products by digit 0–9 (GS1 General Specifications, figures 7.9.2-1 to 7.9.2-4).
constexpr std::array<int, 10> kTwoMinus{0, 2, 4, 6, 8, 9, 1, 3, 5, 7};
constexpr std::array<int, 10> kThree{0, 3, 6, 9, 2, 5, 8, 1, 4, 7};
constexpr std::array<int, 10> kFivePlus{0, 5, 1, 6, 2, 7, 3, 8, 4, 9};
constexpr std::array<int, 10> kFiveMinus{0, 5, 9, 4, 8, 3, 7, 2, 6, 1};

int weighted(const std::array<int, 10>& table, char digit) {
    return table[static_cast<std::size_t>(barcode_detail::digitValue(digit))];
}

} // namespace

Result<int> priceCheckDigit(std::string_view value) {
    if (const std::size_t bad = barcode_detail::firstNonDigit(value); bad != std::string_view::npos)
        return makeError("invalid_character", "A price or weight holds only digits; " +
                                                  barcode_detail::quoteForMessage(value) + " does not.");
    if (value.size() == 4) {
        const int sum = weighted(kTwoMinus, value[0]) + weighted(kTwoMinus, value[1]) + weighted(kThree, value[2]) +
                        weighted(kFiveMinus, value[3]);
        return (sum * 3) % 10;
    }
    if (value.size() == 5) {
        const int sum = weighted(kFivePlus, value[0]) + weighted(kTwoMinus, value[1]) + weighted(kFiveMinus, value[2]) +
                        weighted(kFivePlus, value[3]) + weighted(kTwoMinus, value[4]);
        const int toNextTen = (10 - sum % 10) % 10;
        // 5- is a permutation of 0–9, so exactly one digit maps onto toNextTen.
        for (int digit = 0; digit < 10; ++digit) {
            if (kFiveMinus[static_cast<std::size_t>(digit)] == toNextTen)
                return digit;
        }
    }
    return makeError("invalid_length", "A price/weight check digit covers 4 or 5 digits; " +
                                           barcode_detail::quoteForMessage(value) + " has " +
                                           std::to_string(value.size()) + ".");
}

} // namespace tp::domain
