#include "identity/DevicePresence.h"

#include <algorithm>
#include <charconv>

namespace tp::server::identity {

std::optional<std::string> DevicePresence::versionFrom(const std::string& header) {
    if (header.empty() || header.size() > 40)
        return std::nullopt;
    const bool plain = std::all_of(header.begin(), header.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-' ||
               c == '+' || c == '_';
    });
    if (!plain)
        return std::nullopt;
    return header;
}

std::optional<std::int64_t> DevicePresence::pendingFrom(const std::string& header) {
    std::int64_t value = -1;
    const auto [end, ec] = std::from_chars(header.data(), header.data() + header.size(), value);
    if (header.empty() || ec != std::errc{} || end != header.data() + header.size() || value < 0 ||
        value > 1'000'000'000)
        return std::nullopt;
    return value;
}

void DevicePresence::record(const http::Request& request) {
    if (!request.principal || request.principal->kind != http::Principal::Kind::Device)
        return;
    const http::Principal& device = *request.principal;
    const Report report{versionFrom(request.header(kVersionHeader)), pendingFrom(request.header(kPendingHeader))};
    const std::int64_t now = m_context.nowMillis();
    {
        std::lock_guard lock(m_mutex);
        const auto known = m_written.find(device.deviceId);
        if (known != m_written.end() && known->second.report == report && now - known->second.at < kRewriteAfterMillis)
            return;
        // Claimed before writing, so that a register's next request racing this one does not
        // write the same again.
        m_written[device.deviceId] = Written{report, now};
    }
    auto written = m_context.database.transaction(
        db::Scope::tenant(device.tenantId), db::TransactionKind::Write,
        [&](db::Connection& connection) -> tp::domain::Result<void> {
            auto updated = connection.execute(
                "UPDATE devices SET last_seen_at = ?, app_version = ?, "
                "pending_uploads = ? WHERE tenant_id = ? AND id = ?",
                {now, db::sqlText(report.version), db::sqlInt(report.pending), device.tenantId, device.deviceId});
            if (!updated)
                return updated.error();
            return {};
        });
    if (!written) {
        std::lock_guard lock(m_mutex);
        m_written.erase(device.deviceId);
    }
}

} // namespace tp::server::identity
