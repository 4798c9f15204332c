#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/barcode/Gtin.h"
#include "domain/core/Result.h"

namespace tp::domain {

// What the value digits of a variable-measure code carry.
enum class VariableMeasure {
    Weight, // kilograms, returned as qtyMilli
    Price,  // the label price, returned in currency minor units
};

std::string_view toString(VariableMeasure measure);

// How one restricted-circulation prefix lays out its 13 digits. The order is fixed:
//
//   prefix (2) | item code (itemDigits) | [price check digit (1)] | value (valueDigits) | check (1)
//
// e.g. weight "21 IIIII NNDDD c" is {"21", 5, 5, 3, Weight, false}: item 5 digits, 5 value
// digits of which 3 are decimals (kg with grams). The digits must add up to 13.
struct VariableMeasureRule {
    std::string prefix;  // "02" (UPC-A number system 2) or "20" … "29"
    int itemDigits = 5;  // the in-store item code (PLU) after the prefix
    int valueDigits = 5; // digits of the weight or price
    int decimals = 3;    // implied decimals of the value (3: NN.DDD)
    VariableMeasure measure = VariableMeasure::Weight;
    bool priceCheckDigit = false; // GS1 price/weight check digit in front of a 4- or 5-digit value

    friend bool operator==(const VariableMeasureRule&, const VariableMeasureRule&) = default;
};

// A variable-measure code read through its rule.
struct VariableMeasureItem {
    std::string prefix;   // the rule's prefix, e.g. "21"
    std::string itemCode; // the item digits, to look the item up by (together with the prefix)
    VariableMeasure measure = VariableMeasure::Weight;
    std::int64_t qtyMilli = 0;   // Weight: kilograms in thousandths
    std::int64_t priceMinor = 0; // Price: minor units of the shop currency

    friend bool operator==(const VariableMeasureItem&, const VariableMeasureItem&) = default;
};

// The shop's nomenclature for GS1 restricted-circulation numbers (RCN-13: GTIN-13 with prefix
// 02 or 20–29): scales print weight and price labels whose digits mean different things per
// country and per chain, so which prefix holds what is configuration, one rule per prefix.
//
// Decoding a code: pick the rule by its first two digits, cut item code and value out, verify
// the price/weight check digit when the rule has one, and scale the value to qtyMilli or to
// minor units (adding decimals is exact, dropping them rounds half-up).
class VariableMeasureNomenclature {
public:
    // Validates the rules: a two-digit RCN prefix, each prefix once, positive digit counts
    // adding up to 13, 0 ≤ decimals ≤ valueDigits, and a price check digit only in front of 4
    // or 5 value digits. currencyDecimals (0–4) is the number of minor-unit digits of the shop
    // currency, what a price is scaled to. Error: "invalid_nomenclature".
    static Result<VariableMeasureNomenclature> create(std::vector<VariableMeasureRule> rules, int currencyDecimals = 2);

    // The common GS1 layouts: weight "21 IIIII NNDDD c" (kg, 3 decimals) and price
    // "23 IIIII NNNDD c" (2 decimals), no price check digit.
    static VariableMeasureNomenclature defaults();

    // True for a GTIN-13 (or GTIN-12/14 with the same digits) with prefix 02 or 20–29.
    static bool isRestrictedCirculation(const Gtin& gtin);

    const std::vector<VariableMeasureRule>& rules() const { return m_rules; }
    int currencyDecimals() const { return m_currencyDecimals; }

    // The rule for `gtin`'s prefix, or nullptr when it is no RCN or its prefix is not configured.
    const VariableMeasureRule* ruleFor(const Gtin& gtin) const;

    // Reads a variable-measure code. Errors: "not_restricted_circulation", "no_variable_measure_rule"
    // (an RCN whose prefix has no rule), "invalid_price_check_digit".
    Result<VariableMeasureItem> decode(const Gtin& gtin) const;

private:
    VariableMeasureNomenclature(std::vector<VariableMeasureRule> rules, int currencyDecimals)
        : m_rules(std::move(rules))
        , m_currencyDecimals(currencyDecimals) {}

    std::vector<VariableMeasureRule> m_rules;
    int m_currencyDecimals = 2;
};

} // namespace tp::domain
