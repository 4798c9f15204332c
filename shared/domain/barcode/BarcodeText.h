#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace tp::domain::barcode_detail {

// Text helpers shared by the barcode readers. Scanned input is untrusted bytes — any value,
// embedded NULs, any length — so nothing here assumes ASCII, NUL termination or a sane size.

// FNC1 as scanners transmit it inside a GS1 element string: ASCII GS.
inline constexpr char kGroupSeparator = '\x1D';

constexpr bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

constexpr int digitValue(char c) {
    return c - '0';
}

constexpr char digitChar(int value) {
    return static_cast<char>('0' + value);
}

// Position of the first byte that is not 0–9, or npos when there is none.
constexpr std::size_t firstNonDigit(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!isDigit(text[i]))
            return i;
    }
    return std::string_view::npos;
}

// True when `text` is non-empty and holds only the digits 0–9.
constexpr bool isAllDigits(std::string_view text) {
    return !text.empty() && firstNonDigit(text) == std::string_view::npos;
}

// The value of at most 18 digits (so it fits int64); the caller has checked they are digits.
constexpr std::int64_t parseDigits(std::string_view digits) {
    std::int64_t value = 0;
    for (char c : digits)
        value = value * 10 + digitValue(c);
    return value;
}

// `text` without the whitespace a scanner or keyboard wedge puts around a code (spaces, tabs,
// CR, LF). GS (0x1D) is not whitespace here: in a GS1 element string it is data.
constexpr std::string_view trimScan(std::string_view text) {
    constexpr std::string_view whitespace = " \t\r\n\v\f";
    const std::size_t first = text.find_first_not_of(whitespace);
    if (first == std::string_view::npos)
        return {};
    const std::size_t last = text.find_last_not_of(whitespace);
    return text.substr(first, last - first + 1);
}

// `text` made safe to quote in an error message, which may end up in a log or on screen:
// printable ASCII is kept, every other byte becomes \xNN, and long input is cut after 40 bytes.
inline std::string quoteForMessage(std::string_view text) {
    constexpr std::size_t maxBytes = 40;
    constexpr char hex[] = "0123456789ABCDEF";
    std::string quoted = "'";
    for (std::size_t i = 0; i < text.size() && i < maxBytes; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte < 0x7F && byte != '\\') {
            quoted += static_cast<char>(byte);
        } else {
            quoted += "\\x";
            quoted += hex[byte >> 4];
            quoted += hex[byte & 0x0F];
        }
    }
    if (text.size() > maxBytes)
        quoted += "...";
    quoted += '\'';
    return quoted;
}

} // namespace tp::domain::barcode_detail
