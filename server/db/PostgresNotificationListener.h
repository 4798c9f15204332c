#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <thread>

#include "domain/core/Result.h"

struct pg_conn;

namespace tp::server::db {

// Hears PostgreSQL notifications on one channel (LISTEN/NOTIFY), so that a server learns of
// writes that other servers sharing the database committed.
//
// A thread with a libpq connection of its own — LISTEN belongs to a session, and the pool's
// sessions serve requests. It connects, runs LISTEN, reports connected(), then hands each
// notification's payload to notified(), in commit order. It waits with poll() on the socket and
// on a wake-up eventfd, so stop() never waits for the database, not even for a connection
// attempt. When a connection attempt fails or the connection is lost it reports disconnected()
// and tries again after a backoff (firstRetryDelay, doubling up to maxRetryDelay; back to the
// first once LISTEN succeeds). TCP keepalives find a peer that vanished without a word.
//
// What the callbacks promise: from connected() on, every transaction that commits later is
// heard; notifications of commits while not connected are lost for good. So a user treats
// disconnected() as "anything may have changed from now on" and a later connected() as "from
// now on you hear everything" (ProductDocumentCache::suspend and resume).
//
// Callbacks run on the listener's thread, one at a time; they must not throw, and whatever they
// block on delays the next notification.
class PostgresNotificationListener {
public:
    struct Options {
        std::string uri; // libpq connection URI (DatabaseUrl::target)
        std::string channel;
        std::string applicationName = "tillpoint-listener"; // how pg_stat_activity shows the session
        std::chrono::milliseconds connectTimeout{10000};
        std::chrono::milliseconds firstRetryDelay{100};
        std::chrono::milliseconds maxRetryDelay{5000};
    };
    struct Callbacks {
        std::function<void(std::string_view payload)> notified;
        std::function<void()> connected;                             // LISTEN succeeded
        std::function<void(const std::string& reason)> disconnected; // an attempt failed or the connection was lost
    };

    // Starts the thread; its first attempt to connect follows at once. Fails only when the
    // wake-up descriptor cannot be made.
    static tp::domain::Result<std::unique_ptr<PostgresNotificationListener>> start(Options options,
                                                                                   Callbacks callbacks);
    ~PostgresNotificationListener(); // stop()
    PostgresNotificationListener(const PostgresNotificationListener&) = delete;
    PostgresNotificationListener& operator=(const PostgresNotificationListener&) = delete;

    // Ends the session and joins the thread: no callback runs after it returned. Idempotent; not
    // from a callback (the thread would wait for itself).
    void stop();

private:
    struct SessionCloser {
        void operator()(pg_conn* connection) const;
    };
    using Session = std::unique_ptr<pg_conn, SessionCloser>;
    enum class Wait { Ready, Woken, TimedOut };
    using Deadline = std::chrono::steady_clock::time_point;

    PostgresNotificationListener(Options options, Callbacks callbacks, int wake);

    void run();
    // The steps of one session; a stop() ends each with the error "stopped".
    tp::domain::Result<Session> connect() const;
    tp::domain::Result<void> listen(pg_conn* session) const;
    tp::domain::Error receive(pg_conn* session) const; // returns when the session ends
    // Until `socket` (-1: none) is ready for `events`, stop() is called, or `deadline` (null:
    // none) passed.
    Wait waitFor(int socket, short events, const Deadline* deadline) const;

    const Options m_options;
    const Callbacks m_callbacks;
    const int m_wake; // eventfd: readable once stop() was called
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
};

} // namespace tp::server::db
