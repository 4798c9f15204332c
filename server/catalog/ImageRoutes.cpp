#include "catalog/ImageRoutes.h"

namespace tp::server::catalog {

using http::Access;
using http::Request;
using http::Response;
using http::StaffRole;
using tp::domain::Result;

void addImageRoutes(http::Router& router, ImageStore& images) {
    router.add({"POST",
                "/api/v1/images",
                Access::Staff,
                {StaffRole::Owner, StaffRole::Manager},
                {},
                [&](Request& r) -> Result<Response> {
                    auto stored = images.put(r.principal->tenantId, r.body);
                    if (!stored)
                        return stored.error();
                    Poco::JSON::Object::Ptr image = new Poco::JSON::Object;
                    image->set("sha256", stored.value());
                    image->set("content_type", ImageStore::contentTypeOf(r.body));
                    image->set("size_bytes", static_cast<std::int64_t>(r.body.size()));
                    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
                    body->set("image", image);
                    return Response::json(200, body);
                },
                "Store a product image (JPEG, PNG or WebP; the body is its bytes) under the SHA-256 of its bytes, "
                "which the answer names; the same bytes again change nothing",
                "",
                "ImageEnvelope"});
    router.add({"GET",
                "/api/v1/images/{sha256}",
                Access::StaffOrDevice,
                {},
                {},
                [&](Request& r) -> Result<Response> {
                    auto image = images.get(r.principal->tenantId, r.param("sha256"));
                    if (!image)
                        return image.error();
                    Response answer = Response::text(200, std::move(image->bytes), image->contentType);
                    answer.headers.emplace_back("Cache-Control", "private, max-age=31536000, immutable");
                    return answer;
                },
                "A product image's bytes",
                "",
                "",
                200,
                true});
}

} // namespace tp::server::catalog
