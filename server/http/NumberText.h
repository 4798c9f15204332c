#pragma once

#include <charconv>
#include <string>

namespace tp::server::http {

// Numbers appended as text without a temporary string or the locale: the edge writes several
// into every answer and access-log line.
template <typename Number>
void appendNumber(std::string& out, Number value) {
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, error == std::errc() ? end : buffer);
}

// 0..99 as two digits ("07"): the fields of a date and a time.
inline void appendTwoDigits(std::string& out, int value) {
    out.push_back(static_cast<char>('0' + value / 10 % 10));
    out.push_back(static_cast<char>('0' + value % 10));
}

} // namespace tp::server::http
