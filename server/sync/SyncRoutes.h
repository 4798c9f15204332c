#pragma once

#include "http/Router.h"
#include "identity/DevicePresence.h"
#include "sync/ChangeFeed.h"
#include "sync/SyncPush.h"

namespace tp::server::sync {

// GET /api/v1/sync/changes and POST /api/v1/sync/push, for staff and device tokens; a device's
// requests also record what it reports about itself (`presence`).
void addSyncRoutes(http::Router& router, ChangeFeed& feed, SyncPush& push, identity::DevicePresence& presence);

} // namespace tp::server::sync
