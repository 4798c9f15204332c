#include "http/AccessLog.h"

#include <charconv>
#include <ctime>
#include <string>

#include <Poco/Logger.h>

#include "http/JsonString.h"
#include "http/NumberText.h"

namespace tp::server::http {

namespace {

// RFC 3339 UTC with milliseconds.
void appendTime(std::string& out, std::chrono::system_clock::time_point time) {
    const auto sinceEpoch = time.time_since_epoch();
    const auto seconds = std::chrono::floor<std::chrono::seconds>(sinceEpoch);
    const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(sinceEpoch - seconds).count();
    const std::time_t whole = static_cast<std::time_t>(seconds.count());
    std::tm utc{};
    gmtime_r(&whole, &utc);
    char year[8];
    const auto [yearEnd, yearError] = std::to_chars(year, year + sizeof year, utc.tm_year + 1900);
    out.push_back('"');
    out.append(year, yearError == std::errc() ? yearEnd : year);
    out.push_back('-');
    appendTwoDigits(out, utc.tm_mon + 1);
    out.push_back('-');
    appendTwoDigits(out, utc.tm_mday);
    out.push_back('T');
    appendTwoDigits(out, utc.tm_hour);
    out.push_back(':');
    appendTwoDigits(out, utc.tm_min);
    out.push_back(':');
    appendTwoDigits(out, utc.tm_sec);
    out.push_back('.');
    out.push_back(static_cast<char>('0' + millis / 100));
    appendTwoDigits(out, static_cast<int>(millis % 100));
    out.append("Z\"");
}

void appendField(std::string& out, std::string_view name, std::string_view value) {
    out.push_back(',');
    appendJsonString(out, name);
    out.push_back(':');
    appendJsonString(out, value);
}

} // namespace

AccessLog::AccessLog()
    : m_logger(Poco::Logger::get(std::string(loggerName)))
    , m_directSink(dynamic_cast<LineSink*>(m_logger.getChannel().get())) {}

void AccessLog::write(const Entry& entry) const {
    if (!m_logger.information())
        return;
    std::string line;
    line.reserve(256 + entry.path.size());
    line.append(R"({"time":)");
    appendTime(line, entry.time);
    appendField(line, "request_id", entry.requestId);
    appendField(line, "method", entry.method);
    appendField(line, "path", entry.path);
    appendField(line, "route", entry.route);
    line.append(R"(,"status":)");
    appendNumber(line, entry.status);
    line.append(R"(,"bytes":)");
    appendNumber(line, entry.bytes);
    line.append(R"(,"duration_ms":)");
    // Microsecond resolution is plenty and keeps the number short.
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(entry.duration).count();
    appendNumber(line, static_cast<double>(micros) / 1000.0);
    appendField(line, "tenant_id", entry.tenantId);
    appendField(line, "remote", entry.remote);
    line.push_back('}');
    if (m_directSink != nullptr)
        m_directSink->writeLine(std::move(line));
    else
        m_logger.information(line);
}

} // namespace tp::server::http
