#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <Poco/JSON/Object.h>

#include "domain/core/Result.h"
#include "http/Request.h"

namespace tp::server {

// Keyset pagination (API.md "Lists"): ?limit= (default 50, at most 500) and ?cursor=, where the
// cursor is the opaque key of the last item of the previous page. Lists never count rows.
struct PageRequest {
    int limit = 50;
    std::optional<std::string> cursor;

    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 500;
};

// Reads limit and cursor from the query; a limit that is not an integer in 1..500 or a cursor
// that is not a key this server made → "invalid_request".
tp::domain::Result<PageRequest> readPage(const http::Request& request);

// Sets "next_cursor" on `body`: the last key when the page was full (there may be more), else null.
void setNextCursor(Poco::JSON::Object::Ptr& body, const PageRequest& page, std::size_t itemsReturned,
                   const std::string& lastKey);

// The list answer {"next_cursor": …, "<key>": [items]} from items serialised already, with
// next_cursor as setNextCursor() sets it.
std::string pageOfJsonTexts(std::string_view key, const std::vector<std::string>& items, const PageRequest& page,
                            const std::string& lastKey);

} // namespace tp::server
