#include "app/ServerLock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace tp::server::app {

using tp::domain::makeError;
using tp::domain::Result;

namespace {

// The pid the holder wrote, for the message ("" when unreadable).
std::string holderPid(int fd) {
    char buffer[32] = {};
    const ssize_t read = ::pread(fd, buffer, sizeof buffer - 1, 0);
    std::string pid(buffer, read > 0 ? static_cast<std::size_t>(read) : 0);
    while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' '))
        pid.pop_back();
    return pid;
}

} // namespace

Result<ServerLock> ServerLock::acquire(const std::filesystem::path& file, const std::string& guarded) {
    // O_CLOEXEC: a child process must not inherit, and so keep, the lock.
    const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError("invalid_configuration",
                         "cannot open the lock file " + file.string() + ": " + std::strerror(errno));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        const std::string pid = holderPid(fd);
        ::close(fd);
        if (error == EWOULDBLOCK)
            return makeError("data_dir_in_use", "another tillpoint-server is using " + guarded +
                                                    (pid.empty() ? std::string() : " (pid " + pid + ")"));
        return makeError("invalid_configuration", "cannot lock " + file.string() + ": " + std::strerror(error));
    }
    // The pid is a note for the operator; the lock holds without it.
    const std::string pid = std::to_string(::getpid()) + "\n";
    [[maybe_unused]] const bool noted =
        ::ftruncate(fd, 0) == 0 && ::pwrite(fd, pid.data(), pid.size(), 0) == static_cast<ssize_t>(pid.size());
    return ServerLock(fd);
}

ServerLock::ServerLock(ServerLock&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)) {}

ServerLock& ServerLock::operator=(ServerLock&& other) noexcept {
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

ServerLock::~ServerLock() {
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
}

} // namespace tp::server::app
