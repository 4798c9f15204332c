#pragma once

#include <functional>
#include <string>
#include <thread>

#include "domain/core/Result.h"

namespace tp::server::http {

// Accepts connections on a listening socket on its own thread and hands each one, non-blocking
// and with Nagle off, to `adopt` with the client's address ("ip", no port). The loops that
// serve them get them round-robin from the caller's `adopt`.
class Acceptor {
public:
    using Adopt = std::function<void(int socket, std::string remoteAddress)>;

    Acceptor(int listeningSocket, Adopt adopt);
    ~Acceptor(); // stops

    tp::domain::Result<void> start();
    // Returns once the thread accepts no more; the listening socket stays open (the caller closes it).
    void stop();

private:
    void run();

    int m_listening;
    Adopt m_adopt;
    int m_wake = -1;
    std::thread m_thread;
};

} // namespace tp::server::http
