#include "domain/barcode/Gs1ElementString.h"

#include <array>

#include "domain/barcode/BarcodeText.h"
#include "domain/barcode/DecimalScaling.h"

namespace tp::domain {

namespace {

enum class Field { Gtin, BatchLot, Expiry, NetWeight };

struct AiSpec {
    std::string_view ai;
    Field field;
    std::size_t fixedLength; // 0: variable length up to maxLength
    std::size_t maxLength;
    int decimals; // 310n only
};

constexpr std::array<AiSpec, 9> kSupportedAis{{
    {"01", Field::Gtin, 14, 14, 0},
    {"10", Field::BatchLot, 0, 20, 0},
    {"17", Field::Expiry, 6, 6, 0},
    {"3100", Field::NetWeight, 6, 6, 0},
    {"3101", Field::NetWeight, 6, 6, 1},
    {"3102", Field::NetWeight, 6, 6, 2},
    {"3103", Field::NetWeight, 6, 6, 3},
    {"3104", Field::NetWeight, 6, 6, 4},
    {"3105", Field::NetWeight, 6, 6, 5},
}};

constexpr std::string_view kSupportedList = "(01), (10), (17) and (3100) to (3105)";

const AiSpec* findAi(std::string_view ai) {
    for (const AiSpec& spec : kSupportedAis) {
        if (spec.ai == ai)
            return &spec;
    }
    return nullptr;
}

Error unknownAi(std::string_view ai) {
    return makeError("unknown_application_identifier", "Application identifier " + barcode_detail::quoteForMessage(ai) +
                                                           " is not supported; Tillpoint reads " +
                                                           std::string(kSupportedList) + ".");
}

// GS1 AI encodable character set 82 (General Specifications 7.11, figure 7.11-1).
bool isCset82(char c) {
    if (barcode_detail::isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
        return true;
    constexpr std::string_view punctuation = "!\"%&'()*+,-./:;<=>?_";
    return punctuation.find(c) != std::string_view::npos;
}

int daysInMonth(int yy, int month) {
    constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    // Every yy divisible by 4 is a leap year for the years 2000–2099 the century rule yields today.
    if (month == 2 && yy % 4 == 0)
        return 29;
    return days[static_cast<std::size_t>(month - 1)];
}

Result<Gs1Date> parseDate(std::string_view value) {
    Gs1Date date;
    date.yy = static_cast<int>(barcode_detail::parseDigits(value.substr(0, 2)));
    date.month = static_cast<int>(barcode_detail::parseDigits(value.substr(2, 2)));
    const int day = static_cast<int>(barcode_detail::parseDigits(value.substr(4, 2)));
    if (date.month < 1 || date.month > 12)
        return makeError("invalid_date", "Date (17)" + std::string(value) + " has month " + std::to_string(date.month) +
                                             "; a month is 01 to 12.");
    const int lastDay = daysInMonth(date.yy, date.month);
    if (day > lastDay)
        return makeError("invalid_date", "Date (17)" + std::string(value) + " has day " + std::to_string(day) +
                                             " but that month has " + std::to_string(lastDay) + " days.");
    date.endOfMonth = day == 0;
    date.day = day == 0 ? lastDay : day;
    return date;
}

// Checks one element and stores it in `out`.
Result<void> applyElement(const AiSpec& spec, std::string_view value, Gs1ElementString& out) {
    const std::string label = "(" + std::string(spec.ai) + ")";
    if (spec.fixedLength != 0 && (value.size() != spec.fixedLength || !barcode_detail::isAllDigits(value)))
        return makeError("invalid_element", "AI " + label + " holds exactly " + std::to_string(spec.fixedLength) +
                                                " digits, not " + barcode_detail::quoteForMessage(value) + ".");
    switch (spec.field) {
    case Field::Gtin: {
        if (out.gtin)
            break;
        auto gtin = Gtin::parse(value);
        if (!gtin)
            return makeError(gtin.error().code, "AI (01): " + gtin.error().message);
        out.gtin = std::move(gtin).value();
        return {};
    }
    case Field::BatchLot: {
        if (out.batchLot)
            break;
        if (value.empty() || value.size() > spec.maxLength)
            return makeError("invalid_element", "Batch/lot " + label + " holds 1 to 20 characters, not " +
                                                    std::to_string(value.size()) + ".");
        for (char c : value) {
            if (!isCset82(c))
                return makeError("invalid_element",
                                 "Batch/lot " + label + " " + barcode_detail::quoteForMessage(value) +
                                     " has a character outside the GS1 character set (" +
                                     barcode_detail::quoteForMessage(std::string_view(&c, 1)) + ").");
        }
        out.batchLot = std::string(value);
        return {};
    }
    case Field::Expiry: {
        if (out.expiry)
            break;
        auto date = parseDate(value);
        if (!date)
            return date.error();
        out.expiry = date.value();
        return {};
    }
    case Field::NetWeight: {
        if (out.netWeightQtyMilli)
            break;
        out.netWeightQtyMilli = barcode_detail::rescaleDecimal(barcode_detail::parseDigits(value), spec.decimals, 3);
        return {};
    }
    }
    return makeError("duplicate_application_identifier",
                     "AI " + label + " appears twice; an element string carries each datum once.");
}

// Raw form: AI, value, AI, value…, variable-length values ended by GS.
Result<Gs1ElementString> parseRaw(std::string_view text) {
    Gs1ElementString result;
    std::size_t position = 0;
    bool any = false;
    while (position < text.size()) {
        if (text[position] == barcode_detail::kGroupSeparator) { // FNC1 between elements, or a stray trailing one
            ++position;
            continue;
        }
        const std::string_view rest = text.substr(position);
        if (rest.size() < 2)
            return makeError("truncated_element", "The element string ends in " +
                                                      barcode_detail::quoteForMessage(rest) +
                                                      ", too short for an application identifier.");
        const AiSpec* spec = findAi(rest.substr(0, 2));
        if (spec == nullptr && rest.size() >= 4)
            spec = findAi(rest.substr(0, 4));
        if (spec == nullptr)
            return unknownAi(rest.substr(0, rest.size() >= 4 && rest.substr(0, 2) == "31" ? 4 : 2));
        position += spec->ai.size();

        std::string_view value;
        if (spec->fixedLength != 0) {
            if (text.size() - position < spec->fixedLength)
                return makeError("truncated_element", "AI (" + std::string(spec->ai) + ") needs " +
                                                          std::to_string(spec->fixedLength) + " digits but only " +
                                                          std::to_string(text.size() - position) + " follow.");
            value = text.substr(position, spec->fixedLength);
        } else {
            const std::size_t end = text.find(barcode_detail::kGroupSeparator, position);
            value = text.substr(position, end == std::string_view::npos ? std::string_view::npos : end - position);
        }
        position += value.size();
        if (auto applied = applyElement(*spec, value, result); !applied)
            return applied.error();
        any = true;
    }
    if (!any)
        return makeError("empty", "The GS1 element string holds no data.");
    return result;
}

// Human-readable form: "(AI)value(AI)value…".
Result<Gs1ElementString> parseHumanReadable(std::string_view text) {
    Gs1ElementString result;
    std::size_t position = 0;
    while (position < text.size()) {
        if (text[position] != '(')
            return makeError("invalid_element", "Expected '(' to open an application identifier at position " +
                                                    std::to_string(position + 1) + " of " +
                                                    barcode_detail::quoteForMessage(text) + ".");
        const std::size_t close = text.find(')', position + 1);
        if (close == std::string_view::npos)
            return makeError("truncated_element", "The application identifier opened at position " +
                                                      std::to_string(position + 1) + " is never closed with ')'.");
        const std::string_view ai = text.substr(position + 1, close - position - 1);
        const AiSpec* spec = findAi(ai);
        if (spec == nullptr)
            return unknownAi(ai);
        const std::size_t valueStart = close + 1;
        const std::size_t next = text.find('(', valueStart);
        const std::string_view value =
            text.substr(valueStart, next == std::string_view::npos ? std::string_view::npos : next - valueStart);
        if (auto applied = applyElement(*spec, value, result); !applied)
            return applied.error();
        position = valueStart + value.size();
    }
    return result;
}

} // namespace

int Gs1Date::fullYear(int currentYear) const {
    const int currentYy = currentYear % 100;
    int century = currentYear - currentYy;
    const int difference = yy - currentYy;
    if (difference >= 51)
        century -= 100;
    else if (difference <= -50)
        century += 100;
    return century + yy;
}

Result<Gs1ElementString> Gs1ElementString::parse(std::string_view text) {
    text = barcode_detail::trimScan(text);
    if (!text.empty() && text[0] == ']') {
        const std::string_view identifier = text.substr(0, 3);
        if (identifier != "]C1" && identifier != "]e0" && identifier != "]d2" && identifier != "]Q3")
            return makeError("unsupported_symbology", "Symbology identifier " +
                                                          barcode_detail::quoteForMessage(identifier) +
                                                          " does not announce GS1 data (]C1, ]e0, ]d2 or ]Q3).");
        return parseRaw(text.substr(3));
    }
    if (text.empty())
        return makeError("empty", "The GS1 element string is empty.");
    if (text[0] == '(')
        return parseHumanReadable(text);
    return parseRaw(text);
}

} // namespace tp::domain
