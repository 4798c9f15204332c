#pragma once

#include <cstdlib>
#include <stdexcept>
#include <string>
#include <vector>

namespace tp::bench {

// The few options every benchmark takes: --scale N, --seconds S (per wrk run),
// --backends sqlite,postgresql.
struct BenchOptions {
    long long scale;
    int seconds = 10;
    std::vector<std::string> backends{"sqlite", "postgresql"};

    BenchOptions(int argc, char** argv, long long defaultScale)
        : scale(defaultScale) {
        for (int i = 1; i < argc; ++i) {
            const std::string arg = argv[i];
            const auto value = [&]() -> std::string {
                if (i + 1 >= argc)
                    throw std::invalid_argument(arg + " needs a value");
                return argv[++i];
            };
            if (arg == "--scale")
                scale = std::stoll(value());
            else if (arg == "--seconds")
                seconds = std::stoi(value());
            else if (arg == "--backends") {
                backends.clear();
                std::string list = value();
                for (std::size_t at = 0; at <= list.size();) {
                    const std::size_t comma = std::min(list.find(',', at), list.size());
                    backends.push_back(list.substr(at, comma - at));
                    at = comma + 1;
                }
            } else
                throw std::invalid_argument("unknown option " + arg + " (--scale N, --seconds S, --backends LIST)");
        }
    }
};

} // namespace tp::bench
