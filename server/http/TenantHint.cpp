#include "http/TenantHint.h"

#include <algorithm>

namespace tp::server::http {

namespace {

std::string lowerCased(std::string_view text) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return lower;
}

std::string slugFromHost(std::string_view host, std::string_view baseDomain) {
    if (baseDomain.empty() || host.empty() || host.front() == '[') // no subdomains on IPv6 literals
        return {};
    if (const std::size_t colon = host.rfind(':'); colon != std::string_view::npos)
        host = host.substr(0, colon);
    if (!host.empty() && host.back() == '.') // "acme.shop.example." is the same name
        host.remove_suffix(1);
    const std::string lowerHost = lowerCased(host);
    const std::string lowerBase = lowerCased(baseDomain);
    if (lowerHost.size() <= lowerBase.size() + 1 || lowerHost[lowerHost.size() - lowerBase.size() - 1] != '.' ||
        lowerHost.compare(lowerHost.size() - lowerBase.size(), lowerBase.size(), lowerBase) != 0)
        return {};
    std::string label = lowerHost.substr(0, lowerHost.size() - lowerBase.size() - 1);
    return TenantHint::isSlug(label) ? label : std::string();
}

} // namespace

bool TenantHint::isSlug(std::string_view text) {
    return text.size() >= 3 && text.size() <= 40 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
           });
}

tp::domain::Result<TenantHint> TenantHint::read(const Request& request, std::string_view baseDomain) {
    TenantHint hint;
    if (const auto host = request.headers.find("host"); host != request.headers.end())
        hint.fromHost = slugFromHost(host->second, baseDomain);
    if (const auto header = request.headers.find("x-tenant"); header != request.headers.end()) {
        std::string slug = lowerCased(header->second);
        if (!isSlug(slug))
            return tp::domain::makeError("invalid_request",
                                         "X-Tenant must be a tenant slug: 3 to 40 of a-z, 0-9 and '-'");
        hint.fromHeader = std::move(slug);
    }
    return hint;
}

} // namespace tp::server::http
