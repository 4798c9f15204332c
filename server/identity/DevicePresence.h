#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/ServerContext.h"
#include "http/Request.h"

namespace tp::server::identity {

// What a register reports about itself with each sync request, recorded on its devices row
// for the backoffice's list of registers: when it was last seen, its app's version
// (X-Tillpoint-App-Version) and how many changes wait in its outbox
// (X-Tillpoint-Pending-Uploads). A register syncs every few seconds, so the row is written only
// when what it reports changed or a minute has passed since the last write: thousands of
// registers polling must not become thousands of writes a second. Malformed headers are left
// out (the sync itself never fails over a report); a failed write is tried again next time.
class DevicePresence {
public:
    static constexpr std::string_view kVersionHeader = "x-tillpoint-app-version";
    static constexpr std::string_view kPendingHeader = "x-tillpoint-pending-uploads";
    static constexpr std::int64_t kRewriteAfterMillis = 60'000;

    explicit DevicePresence(ServerContext& context)
        : m_context(context) {}

    // Does nothing for callers other than devices.
    void record(const http::Request& request);

    // "1.4.0", "1.4.0-rc.1+build.7": 1–40 of letters, digits, '.', '-', '+', '_'.
    static std::optional<std::string> versionFrom(const std::string& header);
    // A count from 0 to a billion in decimal digits.
    static std::optional<std::int64_t> pendingFrom(const std::string& header);

private:
    struct Report {
        std::optional<std::string> version;
        std::optional<std::int64_t> pending;
        bool operator==(const Report&) const = default;
    };
    struct Written {
        Report report;
        std::int64_t at = 0;
    };

    ServerContext& m_context;
    std::mutex m_mutex;
    std::unordered_map<std::string, Written> m_written; // by device id
};

} // namespace tp::server::identity
