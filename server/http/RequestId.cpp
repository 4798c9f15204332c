#include "http/RequestId.h"

#include <algorithm>
#include <cstdint>
#include <random>

namespace tp::server::http {

bool RequestId::isSane(std::string_view candidate) {
    return !candidate.empty() && candidate.size() <= maxLength &&
           std::all_of(candidate.begin(), candidate.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                      c == '_' || c == '-';
           });
}

std::string RequestId::generate() {
    // One generator per thread, seeded from the OS once: no lock and no syscall per request.
    thread_local std::mt19937_64 engine = [] {
        std::random_device device;
        std::seed_seq seed{device(), device(), device(), device()};
        return std::mt19937_64(seed);
    }();
    static constexpr char hex[] = "0123456789abcdef";
    std::string id(32, '0');
    for (int half = 0; half < 2; ++half) {
        std::uint64_t bits = engine();
        for (int i = 0; i < 16; ++i, bits >>= 4)
            id[static_cast<std::size_t>(half * 16 + i)] = hex[bits & 0xF];
    }
    return id;
}

} // namespace tp::server::http
