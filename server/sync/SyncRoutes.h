#pragma once

#include "http/Router.h"
#include "sync/ChangeFeed.h"
#include "sync/SyncPush.h"

namespace tp::server::sync {

// GET /api/v1/sync/changes and POST /api/v1/sync/push, for staff and device tokens.
void addSyncRoutes(http::Router& router, ChangeFeed& feed, SyncPush& push);

} // namespace tp::server::sync
