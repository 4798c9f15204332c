#include "protocol/Rfc3339.h"

#include <chrono>
#include <cstdio>

namespace tp::protocol {

using namespace std::chrono;

std::string formatRfc3339(tp::domain::Timestamp at) {
    const auto day = floor<days>(at);
    const year_month_day date{day};
    const hh_mm_ss<milliseconds> time{at - day};
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()), static_cast<int>(time.subseconds().count()));
    return text;
}

namespace {

bool digits(std::string_view text, std::size_t at, std::size_t count, int& value) {
    if (at + count > text.size())
        return false;
    value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

} // namespace

tp::domain::Result<tp::domain::Timestamp> parseRfc3339(std::string_view text, const std::string& field) {
    const auto invalid = [&] {
        return tp::domain::makeError("invalid_request",
                                     field + " must be an RFC 3339 time such as 2026-11-21T09:30:00Z");
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!digits(text, 0, 4, y) || text.size() < 20 || text[4] != '-' || !digits(text, 5, 2, mo) || text[7] != '-' ||
        !digits(text, 8, 2, d) || (text[10] != 'T' && text[10] != 't') || !digits(text, 11, 2, h) || text[13] != ':' ||
        !digits(text, 14, 2, mi) || text[16] != ':' || !digits(text, 17, 2, s))
        return invalid();
    const year_month_day date{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
    if (!date.ok() || h > 23 || mi > 59 || s > 60)
        return invalid();
    std::size_t pos = 19;
    long long millis = 0;
    if (text[pos] == '.') {
        ++pos;
        int fractionDigits = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (fractionDigits < 3)
                millis = millis * 10 + (text[pos] - '0');
            ++fractionDigits;
            ++pos;
        }
        if (fractionDigits == 0 || fractionDigits > 9)
            return invalid();
        for (int i = fractionDigits; i < 3; ++i)
            millis *= 10;
    }
    if (pos >= text.size())
        return invalid();
    long long offsetMinutes = 0;
    if (text[pos] == 'Z' || text[pos] == 'z') {
        ++pos;
    } else if (text[pos] == '+' || text[pos] == '-') {
        int oh = 0, om = 0;
        if (!digits(text, pos + 1, 2, oh) || pos + 3 >= text.size() || text[pos + 3] != ':' ||
            !digits(text, pos + 4, 2, om) || oh > 23 || om > 59)
            return invalid();
        offsetMinutes = (text[pos] == '+' ? 1 : -1) * (oh * 60LL + om);
        pos += 6;
    } else {
        return invalid();
    }
    if (pos != text.size())
        return invalid();
    const auto local = sys_days{date} + hours{h} + minutes{mi} + seconds{s > 59 ? 59 : s} + milliseconds{millis};
    return tp::domain::Timestamp{duration_cast<milliseconds>(local.time_since_epoch()) - minutes{offsetMinutes}};
}

} // namespace tp::protocol
