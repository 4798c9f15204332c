#include "db/ConnectionPool.h"

#include <string>

namespace tp::server::db {

using tp::domain::makeError;
using tp::domain::Result;

ConnectionPool::Lease::Lease(ConnectionPool* pool, std::unique_ptr<BackendConnection> connection)
    : m_pool(pool)
    , m_connection(std::move(connection)) {}

ConnectionPool::Lease& ConnectionPool::Lease::operator=(Lease&& other) noexcept {
    if (this != &other) {
        giveBack();
        m_pool = other.m_pool;
        m_connection = std::move(other.m_connection);
    }
    return *this;
}

ConnectionPool::Lease::~Lease() {
    giveBack();
}

void ConnectionPool::Lease::giveBack() {
    if (m_pool && m_connection)
        m_pool->release(std::move(m_connection));
}

ConnectionPool::ConnectionPool(int size, std::chrono::milliseconds acquireTimeout, Factory factory)
    : m_size(size)
    , m_acquireTimeout(acquireTimeout)
    , m_factory(std::move(factory)) {}

void ConnectionPool::adopt(std::unique_ptr<BackendConnection> connection) {
    std::lock_guard lock(m_mutex);
    if (m_open >= m_size)
        return; // no free slot: the connection closes as it goes out of scope
    ++m_open;
    m_idle.push_back(std::move(connection));
    m_returned.notify_one();
}

Result<ConnectionPool::Lease> ConnectionPool::acquire() {
    std::unique_lock lock(m_mutex);
    const bool available =
        m_returned.wait_for(lock, m_acquireTimeout, [this] { return !m_idle.empty() || m_open < m_size; });
    if (!available)
        return makeError("database_unavailable", "no database connection became free within " +
                                                     std::to_string(m_acquireTimeout.count()) + " ms (all " +
                                                     std::to_string(m_size) + " are in use)");
    if (!m_idle.empty()) {
        auto connection = std::move(m_idle.back());
        m_idle.pop_back();
        return Lease(this, std::move(connection));
    }

    ++m_open; // reserve the slot, then open without holding the lock
    lock.unlock();
    auto opened = m_factory();
    if (!opened) {
        lock.lock();
        --m_open;
        m_returned.notify_one();
        return opened.error();
    }
    return Lease(this, std::move(opened).value());
}

void ConnectionPool::release(std::unique_ptr<BackendConnection> connection) {
    const bool keep = connection->reusable();
    if (!keep)
        connection.reset(); // close outside the lock
    std::lock_guard lock(m_mutex);
    if (keep)
        m_idle.push_back(std::move(connection));
    else
        --m_open;
    m_returned.notify_one();
}

} // namespace tp::server::db
