#pragma once

#include <string>

#include "domain/core/Result.h"

namespace tp::server::db {

// Makes every transaction committed so far to the SQLite file `databasePath` survive a power
// loss: one fdatasync of its write-ahead log. The server's SQLite connections commit with
// synchronous=NORMAL (no sync per commit; the log is synced at checkpoints), which keeps
// every commit safe from a crash of the process but not from a power cut; syncing the log
// once before an acknowledgement covers all commits before it at the cost of one sync.
// No log file (nothing written since the last connection closed) means nothing is pending.
tp::domain::Result<void> syncSqliteWal(const std::string& databasePath);

} // namespace tp::server::db
