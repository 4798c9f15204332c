#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/ServerContext.h"
#include "domain/core/Result.h"

namespace tp::server::mail {

struct OutboundEmail {
    std::string tenantId;
    std::string id;
    std::string to;
    std::string subject;
    std::string body; // plain UTF-8 text, lines separated by \n
    std::int64_t createdAt = 0;
};

// Hands messages to the machine's mail system through a spool directory: each message one
// RFC 5322 file <id>.eml (UTF-8 text, CRLF lines), written whole under a temporary name and
// renamed, so whatever picks the files up (a sendmail cron, an MTA's pickup directory) never
// sees half a message. A message written twice (a retry) is the same file.
class MailSpool {
public:
    MailSpool(std::filesystem::path directory, std::string from);

    const std::filesystem::path& directory() const { return m_directory; }
    tp::domain::Result<void> write(const OutboundEmail& email) const;
    // The message as it is written (for tests and previews).
    std::string render(const OutboundEmail& email) const;

    // Writes a queued message and marks it spooled, in its tenant's scope. Used right after
    // the transaction that queued it commits.
    tp::domain::Result<void> deliver(ServerContext& context, const OutboundEmail& email) const;
    // Every message still queued (a crash between queueing and spooling): at start.
    tp::domain::Result<int> deliverQueued(ServerContext& context) const;

private:
    std::filesystem::path m_directory;
    std::string m_from;
};

} // namespace tp::server::mail
