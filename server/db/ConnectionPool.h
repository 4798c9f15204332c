#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "db/BackendConnection.h"
#include "domain/core/Result.h"

namespace tp::server::db {

// A fixed number of connection slots shared by the server's threads.
//
// acquire() hands out an idle connection, or opens one when a slot is free (connections are
// opened lazily, through the factory, outside the lock), or waits for one to come back until
// the acquire timeout, then fails with database_unavailable. A Lease gives the connection back
// when it goes out of scope; the pool keeps it only if it is reusable() (open and outside any
// transaction) and otherwise closes it and frees the slot, so a broken or dirty connection is
// never handed out again and the next acquire() opens a fresh one.
//
// Thread-safe. Every Lease must be gone before the pool is destroyed.
class ConnectionPool {
public:
    using Factory = std::function<tp::domain::Result<std::unique_ptr<BackendConnection>>()>;

    class Lease {
    public:
        Lease(ConnectionPool* pool, std::unique_ptr<BackendConnection> connection);
        Lease(Lease&& other) noexcept = default;
        Lease& operator=(Lease&& other) noexcept;
        ~Lease();

        BackendConnection& operator*() const { return *m_connection; }
        BackendConnection* operator->() const { return m_connection.get(); }

    private:
        void giveBack();

        ConnectionPool* m_pool = nullptr;
        std::unique_ptr<BackendConnection> m_connection;
    };

    ConnectionPool(int size, std::chrono::milliseconds acquireTimeout, Factory factory);
    ConnectionPool(const ConnectionPool&) = delete;
    ConnectionPool& operator=(const ConnectionPool&) = delete;

    // Puts an already open connection into a free slot (Database::open's migration connection).
    void adopt(std::unique_ptr<BackendConnection> connection);

    tp::domain::Result<Lease> acquire();

    int size() const { return m_size; }

private:
    void release(std::unique_ptr<BackendConnection> connection);

    const int m_size;
    const std::chrono::milliseconds m_acquireTimeout;
    const Factory m_factory;

    std::mutex m_mutex;
    std::condition_variable m_returned;
    std::vector<std::unique_ptr<BackendConnection>> m_idle;
    int m_open = 0; // idle + leased + being opened
};

} // namespace tp::server::db
