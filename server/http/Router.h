#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "http/Route.h"

namespace tp::server::http {

// Maps method + path to a route. Patterns are literal segments and {name} segments, matched
// segment by segment; a literal beats a parameter at the same position ("/products/search"
// before "/products/{id}").
class Router {
public:
    void add(Route route);

    struct Match {
        const Route* route = nullptr;
        std::map<std::string, std::string> params;
        // When no route matched: the methods the path does exist with (non-empty → 405 with
        // an Allow header; empty → 404).
        std::vector<std::string> allowedMethods;
    };
    Match match(std::string_view method, std::string_view path) const;

    const std::vector<Route>& routes() const { return m_routes; }

private:
    std::vector<Route> m_routes;
};

} // namespace tp::server::http
