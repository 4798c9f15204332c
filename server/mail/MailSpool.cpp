#include "mail/MailSpool.h"

#include <ctime>
#include <fstream>
#include <vector>

#include "auth/Base64.h"

namespace tp::server::mail {

using tp::domain::makeError;
using tp::domain::Result;

namespace {

bool isAscii(const std::string& text) {
    for (const char c : text)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

// A header value on one line: line breaks would start new headers (header injection).
std::string oneLine(const std::string& text) {
    std::string line;
    for (const char c : text)
        line.push_back(c == '\r' || c == '\n' ? ' ' : c);
    return line;
}

// RFC 2047: non-ASCII text in a header as an encoded word.
std::string headerText(const std::string& text) {
    const std::string line = oneLine(text);
    if (isAscii(line))
        return line;
    return "=?UTF-8?B?" + auth::encodeBase64(line) + "?=";
}

// RFC 5322 date: "Sun, 22 Nov 2026 15:04:05 +0000".
std::string mailDate(std::int64_t unixMillis) {
    const std::time_t seconds = static_cast<std::time_t>(unixMillis / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[64];
    std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S +0000", &utc);
    return buffer;
}

} // namespace

MailSpool::MailSpool(std::filesystem::path directory, std::string from)
    : m_directory(std::move(directory))
    , m_from(std::move(from)) {}

std::string MailSpool::render(const OutboundEmail& email) const {
    std::string message;
    message += "From: " + oneLine(m_from) + "\r\n";
    message += "To: " + oneLine(email.to) + "\r\n";
    message += "Subject: " + headerText(email.subject) + "\r\n";
    message += "Date: " + mailDate(email.createdAt) + "\r\n";
    message += "Message-ID: <" + email.id + "@tillpoint>\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Content-Type: text/plain; charset=UTF-8\r\n";
    message += "Content-Transfer-Encoding: 8bit\r\n\r\n";
    for (const char c : email.body) {
        if (c == '\r')
            continue;
        if (c == '\n')
            message += "\r\n";
        else
            message.push_back(c);
    }
    if (message.size() < 2 || message.compare(message.size() - 2, 2, "\r\n") != 0)
        message += "\r\n";
    return message;
}

Result<void> MailSpool::write(const OutboundEmail& email) const {
    std::error_code ec;
    std::filesystem::create_directories(m_directory, ec);
    if (ec)
        return makeError("mail_spool_failed", "cannot create the mail spool " + m_directory.string());
    const std::filesystem::path final = m_directory / (email.id + ".eml");
    const std::filesystem::path partial = m_directory / ("." + email.id + ".eml.part");
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out << render(email);
        out.flush();
        if (!out)
            return makeError("mail_spool_failed", "cannot write " + partial.string());
    }
    std::filesystem::rename(partial, final, ec);
    if (ec)
        return makeError("mail_spool_failed", "cannot move the message into " + final.string());
    return {};
}

Result<void> MailSpool::deliver(ServerContext& context, const OutboundEmail& email) const {
    if (auto written = write(email); !written)
        return written;
    return context.database.transaction(
        db::Scope::tenant(email.tenantId), db::TransactionKind::Write, [&](db::Connection& connection) -> Result<void> {
            auto marked = connection.execute("UPDATE outbound_emails SET status = 'spooled', sent_at = ? "
                                             "WHERE tenant_id = ? AND id = ?",
                                             {context.nowMillis(), email.tenantId, email.id});
            if (!marked)
                return marked.error();
            return {};
        });
}

Result<int> MailSpool::deliverQueued(ServerContext& context) const {
    auto queued = context.database.transact<std::vector<OutboundEmail>>(
        db::Scope::platformAdmin(), db::TransactionKind::Read,
        [&](db::Connection& connection) -> Result<std::vector<OutboundEmail>> {
            auto rows = connection.execute("SELECT tenant_id, id, to_address, subject, body, created_at FROM "
                                           "outbound_emails WHERE status = 'queued' ORDER BY created_at",
                                           {});
            if (!rows)
                return rows.error();
            std::vector<OutboundEmail> emails;
            for (const db::SqlRow& row : rows->rows())
                emails.push_back({row.text(0), row.text(1), row.text(2), row.text(3), row.text(4), row.integer(5)});
            return emails;
        });
    if (!queued)
        return queued.error();
    for (const OutboundEmail& email : queued.value())
        if (auto delivered = deliver(context, email); !delivered)
            return delivered.error();
    return static_cast<int>(queued->size());
}

} // namespace tp::server::mail
