#pragma once

#include <optional>
#include <string>
#include <vector>

namespace tp::bench {

// One wrk run's figures.
struct WrkResult {
    double requestsPerSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    long long requests = 0;
    long long errors = 0; // socket errors + non-2xx/3xx answers
};

// Runs `wrk --latency` against a URL (optionally with a Lua script and headers) and parses
// its report. Fails the benchmark loudly (std::runtime_error) when wrk is missing or its
// output cannot be read, because a silent zero would look like a measurement.
WrkResult runWrk(const std::string& url, int connections, int seconds, const std::string& luaScript = {},
                 const std::vector<std::string>& headers = {});

} // namespace tp::bench
