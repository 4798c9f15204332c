#include "identity/IdentityRoutes.h"

#include "core/Actor.h"
#include "core/Validation.h"
#include "protocol/JsonFields.h"

namespace tp::server::identity {

using http::Access;
using http::Request;
using http::Response;
using tp::domain::Result;

namespace {

Result<Response> login(Request& request, StaffSessions& sessions) {
    auto body = request.jsonObject();
    if (!body)
        return body.error();
    const protocol::JsonFields fields(body.value());
    auto tenant = fields.requiredString("tenant", 40);
    if (!tenant)
        return tenant.error();
    auto email = fields.requiredString("email", 254);
    if (!email)
        return email.error();
    auto password = fields.requiredString("password", 1024);
    if (!password)
        return password.error();
    long long retryAfter = 0;
    auto tokens = sessions.login(tenant.value(), email.value(), password.value(), request.remoteAddress, retryAfter);
    if (!tokens) {
        if (tokens.error().code == "rate_limited") {
            Response limited = Response::error(tokens.error());
            limited.headers.emplace_back("Retry-After", std::to_string(retryAfter));
            return limited;
        }
        return tokens.error();
    }
    return Response::json(200, tokens->toJson());
}

// A body of one text field, e.g. {"refresh_token"} or {"code"}.
Result<std::string> singleField(Request& request, const std::string& field, std::size_t maxLength) {
    auto body = request.jsonObject();
    if (!body)
        return body.error();
    return protocol::JsonFields(body.value()).requiredString(field, maxLength);
}

// {"store_id","name"}: which store a register is for, and what the till is called.
Result<std::pair<std::string, std::string>> storeAndName(Request& request) {
    auto body = request.jsonObject();
    if (!body)
        return body.error();
    const protocol::JsonFields fields(body.value());
    auto storeId = fields.requiredString("store_id", 64);
    if (!storeId)
        return storeId.error();
    auto name = fields.requiredString("name", 200);
    if (!name)
        return name.error();
    if (auto valid = checkName(name.value(), "name"); !valid)
        return valid.error();
    return std::pair(storeId.value(), name.value());
}

Result<Response> refresh(Request& request, StaffSessions& sessions) {
    auto token = singleField(request, "refresh_token", 200);
    if (!token)
        return token.error();
    auto tokens = sessions.refresh(token.value());
    if (!tokens)
        return tokens.error();
    return Response::json(200, tokens->toJson());
}

Result<Response> enrol(Request& request, Devices& devices) {
    auto till = storeAndName(request);
    if (!till)
        return till.error();
    const auto& [storeId, name] = till.value();
    auto device = devices.enrol(request.principal->tenantId, storeId, name, actorOf(*request.principal));
    if (!device)
        return device.error();
    return Response::json(201, device->toJson());
}

Result<Response> makeEnrolmentCode(Request& request, Devices& devices) {
    auto till = storeAndName(request);
    if (!till)
        return till.error();
    const auto& [storeId, name] = till.value();
    auto code = devices.makeCode(request.principal->tenantId, storeId, name, actorOf(*request.principal));
    if (!code)
        return code.error();
    return Response::json(201, code->toJson());
}

Result<Response> enrolWithCode(Request& request, Devices& devices) {
    auto code = singleField(request, "code", 40);
    if (!code)
        return code.error();
    auto enrolled = devices.enrolWithCode(code.value());
    if (!enrolled)
        return enrolled.error();
    Poco::JSON::Object::Ptr answer = enrolled->first.toJson();
    Poco::JSON::Object::Ptr tenant = new Poco::JSON::Object;
    tenant->set("slug", enrolled->second);
    answer->set("tenant", tenant);
    return Response::json(201, answer);
}

} // namespace

void addIdentityRoutes(http::Router& router, StaffSessions& sessions, Devices& devices) {
    router.add({"POST",
                "/api/v1/auth/login",
                Access::Public,
                {},
                {},
                [&](Request& r) { return login(r, sessions); },
                "Staff login with tenant slug, e-mail and password",
                "Login",
                "Session",
                200,
                false,
                true}); // offload: verifying the password hash takes a quarter of a second of CPU
    router.add({"POST",
                "/api/v1/auth/refresh",
                Access::Public,
                {},
                {},
                [&](Request& r) { return refresh(r, sessions); },
                "Exchange a refresh token for new tokens (rotation)",
                "Refresh",
                "Session"});
    router.add({"POST",
                "/api/v1/devices",
                Access::Staff,
                {http::StaffRole::Owner, http::StaffRole::Manager},
                {},
                [&](Request& r) { return enrol(r, devices); },
                "Enrol a register for one store; answers its device token once",
                "EnrolDevice",
                "DeviceEnvelope",
                201});
    router.add({"POST",
                "/api/v1/devices/enrolment-codes",
                Access::Staff,
                {http::StaffRole::Owner, http::StaffRole::Manager},
                {},
                [&](Request& r) { return makeEnrolmentCode(r, devices); },
                "Make a one-time code (valid 24 hours) with which a new register enrols itself for a store",
                "MakeEnrolmentCode",
                "EnrolmentCodeEnvelope",
                201});
    router.add({"POST",
                "/api/v1/devices/enrol",
                Access::Public,
                {},
                {},
                [&](Request& r) { return enrolWithCode(r, devices); },
                "A new register exchanges its one-time enrolment code for its device token (404 "
                "enrolment_code_invalid when unknown, used or expired)",
                "EnrolWithCode",
                "DeviceEnvelope",
                201});
}

} // namespace tp::server::identity
