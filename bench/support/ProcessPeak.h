#pragma once

#include <fstream>
#include <string>

namespace tp::bench {

// This process' peak resident set (VmHWM), in KiB; -1 when /proc does not say. Not a parent's
// rusage of a child: posix_spawn starts the child sharing the parent's memory until exec, and
// ru_maxrss then counts the parent's pages as well.
inline long long peakRssKib() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stoll(line.substr(6));
    }
    return -1;
}

} // namespace tp::bench
