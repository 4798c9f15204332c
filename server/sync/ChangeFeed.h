#pragma once

#include <cstdint>
#include <string>

#include "core/ServerContext.h"
#include "domain/core/Result.h"
#include "http/Principal.h"

namespace tp::server::sync {

// GET /api/v1/sync/changes (ARCHITECTURE.md, Sync rule 1): the tenant's change log after a
// cursor, oldest first, as the wire JSON {"changes":[{"seq","entity","id","op","data"}],
// "cursor","has_more"}. The cursor is the seq of the last change the caller was sent (as a
// string; "0" before the first sync) — opaque to clients.
//
// Staff see the whole tenant's feed. A device (a register) sees what a till needs of its own
// store only: entries that belong to a store (stock levels, store settings, orders) when they
// are its store's, and in products only its store's per-store prices. Filtering happens in
// the query, so a page is never padded with rows the caller may not see.
class ChangeFeed {
public:
    static constexpr int kDefaultLimit = 500;
    // A first sync asks for the largest pages: fewer, larger transactions on the client.
    static constexpr int kMaxLimit = 5000;

    explicit ChangeFeed(ServerContext& context)
        : m_context(context) {}

    tp::domain::Result<std::string> page(const http::Principal& caller, std::int64_t since, int limit);

private:
    ServerContext& m_context;
};

} // namespace tp::server::sync
