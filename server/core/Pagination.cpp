#include "core/Pagination.h"

#include <charconv>

#include "http/JsonString.h"

namespace tp::server {

tp::domain::Result<PageRequest> readPage(const http::Request& request) {
    PageRequest page;
    if (const auto limit = request.queryValue("limit")) {
        int value = 0;
        const auto [end, ec] = std::from_chars(limit->data(), limit->data() + limit->size(), value);
        if (ec != std::errc{} || end != limit->data() + limit->size() || value < 1 || value > PageRequest::kMaxLimit)
            return tp::domain::makeError("invalid_request", "limit must be an integer from 1 to 500");
        page.limit = value;
    }
    if (const auto cursor = request.queryValue("cursor"); cursor && !cursor->empty()) {
        // Cursors are ids (UUIDv7 text) or other keys made of these characters.
        if (cursor->size() > 200 ||
            cursor->find_first_not_of("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_.:") !=
                std::string::npos)
            return tp::domain::makeError("invalid_request", "cursor is not one this server handed out");
        page.cursor = *cursor;
    }
    return page;
}

void setNextCursor(Poco::JSON::Object::Ptr& body, const PageRequest& page, std::size_t itemsReturned,
                   const std::string& lastKey) {
    if (itemsReturned == static_cast<std::size_t>(page.limit) && !lastKey.empty())
        body->set("next_cursor", lastKey);
    else
        body->set("next_cursor", Poco::Dynamic::Var());
}

std::string pageOfJsonTexts(std::string_view key, const std::vector<std::string>& items, const PageRequest& page,
                            const std::string& lastKey) {
    std::size_t size = 64 + key.size() + lastKey.size();
    for (const std::string& item : items)
        size += item.size() + 1;
    std::string body;
    body.reserve(size);
    // Keys in the order Poco's objects write them (sorted), like every other answer.
    body.append("{\"next_cursor\":");
    if (items.size() == static_cast<std::size_t>(page.limit) && !lastKey.empty())
        http::appendJsonString(body, lastKey);
    else
        body.append("null");
    body.push_back(',');
    http::appendJsonString(body, key);
    body.append(":[");
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            body.push_back(',');
        body.append(items[i]);
    }
    body.append("]}");
    return body;
}

} // namespace tp::server
