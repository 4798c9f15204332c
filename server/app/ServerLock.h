#pragma once

#include <filesystem>
#include <string>

#include "domain/core/Result.h"

namespace tp::server::app {

// An exclusive flock(2) on a lock file, held while this object lives: how a tillpoint-server
// claims what no second server may use at the same time (a SQLite data directory, whose
// product document cache is exact only while one process makes every write). The kernel
// releases the lock when the process ends, however it ends, so a crash leaves nothing stale;
// the file stays and names the holder's pid for the operator. flock locks belong to an open
// file, not to a process, so two servers in one process (tests) exclude each other as well.
class ServerLock {
public:
    // Fails with "data_dir_in_use" ("another tillpoint-server is using <guarded> (pid N)"), or
    // "invalid_configuration" when the lock file cannot be opened.
    static tp::domain::Result<ServerLock> acquire(const std::filesystem::path& file, const std::string& guarded);

    ServerLock(ServerLock&& other) noexcept;
    ServerLock& operator=(ServerLock&& other) noexcept;
    ServerLock(const ServerLock&) = delete;
    ServerLock& operator=(const ServerLock&) = delete;
    ~ServerLock();

private:
    explicit ServerLock(int fd)
        : m_fd(fd) {}

    int m_fd = -1;
};

} // namespace tp::server::app
