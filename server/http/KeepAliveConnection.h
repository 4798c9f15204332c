#pragma once

#include <atomic>
#include <mutex>
#include <set>

#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/TCPServerConnection.h>
#include <Poco/Net/TCPServerConnectionFactory.h>

namespace tp::server::http {

class KeepAliveConnection;

// The connections being served, so that a stop can wake those waiting for a next request.
class ConnectionRegistry {
public:
    void add(KeepAliveConnection* connection);
    void remove(KeepAliveConnection* connection);
    // Every connection ends: idle ones at once; busy ones after their current answer, or at
    // once (their socket shut down) with `abortCurrent`.
    void stopAll(bool abortCurrent);

private:
    std::mutex m_mutex;
    std::set<KeepAliveConnection*> m_connections;
    bool m_stopped = false;
};

// One client connection served with Poco's HTTP session, request and response classes, like
// Poco::Net::HTTPServerConnection — but waiting for the next kept-alive request in a plain
// blocking read with the keep-alive timeout rather than Poco's poll(), which creates, arms
// and closes an epoll descriptor for every request (four system calls a request, a tenth of
// a cached read's cost). Requests are handled under the connection's mutex, so a graceful
// stop lets the current answer finish.
class KeepAliveConnection : public Poco::Net::TCPServerConnection {
public:
    KeepAliveConnection(const Poco::Net::StreamSocket& socket, Poco::Net::HTTPServerParams::Ptr params,
                        Poco::Net::HTTPRequestHandlerFactory::Ptr factory, ConnectionRegistry& registry);

    void run() override;
    // From another thread: ends the connection (see ConnectionRegistry::stopAll).
    void stop(bool abortCurrent);

private:
    void serve();

    Poco::Net::HTTPServerParams::Ptr m_params;
    Poco::Net::HTTPRequestHandlerFactory::Ptr m_factory;
    ConnectionRegistry& m_registry;
    std::mutex m_handling;
    std::atomic<bool> m_stopped{false};
};

class KeepAliveConnectionFactory : public Poco::Net::TCPServerConnectionFactory {
public:
    KeepAliveConnectionFactory(Poco::Net::HTTPServerParams::Ptr params,
                               Poco::Net::HTTPRequestHandlerFactory::Ptr factory, ConnectionRegistry& registry)
        : m_params(std::move(params))
        , m_factory(std::move(factory))
        , m_registry(registry) {}

    Poco::Net::TCPServerConnection* createConnection(const Poco::Net::StreamSocket& socket) override {
        return new KeepAliveConnection(socket, m_params, m_factory, m_registry);
    }

private:
    Poco::Net::HTTPServerParams::Ptr m_params;
    Poco::Net::HTTPRequestHandlerFactory::Ptr m_factory;
    ConnectionRegistry& m_registry;
};

} // namespace tp::server::http
