#include "http/Acceptor.h"

#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <Poco/Logger.h>

namespace tp::server::http {

namespace {

std::string addressText(const sockaddr_storage& address) {
    char text[INET6_ADDRSTRLEN] = {};
    if (address.ss_family == AF_INET)
        ::inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in&>(address).sin_addr, text, sizeof text);
    else if (address.ss_family == AF_INET6)
        ::inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6&>(address).sin6_addr, text, sizeof text);
    return text;
}

} // namespace

Acceptor::Acceptor(int listeningSocket, Adopt adopt)
    : m_listening(listeningSocket)
    , m_adopt(std::move(adopt)) {}

Acceptor::~Acceptor() {
    stop();
    if (m_wake >= 0)
        ::close(m_wake);
}

tp::domain::Result<void> Acceptor::start() {
    m_wake = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_wake < 0)
        return tp::domain::makeError("listen_failed",
                                     std::string("cannot create the accept loop: ") + std::strerror(errno));
    m_thread = std::thread([this] { run(); });
    return {};
}

void Acceptor::stop() {
    if (!m_thread.joinable())
        return;
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(m_wake, &one, sizeof one);
    m_thread.join();
}

void Acceptor::run() {
    pollfd watched[2] = {{m_listening, POLLIN, 0}, {m_wake, POLLIN, 0}};
    bool backOff = false; // out of descriptors: wait for some to free up (only the wake-up counts)
    for (;;) {
        const int ready = backOff ? ::poll(&watched[1], 1, 100) : ::poll(watched, 2, -1);
        if (ready < 0 && errno != EINTR)
            return;
        if (watched[1].revents != 0)
            return;
        backOff = false;
        for (;;) {
            sockaddr_storage address{};
            socklen_t length = sizeof address;
            const int socket =
                ::accept4(m_listening, reinterpret_cast<sockaddr*>(&address), &length, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (socket < 0) {
                if (errno == EINTR || errno == ECONNABORTED)
                    continue;
                if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                    // Out of descriptors or memory: try again shortly rather than spin.
                    Poco::Logger::get("tillpoint.http")
                        .warning(std::string("cannot accept a connection: ") + std::strerror(errno));
                    backOff = true;
                }
                break; // EAGAIN: all accepted
            }
            const int one = 1;
            ::setsockopt(socket, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            m_adopt(socket, addressText(address));
        }
    }
}

} // namespace tp::server::http
