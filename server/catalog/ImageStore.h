#pragma once

#include <filesystem>
#include <string>

#include "core/ServerContext.h"
#include "domain/core/Result.h"

namespace tp::server::catalog {

struct StoredImage {
    std::string contentType;
    std::string bytes;
};

// Product images, named by the SHA-256 of their bytes: POST /api/v1/images stores one for the
// tenant and answers its name (the same bytes again change nothing), GET …/{sha256} answers it. Only JPEG, PNG and WebP
// are taken, recognised by their bytes rather than by what the client says; the size is the
// server's request limit. Files go to <directory>/<tenant>/<sha256>, written to a temporary
// name and renamed, so a reader never sees half an image.
class ImageStore {
public:
    ImageStore(ServerContext& context, std::filesystem::path directory)
        : m_context(context)
        , m_directory(std::move(directory)) {}

    // The image's SHA-256 (64 lower-case hex digits); invalid_request when the bytes are not an
    // image of a known kind.
    tp::domain::Result<std::string> put(const std::string& tenantId, const std::string& bytes);
    // 404 not_found for an image the tenant does not have.
    tp::domain::Result<StoredImage> get(const std::string& tenantId, const std::string& sha256);

    static bool isSha256Hex(const std::string& text);
    // "image/jpeg", "image/png", "image/webp", or "" for anything else.
    static std::string contentTypeOf(const std::string& bytes);

private:
    std::filesystem::path fileOf(const std::string& tenantId, const std::string& sha256) const;

    ServerContext& m_context;
    std::filesystem::path m_directory;
};

} // namespace tp::server::catalog
