#include "domain/barcode/VariableMeasureNomenclature.h"

#include "domain/barcode/BarcodeText.h"
#include "domain/barcode/DecimalScaling.h"
#include "domain/barcode/PriceCheckDigit.h"

namespace tp::domain {

namespace {

constexpr int kRcnLength = 13;
constexpr int kPrefixDigits = 2;
constexpr int kQtyDecimals = 3;

bool isRcnPrefix(std::string_view prefix) {
    return prefix.size() == 2 && barcode_detail::isAllDigits(prefix) && (prefix == "02" || prefix[0] == '2');
}

// The 13 digits of an RCN (GTIN-13 form), whatever length the Gtin was read in.
std::string rcn13(const Gtin& gtin) {
    return gtin.gtin14().substr(1);
}

Error ruleError(const VariableMeasureRule& rule, const std::string& problem) {
    return makeError("invalid_nomenclature", "Variable-measure rule for prefix " +
                                                 barcode_detail::quoteForMessage(rule.prefix) + ": " + problem + ".");
}

Result<void> validateRule(const VariableMeasureRule& rule) {
    if (!isRcnPrefix(rule.prefix))
        return ruleError(rule, "the prefix must be 02 or 20 to 29, the GS1 restricted-circulation prefixes");
    if (rule.itemDigits < 1 || rule.itemDigits > 9)
        return ruleError(rule, "the item code needs 1 to 9 digits, not " + std::to_string(rule.itemDigits));
    if (rule.valueDigits < 1 || rule.valueDigits > 9)
        return ruleError(rule, "the value needs 1 to 9 digits, not " + std::to_string(rule.valueDigits));
    if (rule.decimals < 0 || rule.decimals > rule.valueDigits)
        return ruleError(rule, "decimals must be between 0 and the " + std::to_string(rule.valueDigits) +
                                   " value digits, not " + std::to_string(rule.decimals));
    if (rule.priceCheckDigit && rule.valueDigits != 4 && rule.valueDigits != 5)
        return ruleError(rule, "a price check digit only exists for 4- or 5-digit values");
    const int total = kPrefixDigits + rule.itemDigits + (rule.priceCheckDigit ? 1 : 0) + rule.valueDigits + 1;
    if (total != kRcnLength)
        return ruleError(rule, "prefix, item code, " + std::string(rule.priceCheckDigit ? "price check digit, " : "") +
                                   "value and check digit make " + std::to_string(total) +
                                   " digits, not the 13 of a GTIN-13");
    return {};
}

} // namespace

std::string_view toString(VariableMeasure measure) {
    switch (measure) {
    case VariableMeasure::Weight:
        return "weight";
    case VariableMeasure::Price:
        return "price";
    }
    return "weight";
}

Result<VariableMeasureNomenclature> VariableMeasureNomenclature::create(std::vector<VariableMeasureRule> rules,
                                                                        int currencyDecimals) {
    if (currencyDecimals < 0 || currencyDecimals > 4)
        return makeError("invalid_nomenclature",
                         "A currency has 0 to 4 minor-unit digits, not " + std::to_string(currencyDecimals) + ".");
    for (std::size_t i = 0; i < rules.size(); ++i) {
        if (auto valid = validateRule(rules[i]); !valid)
            return valid.error();
        for (std::size_t j = 0; j < i; ++j) {
            if (rules[j].prefix == rules[i].prefix)
                return ruleError(rules[i], "the prefix has two rules; a prefix can only mean one thing");
        }
    }
    return VariableMeasureNomenclature(std::move(rules), currencyDecimals);
}

VariableMeasureNomenclature VariableMeasureNomenclature::defaults() {
    return VariableMeasureNomenclature(
        {{"21", 5, 5, 3, VariableMeasure::Weight, false}, {"23", 5, 5, 2, VariableMeasure::Price, false}}, 2);
}

bool VariableMeasureNomenclature::isRestrictedCirculation(const Gtin& gtin) {
    // A GTIN-8 pads to "000000…", so it never looks like an RCN-13 here.
    const std::string digits14 = gtin.gtin14();
    return digits14[0] == '0' && isRcnPrefix(std::string_view(digits14).substr(1, 2));
}

const VariableMeasureRule* VariableMeasureNomenclature::ruleFor(const Gtin& gtin) const {
    if (!isRestrictedCirculation(gtin))
        return nullptr;
    const std::string digits = rcn13(gtin);
    for (const VariableMeasureRule& rule : m_rules) {
        if (digits.compare(0, kPrefixDigits, rule.prefix) == 0)
            return &rule;
    }
    return nullptr;
}

Result<VariableMeasureItem> VariableMeasureNomenclature::decode(const Gtin& gtin) const {
    if (!isRestrictedCirculation(gtin))
        return makeError("not_restricted_circulation",
                         "GTIN " + gtin.digits() +
                             " is no restricted-circulation number (prefix 02 or 20 to 29), so it carries no weight "
                             "or price.");
    const VariableMeasureRule* rule = ruleFor(gtin);
    const std::string digits = rcn13(gtin);
    if (rule == nullptr)
        return makeError("no_variable_measure_rule", "No variable-measure rule is configured for prefix " +
                                                         digits.substr(0, kPrefixDigits) + " (code " + digits + ").");

    std::size_t position = kPrefixDigits;
    const std::string itemCode = digits.substr(position, static_cast<std::size_t>(rule->itemDigits));
    position += static_cast<std::size_t>(rule->itemDigits);
    const std::size_t checkPosition = position;
    if (rule->priceCheckDigit)
        ++position;
    const std::string value = digits.substr(position, static_cast<std::size_t>(rule->valueDigits));

    if (rule->priceCheckDigit) {
        const int expected = priceCheckDigit(value).value();
        const int actual = barcode_detail::digitValue(digits[checkPosition]);
        if (expected != actual)
            return makeError("invalid_price_check_digit", "The price check digit of " + digits + " should be " +
                                                              std::to_string(expected) + " for the value " + value +
                                                              ", not " + std::to_string(actual) + ".");
    }

    VariableMeasureItem item{rule->prefix, itemCode, rule->measure, 0, 0};
    const std::int64_t raw = barcode_detail::parseDigits(value);
    if (rule->measure == VariableMeasure::Weight)
        item.qtyMilli = barcode_detail::rescaleDecimal(raw, rule->decimals, kQtyDecimals);
    else
        item.priceMinor = barcode_detail::rescaleDecimal(raw, rule->decimals, m_currencyDecimals);
    return item;
}

} // namespace tp::domain
