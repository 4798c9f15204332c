#include "db/WalSync.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tp::server::db {

tp::domain::Result<void> syncSqliteWal(const std::string& databasePath) {
    const std::string wal = databasePath + "-wal";
    const int fd = ::open(wal.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return {};
        return tp::domain::makeError("database_unavailable",
                                     "cannot open the SQLite log " + wal + ": " + std::strerror(errno));
    }
    // fdatasync works on the file, whichever descriptor names it: the connections' writes
    // through their own descriptors are included.
    const int synced = ::fdatasync(fd);
    const int error = errno;
    ::close(fd);
    if (synced != 0)
        return tp::domain::makeError("database_unavailable",
                                     "cannot sync the SQLite log " + wal + ": " + std::strerror(error));
    return {};
}

} // namespace tp::server::db
