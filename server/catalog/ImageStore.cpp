#include "catalog/ImageStore.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "auth/Sha256.h"
#include "core/Validation.h"

namespace tp::server::catalog {

using tp::domain::makeError;
using tp::domain::Result;

namespace {

domain::Error notFound(const std::string& sha256) {
    return makeError("not_found", "no image " + sha256);
}

} // namespace

bool ImageStore::isSha256Hex(const std::string& text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(),
                                            [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::string ImageStore::contentTypeOf(const std::string& bytes) {
    if (bytes.size() >= 3 && bytes.compare(0, 3, "\xFF\xD8\xFF") == 0)
        return "image/jpeg";
    if (bytes.size() >= 8 && bytes.compare(0, 8, "\x89PNG\r\n\x1A\n") == 0)
        return "image/png";
    if (bytes.size() >= 12 && bytes.compare(0, 4, "RIFF") == 0 && bytes.compare(8, 4, "WEBP") == 0)
        return "image/webp";
    return {};
}

std::filesystem::path ImageStore::fileOf(const std::string& tenantId, const std::string& sha256) const {
    return m_directory / tenantId / sha256;
}

Result<std::string> ImageStore::put(const std::string& tenantId, const std::string& bytes) {
    const std::string contentType = contentTypeOf(bytes);
    if (contentType.empty())
        return makeError("invalid_request", "the body is not a JPEG, PNG or WebP image");
    auto digest = auth::sha256Hex(bytes);
    if (!digest)
        return digest.error();
    const std::string& sha256 = digest.value();

    const std::filesystem::path file = fileOf(tenantId, sha256);
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        std::filesystem::create_directories(file.parent_path(), ec);
        if (ec)
            return makeError("storage_failure", "cannot make the image directory: " + ec.message());
        const std::filesystem::path partial = file.string() + "." + m_context.newId() + ".part";
        {
            std::ofstream out(partial, std::ios::binary | std::ios::trunc);
            out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
            out.flush();
            if (!out)
                return makeError("storage_failure", "cannot write the image file " + partial.string());
        }
        std::filesystem::rename(partial, file, ec);
        if (ec) {
            std::filesystem::remove(partial, ec);
            return makeError("storage_failure", "cannot store the image file: " + ec.message());
        }
    }
    // The row last: an image is listed only once its file is whole.
    auto listed = m_context.database.transaction(
        db::Scope::tenant(tenantId), db::TransactionKind::Write, [&](db::Connection& connection) -> Result<void> {
            auto stored = connection.execute(
                "INSERT INTO images (tenant_id, sha256, content_type, size_bytes, created_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (tenant_id, sha256) DO NOTHING",
                {tenantId, sha256, contentType, static_cast<std::int64_t>(bytes.size()), m_context.nowMillis()});
            if (!stored)
                return stored.error();
            return {};
        });
    if (!listed)
        return listed.error();
    return sha256;
}

Result<StoredImage> ImageStore::get(const std::string& tenantId, const std::string& sha256) {
    if (!isSha256Hex(sha256))
        return notFound(sha256);
    auto row = m_context.database.transact<std::optional<std::string>>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read,
        [&](db::Connection& connection) -> Result<std::optional<std::string>> {
            auto rows = connection.execute("SELECT content_type FROM images WHERE tenant_id = ? AND sha256 = ?",
                                           {tenantId, sha256});
            if (!rows)
                return rows.error();
            if (rows->empty())
                return std::optional<std::string>{};
            return std::optional(rows->first().text(0));
        });
    if (!row)
        return row.error();
    if (!row.value())
        return notFound(sha256);
    std::ifstream in(fileOf(tenantId, sha256), std::ios::binary);
    if (!in)
        return makeError("storage_failure", "the file of image " + sha256 + " is missing");
    StoredImage image{*row.value(), std::string(std::istreambuf_iterator<char>(in), {})};
    return image;
}

} // namespace tp::server::catalog
