#include "core/Validation.h"

#include <algorithm>

namespace tp::server {

namespace {

tp::domain::Error invalid(const std::string& field, const std::string& problem) {
    return tp::domain::makeError("invalid_request", field + " " + problem);
}

} // namespace

std::string lowercase(std::string_view text) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return lower;
}

tp::domain::Result<void> checkSlug(std::string_view slug, const std::string& field) {
    if (slug.size() < 3 || slug.size() > 40 ||
        slug.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string_view::npos ||
        slug.front() == '-' || slug.back() == '-')
        return invalid(field, "must be 3 to 40 lowercase letters, digits or '-' (not at either end)");
    return {};
}

tp::domain::Result<void> checkEmail(std::string_view email, const std::string& field) {
    const auto at = email.find('@');
    const bool ok = email.size() <= 254 && at != std::string_view::npos && at > 0 && at == email.rfind('@') &&
                    email.find('.', at) != std::string_view::npos && email.back() != '.' &&
                    email.find_first_of(" \t\r\n<>,;\"") == std::string_view::npos;
    if (!ok)
        return invalid(field, "must be an e-mail address such as owner@example.com");
    return {};
}

tp::domain::Result<void> checkPassword(std::string_view password, const std::string& field) {
    if (password.size() < 10)
        return invalid(field, "must be at least 10 characters long");
    if (password.size() > 1024)
        return invalid(field, "must be at most 1024 characters long");
    return {};
}

tp::domain::Result<void> checkName(std::string_view name, const std::string& field, std::size_t maxLength) {
    const auto first = name.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return invalid(field, "must not be empty");
    if (name.size() > maxLength)
        return invalid(field, "must be at most " + std::to_string(maxLength) + " bytes long");
    if (std::any_of(name.begin(), name.end(), [](unsigned char c) { return c < 0x20 || c == 0x7f; }))
        return invalid(field, "must not contain control characters");
    return {};
}

tp::domain::Result<void> checkCode(std::string_view code, const std::string& field) {
    if (code.empty() || code.size() > 64 ||
        code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-") !=
            std::string_view::npos)
        return invalid(field, "must be 1 to 64 letters, digits, '.', '_' or '-'");
    return {};
}

bool looksLikeId(std::string_view text) {
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace tp::server
