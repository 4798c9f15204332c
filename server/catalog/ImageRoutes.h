#pragma once

#include "catalog/ImageStore.h"
#include "http/Router.h"

namespace tp::server::catalog {

// POST /api/v1/images (owners and managers; the body is the image's bytes) and
// GET /api/v1/images/{sha256} (staff and devices; the bytes with their type, cacheable for good:
// a name never changes its bytes).
void addImageRoutes(http::Router& router, ImageStore& images);

} // namespace tp::server::catalog
