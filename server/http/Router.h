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
//
// Matching: only patterns with as many segments as the path can match, so routes are grouped
// by segment count. The path's segments are percent-decoded one by one (so "%2F" stays inside
// its segment) and compared with the literals; among the routes of the request's method that
// match, the one with a literal earliest wins. Empty segments never match a parameter, and a
// trailing slash is a segment of its own: "/healthz/" is not "/healthz". A segment with a bad
// escape, a NUL or invalid UTF-8 after decoding matches nothing (404).
//
// add() throws std::invalid_argument for a malformed pattern or a route that would be
// ambiguous with one already added (same method, same shape): both are programming errors
// found at startup.
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
    struct Segment {
        std::string text; // the literal, or the parameter's name
        bool parameter = false;
    };
    std::vector<Route> m_routes;
    std::vector<std::vector<Segment>> m_segments;           // parallel to m_routes
    std::vector<std::vector<std::size_t>> m_bySegmentCount; // [count] → indexes into m_routes
};

} // namespace tp::server::http
