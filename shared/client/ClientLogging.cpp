#include "client/ClientLogging.h"

// Debug output (one line per page or batch) is opt-in through QT_LOGGING_RULES.

Q_LOGGING_CATEGORY(lcReplica, "tillpoint.client.replica", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSyncPull, "tillpoint.sync.pull", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSyncPush, "tillpoint.sync.push", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSyncEngine, "tillpoint.sync.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "tillpoint.client.credentials", QtInfoMsg)
