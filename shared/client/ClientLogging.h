#pragma once

#include <QLoggingCategory>

// Dotted categories per area, so a support person can switch on one of them
// (QT_LOGGING_RULES="tillpoint.sync.push.debug=true") without drowning in the rest.
Q_DECLARE_LOGGING_CATEGORY(lcReplica)
Q_DECLARE_LOGGING_CATEGORY(lcSyncPull)
Q_DECLARE_LOGGING_CATEGORY(lcSyncPush)
Q_DECLARE_LOGGING_CATEGORY(lcSyncEngine)
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
