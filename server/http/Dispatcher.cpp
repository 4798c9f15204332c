#include "http/Dispatcher.h"

#include <algorithm>
#include <exception>

#include "http/TenantHint.h"

namespace tp::server::http {

namespace {

using tp::domain::makeError;

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items) {
        if (!text.empty())
            text.append(", ");
        text.append(item);
    }
    return text;
}

std::string_view roleName(StaffRole role) {
    switch (role) {
    case StaffRole::Owner:
        return "owner";
    case StaffRole::Manager:
        return "manager";
    case StaffRole::Cashier:
        return "cashier";
    }
    return "unknown";
}

std::string rolesText(const std::vector<StaffRole>& roles) {
    std::string text;
    for (std::size_t i = 0; i < roles.size(); ++i) {
        if (i > 0)
            text.append(i + 1 == roles.size() ? " or " : ", ");
        text.append(roleName(roles[i]));
    }
    return text;
}

bool holdsRole(const Principal& principal, const std::vector<StaffRole>& roles) {
    return roles.empty() || std::find(roles.begin(), roles.end(), principal.role) != roles.end();
}

// Empty when the principal may call the route, else why not.
std::string accessDenial(const Route& route, const Principal& principal) {
    using Kind = Principal::Kind;
    switch (route.access) {
    case Access::Public:
        return {};
    case Access::PlatformAdmin:
        return principal.kind == Kind::PlatformAdmin ? std::string() : "this endpoint needs the platform admin token";
    case Access::Device:
        return principal.kind == Kind::Device ? std::string() : "this endpoint needs a device token";
    case Access::Staff:
    case Access::StaffOrDevice:
        if (route.access == Access::StaffOrDevice && principal.kind == Kind::Device)
            return {};
        if (principal.kind != Kind::Staff)
            return route.access == Access::Staff ? "this endpoint needs a staff token"
                                                 : "this endpoint needs a staff or device token";
        if (!holdsRole(principal, route.roles))
            return "this endpoint needs the role " + rolesText(route.roles) + "; you are " +
                   std::string(roleName(principal.role));
        return {};
    }
    return "access denied";
}

Response unauthorized(const tp::domain::Error& error, const Request& request) {
    Response response = Response::error(error);
    if (response.status == 401) {
        // RFC 6750: a request without credentials gets the bare challenge; one whose token was
        // refused is told so, so a client knows to log in again rather than to add a header.
        response.headers.emplace_back("WWW-Authenticate", request.headers.count("authorization") != 0
                                                              ? R"(Bearer realm="tillpoint", error="invalid_token")"
                                                              : R"(Bearer realm="tillpoint")");
    }
    return response;
}

Response fromException(std::string_view where, std::string_view what) {
    std::string message(where);
    message.append(" threw: ");
    message.append(what);
    return Response::error(500, makeError("unhandled_exception", std::move(message)));
}

} // namespace

Dispatcher::Dispatcher(const Router& router, Authenticator& authenticator, FeatureGate& features,
                       std::string baseDomain)
    : m_router(router)
    , m_authenticator(authenticator)
    , m_features(features)
    , m_baseDomain(std::move(baseDomain)) {}

Dispatcher::Outcome Dispatcher::dispatch(Request& request) const {
    Router::Match match = m_router.match(request.method, request.path);
    if (match.route == nullptr && request.method == "HEAD") {
        // HEAD is GET without the body (Poco leaves the body out), as RFC 9110 expects of every
        // GET resource; health checks and link checkers use it.
        if (Router::Match get = m_router.match("GET", request.path); get.route != nullptr)
            match = std::move(get);
    }
    if (match.route == nullptr) {
        if (std::find(match.allowedMethods.begin(), match.allowedMethods.end(), "GET") != match.allowedMethods.end())
            match.allowedMethods.insert(
                std::upper_bound(match.allowedMethods.begin(), match.allowedMethods.end(), "HEAD"), "HEAD");
        if (match.allowedMethods.empty())
            return {Response::error(makeError("not_found", "no endpoint " + request.method + " " + request.path)),
                    nullptr};
        const std::string allowed = joined(match.allowedMethods);
        if (request.method == "OPTIONS") {
            // A plain OPTIONS (not a CORS preflight) asks which methods the path has.
            Response response = Response::text(204, {}, {});
            response.headers.emplace_back("Allow", allowed + ", OPTIONS");
            return {std::move(response), nullptr};
        }
        Response response = Response::error(makeError("method_not_allowed", request.method + " is not allowed on " +
                                                                                request.path + "; use " + allowed));
        response.headers.emplace_back("Allow", allowed);
        return {std::move(response), nullptr};
    }
    request.pathParams = std::move(match.params);
    return {run(*match.route, request), match.route};
}

Response Dispatcher::run(const Route& route, Request& request) const {
    if (route.access != Access::Public) {
        try {
            auto principal = m_authenticator.authenticate(request);
            if (!principal)
                return unauthorized(principal.error(), request);
            request.principal = std::move(principal).value();
        } catch (const std::exception& exception) {
            return fromException("the authenticator", exception.what());
        } catch (...) {
            return fromException("the authenticator", "a non-standard exception");
        }
        if (const std::string denial = accessDenial(route, *request.principal); !denial.empty())
            return Response::error(makeError("forbidden", denial));
        request.tenantId = request.principal->tenantId;
    }

    auto hint = TenantHint::read(request, m_baseDomain);
    if (!hint)
        return Response::error(hint.error());
    if (request.principal && !request.principal->tenantId.empty() && hint->contradicts(request.principal->tenantSlug)) {
        // Exactly what an object of another tenant answers: nothing here says the tenant exists.
        return Response::error(makeError("not_found", "not found"));
    }
    request.tenantHint = hint->resolved();

    try {
        if (!route.feature.empty() && !request.tenantId.empty() &&
            !m_features.isEnabled(request.tenantId, route.feature))
            return Response::error(
                makeError("feature_disabled", "the feature '" + route.feature + "' is not enabled for this tenant"));
    } catch (const std::exception& exception) {
        return fromException("the feature gate", exception.what());
    } catch (...) {
        return fromException("the feature gate", "a non-standard exception");
    }

    try {
        auto result = route.handler(request);
        if (!result)
            return Response::error(result.error());
        return std::move(result).value();
    } catch (const std::exception& exception) {
        return fromException("the handler", exception.what());
    } catch (...) {
        return fromException("the handler", "a non-standard exception");
    }
}

} // namespace tp::server::http
