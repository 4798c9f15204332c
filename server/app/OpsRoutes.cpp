#include "app/OpsRoutes.h"

#include <memory>
#include <regex>

#include "protocol/JsonText.h"

namespace tp::server::app {

using http::Access;
using http::Request;
using http::Response;
using tp::domain::Result;

namespace {

Poco::JSON::Object::Ptr object() {
    return new Poco::JSON::Object;
}

Poco::JSON::Object::Ptr schemaRef(const std::string& name) {
    Poco::JSON::Object::Ptr ref = object();
    ref->set("$ref", "#/components/schemas/" + name);
    return ref;
}

Poco::JSON::Object::Ptr jsonContent(const Poco::JSON::Object::Ptr& schema) {
    Poco::JSON::Object::Ptr media = object();
    media->set("schema", schema);
    Poco::JSON::Object::Ptr content = object();
    content->set("application/json", media);
    return content;
}

const char* accessText(Access access) {
    switch (access) {
    case Access::Public:
        return "public";
    case Access::PlatformAdmin:
        return "platform admin token";
    case Access::Staff:
        return "staff access token";
    case Access::Device:
        return "device token";
    case Access::StaffOrDevice:
        return "staff access token or device token";
    }
    return "";
}

// The OpenAPI 3 document of every route in `router`.
std::string buildOpenApi(const http::Router& router) {
    Poco::JSON::Object::Ptr doc = object();
    doc->set("openapi", "3.0.3");
    Poco::JSON::Object::Ptr info = object();
    info->set("title", "Tillpoint API");
    info->set("version", "1");
    info->set("description", "Registers, backoffices, the web shop and outside clients speak this API. Money is "
                             "{amount: integer minor units, currency}; quantities are qty_milli integers.");
    doc->set("info", info);

    Poco::JSON::Object::Ptr schemas = object();
    Poco::JSON::Object::Ptr error = object();
    error->set("type", "object");
    Poco::JSON::Object::Ptr errorBody = object();
    errorBody->set("type", "object");
    Poco::JSON::Array::Ptr required = new Poco::JSON::Array;
    required->add("code");
    required->add("message");
    errorBody->set("required", required);
    Poco::JSON::Object::Ptr errorProperties = object();
    for (const char* field : {"code", "message"}) {
        Poco::JSON::Object::Ptr text = object();
        text->set("type", "string");
        errorProperties->set(field, text);
    }
    errorBody->set("properties", errorProperties);
    Poco::JSON::Object::Ptr errorWrapper = object();
    errorWrapper->set("error", errorBody);
    error->set("properties", errorWrapper);
    schemas->set("Error", error);

    Poco::JSON::Object::Ptr paths = object();
    const std::regex parameter("\\{([a-z_]+)\\}");
    for (const http::Route& route : router.routes()) {
        Poco::JSON::Object::Ptr pathItem =
            paths->has(route.pattern) ? paths->getObject(route.pattern) : Poco::JSON::Object::Ptr(object());
        Poco::JSON::Object::Ptr operation = object();
        operation->set("summary", route.summary);
        operation->set("description", std::string("Access: ") + accessText(route.access) +
                                          (route.feature.empty() ? "" : "; feature flag: " + route.feature));
        if (route.access != Access::Public) {
            Poco::JSON::Array::Ptr security = new Poco::JSON::Array;
            Poco::JSON::Object::Ptr bearer = object();
            bearer->set("bearer", Poco::JSON::Array::Ptr(new Poco::JSON::Array));
            security->add(bearer);
            operation->set("security", security);
        }
        Poco::JSON::Array::Ptr parameters = new Poco::JSON::Array;
        for (std::sregex_iterator it(route.pattern.begin(), route.pattern.end(), parameter), end; it != end; ++it) {
            Poco::JSON::Object::Ptr p = object();
            p->set("name", (*it)[1].str());
            p->set("in", "path");
            p->set("required", true);
            Poco::JSON::Object::Ptr type = object();
            type->set("type", "string");
            p->set("schema", type);
            parameters->add(p);
        }
        if (parameters->size() > 0)
            operation->set("parameters", parameters);
        if (!route.requestSchema.empty()) {
            Poco::JSON::Object::Ptr body = object();
            body->set("required", true);
            body->set("content", jsonContent(schemaRef(route.requestSchema)));
            operation->set("requestBody", body);
            Poco::JSON::Object::Ptr generic = object();
            generic->set("type", "object");
            schemas->set(route.requestSchema, generic);
        }
        Poco::JSON::Object::Ptr responses = object();
        Poco::JSON::Object::Ptr success = object();
        success->set("description", "success");
        if (!route.responseSchema.empty()) {
            success->set("content", jsonContent(schemaRef(route.responseSchema)));
            Poco::JSON::Object::Ptr generic = object();
            generic->set("type", "object");
            schemas->set(route.responseSchema, generic);
        }
        responses->set(std::to_string(route.successStatus), success);
        Poco::JSON::Object::Ptr failure = object();
        failure->set("description", "error envelope");
        failure->set("content", jsonContent(schemaRef("Error")));
        responses->set("default", failure);
        operation->set("responses", responses);
        std::string method = route.method;
        for (char& c : method)
            c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        pathItem->set(method, operation);
        paths->set(route.pattern, pathItem);
    }
    doc->set("paths", paths);
    Poco::JSON::Object::Ptr components = object();
    components->set("schemas", schemas);
    Poco::JSON::Object::Ptr bearerScheme = object();
    bearerScheme->set("type", "http");
    bearerScheme->set("scheme", "bearer");
    Poco::JSON::Object::Ptr securitySchemes = object();
    securitySchemes->set("bearer", bearerScheme);
    components->set("securitySchemes", securitySchemes);
    doc->set("components", components);
    return protocol::toJsonText(doc);
}

} // namespace

void addOpsRoutes(http::Router& router, db::Database& database, http::Metrics& metrics) {
    router.add({"GET",
                "/healthz",
                Access::Public,
                {},
                {},
                [&database](Request&) -> Result<Response> {
                    auto alive = database.transaction(db::Scope::none(), db::TransactionKind::Read,
                                                      [](db::Connection& connection) -> Result<void> {
                                                          auto one = connection.execute("SELECT 1");
                                                          if (!one)
                                                              return one.error();
                                                          return {};
                                                      });
                    Poco::JSON::Object::Ptr body = object();
                    body->set("status", alive ? "ok" : "unavailable");
                    return Response::json(alive ? 200 : 503, body);
                },
                "Liveness and database health",
                "",
                "Health"});
    router.add({"GET",
                "/metrics",
                Access::Public,
                {},
                {},
                [&metrics](Request&) -> Result<Response> {
                    return Response::text(200, metrics.renderPrometheus(), std::string(http::Metrics::contentType));
                },
                "Prometheus metrics",
                "",
                ""});
    // The document is built once the route table is complete (this is the last route added,
    // and it describes itself too), then served as is.
    auto document = std::make_shared<std::string>();
    router.add({"GET",
                "/api/v1/openapi.json",
                Access::Public,
                {},
                {},
                [document](Request&) -> Result<Response> { return Response::text(200, *document, "application/json"); },
                "This OpenAPI document",
                "",
                "OpenApi"});
    *document = buildOpenApi(router);
}

} // namespace tp::server::app
