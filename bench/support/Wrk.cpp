#include "Wrk.h"

#include <array>
#include <cstdio>
#include <regex>
#include <stdexcept>

namespace tp::bench {

namespace {

double toMilliseconds(double value, const std::string& unit) {
    if (unit == "us")
        return value / 1000.0;
    if (unit == "s")
        return value * 1000.0;
    if (unit == "m")
        return value * 60000.0;
    return value; // ms
}

std::string quote(const std::string& text) {
    return "'" + std::regex_replace(text, std::regex("'"), "'\\''") + "'";
}

} // namespace

WrkResult runWrk(const std::string& url, int connections, int seconds, const std::string& luaScript,
                 const std::vector<std::string>& headers) {
    std::string command = "wrk --latency -t2 -c" + std::to_string(connections) + " -d" + std::to_string(seconds) + "s";
    for (const std::string& header : headers)
        command += " -H " + quote(header);
    if (!luaScript.empty())
        command += " -s " + quote(luaScript);
    command += " " + quote(url) + " 2>&1";
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        throw std::runtime_error("cannot run wrk");
    std::string output;
    std::array<char, 4096> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe))
        output += buffer.data();
    const int status = ::pclose(pipe);
    if (status != 0)
        throw std::runtime_error("wrk failed (install it with scripts/setup.sh --bench):\n" + output);

    WrkResult result;
    std::smatch match;
    if (!std::regex_search(output, match, std::regex(R"(Requests/sec:\s+([0-9.]+))")))
        throw std::runtime_error("no Requests/sec in wrk output:\n" + output);
    result.requestsPerSecond = std::stod(match[1]);
    if (std::regex_search(output, match, std::regex(R"(\s50%\s+([0-9.]+)(us|ms|s|m))")))
        result.p50Ms = toMilliseconds(std::stod(match[1]), match[2]);
    if (std::regex_search(output, match, std::regex(R"(\s99%\s+([0-9.]+)(us|ms|s|m))")))
        result.p99Ms = toMilliseconds(std::stod(match[1]), match[2]);
    if (std::regex_search(output, match, std::regex(R"(([0-9]+) requests in)")))
        result.requests = std::stoll(match[1]);
    if (std::regex_search(output, match, std::regex(R"(Non-2xx or 3xx responses:\s+([0-9]+))")))
        result.errors += std::stoll(match[1]);
    if (std::regex_search(
            output, match,
            std::regex(R"(Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+))")))
        result.errors += std::stoll(match[1]) + std::stoll(match[2]) + std::stoll(match[3]) + std::stoll(match[4]);
    if (output.find("Socket errors") != std::string::npos) // which kind, so the count explains itself
        std::fprintf(stderr, "wrk %s: socket errors\n%s", url.c_str(), output.c_str());
    return result;
}

} // namespace tp::bench
