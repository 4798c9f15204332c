#pragma once

#include "catalog/AttributeSets.h"
#include "catalog/Categories.h"
#include "catalog/Products.h"
#include "http/Router.h"

namespace tp::server::catalog {

// Products, categories and attribute sets of the caller's tenant: reads for all staff and
// devices, writes for owners and managers.
void addCatalogRoutes(http::Router& router, Products& products, Categories& categories, AttributeSets& attributeSets);

} // namespace tp::server::catalog
