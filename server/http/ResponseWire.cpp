#include "http/ResponseWire.h"

#include <ctime>

#include "http/NumberText.h"

namespace tp::server::http {

namespace {

void appendHeader(std::string& wire, std::string_view name, std::string_view value) {
    wire.append(name);
    wire.append(": ");
    wire.append(value);
    wire.append("\r\n");
}

} // namespace

std::string_view reasonPhrase(int status) {
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

std::string_view httpDateNow() {
    // Formatted by hand: strftime's day and month names follow the process locale.
    static constexpr const char* days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    thread_local std::time_t formattedSecond = -1;
    thread_local std::string formatted;
    const std::time_t now = std::time(nullptr);
    if (now != formattedSecond) {
        std::tm utc{};
        ::gmtime_r(&now, &utc);
        formatted.clear();
        formatted.append(days[utc.tm_wday]);
        formatted.append(", ");
        appendTwoDigits(formatted, utc.tm_mday);
        formatted.push_back(' ');
        formatted.append(months[utc.tm_mon]);
        formatted.push_back(' ');
        appendNumber(formatted, utc.tm_year + 1900);
        formatted.push_back(' ');
        appendTwoDigits(formatted, utc.tm_hour);
        formatted.push_back(':');
        appendTwoDigits(formatted, utc.tm_min);
        formatted.push_back(':');
        appendTwoDigits(formatted, utc.tm_sec);
        formatted.append(" GMT");
        formattedSecond = now;
    }
    return formatted;
}

void appendResponse(std::string& wire, std::string_view version, const Response& response, bool sendBody,
                    bool keepAlive) {
    const bool bodyless = response.status == 204 || response.status == 304 || response.status < 200;
    wire.reserve(wire.size() + 256 + (sendBody && !bodyless ? response.body.size() : 0));
    wire.append(version);
    wire.push_back(' ');
    appendNumber(wire, static_cast<unsigned long long>(response.status));
    wire.push_back(' ');
    wire.append(reasonPhrase(response.status));
    wire.append("\r\n");
    appendHeader(wire, "Date", httpDateNow());
    appendHeader(wire, "Server", "Tillpoint");
    if (!keepAlive)
        appendHeader(wire, "Connection", "close");
    else if (version == "HTTP/1.0")
        appendHeader(wire, "Connection", "Keep-Alive");
    if (!bodyless) {
        if (!response.contentType.empty())
            appendHeader(wire, "Content-Type", response.contentType);
        wire.append("Content-Length: ");
        appendNumber(wire, response.body.size());
        wire.append("\r\n");
    }
    for (const auto& [name, value] : response.headers)
        appendHeader(wire, name, value);
    wire.append("\r\n");
    if (sendBody && !bodyless)
        wire.append(response.body);
}

} // namespace tp::server::http
