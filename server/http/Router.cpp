#include "http/Router.h"

#include <algorithm>
#include <stdexcept>

#include "http/PercentDecoding.h"

namespace tp::server::http {

namespace {

// Splits "/a/b" into {"a", "b"}; "/" is one empty segment. Returns false when the path does not
// start with '/'.
template <typename Segments>
bool splitPath(std::string_view path, Segments& segments) {
    if (path.empty() || path.front() != '/')
        return false;
    std::size_t start = 1;
    while (true) {
        const std::size_t slash = path.find('/', start);
        segments.emplace_back(
            path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
        if (slash == std::string_view::npos)
            return true;
        start = slash + 1;
    }
}

bool isParameterName(std::string_view name) {
    if (name.empty())
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
}

} // namespace

void Router::add(Route route) {
    if (route.method.empty() || !route.handler)
        throw std::invalid_argument("route " + route.pattern + ": method and handler are required");

    std::vector<std::string_view> raw;
    if (!splitPath(route.pattern, raw))
        throw std::invalid_argument("route pattern must start with '/': " + route.pattern);
    std::vector<Segment> segments;
    segments.reserve(raw.size());
    for (const std::string_view text : raw) {
        if (text.size() >= 2 && text.front() == '{' && text.back() == '}') {
            const std::string_view name = text.substr(1, text.size() - 2);
            if (!isParameterName(name))
                throw std::invalid_argument("bad parameter name in route pattern " + route.pattern);
            for (const Segment& earlier : segments) {
                if (earlier.parameter && earlier.text == name)
                    throw std::invalid_argument("parameter {" + std::string(name) + "} twice in " + route.pattern);
            }
            segments.push_back({std::string(name), true});
        } else {
            if (text.find_first_of("{}%?#") != std::string_view::npos)
                throw std::invalid_argument("route pattern segments are literals or whole {name}s: " + route.pattern);
            segments.push_back({std::string(text), false});
        }
    }

    if (m_bySegmentCount.size() <= segments.size())
        m_bySegmentCount.resize(segments.size() + 1);
    for (const std::size_t other : m_bySegmentCount[segments.size()]) {
        if (m_routes[other].method != route.method)
            continue;
        const auto sameShape = std::equal(segments.begin(), segments.end(), m_segments[other].begin(),
                                          [](const Segment& a, const Segment& b) {
                                              return a.parameter == b.parameter && (a.parameter || a.text == b.text);
                                          });
        if (sameShape)
            throw std::invalid_argument("route " + route.method + " " + route.pattern + " is ambiguous with " +
                                        m_routes[other].pattern);
    }

    m_bySegmentCount[segments.size()].push_back(m_routes.size());
    m_segments.push_back(std::move(segments));
    m_routes.push_back(std::move(route));
}

Router::Match Router::match(std::string_view method, std::string_view path) const {
    Match result;
    std::vector<std::string_view> raw;
    raw.reserve(8);
    if (!splitPath(path, raw) || raw.size() >= m_bySegmentCount.size())
        return result;
    const std::vector<std::size_t>& candidates = m_bySegmentCount[raw.size()];
    if (candidates.empty())
        return result;

    // Escaped segments are decoded into one buffer sized up front (decoding never grows text), so
    // the views into it stay valid; a path without '%' allocates nothing here.
    std::string buffer;
    if (path.find('%') != std::string_view::npos)
        buffer.reserve(path.size());
    for (std::string_view& segment : raw) {
        if (segment.find('%') != std::string_view::npos) {
            const std::size_t start = buffer.size();
            if (!appendPercentDecoded(buffer, segment, false))
                return result;
            segment = std::string_view(buffer).substr(start);
        }
        if (!isCleanText(segment))
            return result;
    }
    const std::vector<std::string_view>& decoded = raw;

    const auto matchesPath = [&decoded](const std::vector<Segment>& segments) {
        for (std::size_t i = 0; i < segments.size(); ++i) {
            if (segments[i].parameter ? decoded[i].empty() : segments[i].text != decoded[i])
                return false;
        }
        return true;
    };

    const std::vector<Segment>* best = nullptr;
    for (const std::size_t index : candidates) {
        const std::vector<Segment>& segments = m_segments[index];
        if (m_routes[index].method != method || !matchesPath(segments))
            continue;
        // More specific: the first segment where the two differ is a literal here.
        bool better = best == nullptr;
        for (std::size_t i = 0; !better && i < segments.size(); ++i) {
            if (segments[i].parameter != (*best)[i].parameter) {
                better = !segments[i].parameter;
                break;
            }
        }
        if (better) {
            best = &segments;
            result.route = &m_routes[index];
        }
    }

    if (result.route == nullptr) {
        // Only now, on the way to a 404 or 405: which methods the path has.
        for (const std::size_t index : candidates) {
            if (matchesPath(m_segments[index]))
                result.allowedMethods.push_back(m_routes[index].method);
        }
        std::sort(result.allowedMethods.begin(), result.allowedMethods.end());
        result.allowedMethods.erase(std::unique(result.allowedMethods.begin(), result.allowedMethods.end()),
                                    result.allowedMethods.end());
        return result;
    }
    for (std::size_t i = 0; i < best->size(); ++i) {
        if ((*best)[i].parameter)
            result.params.emplace((*best)[i].text, decoded[i]);
    }
    return result;
}

} // namespace tp::server::http
