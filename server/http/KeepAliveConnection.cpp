#include "http/KeepAliveConnection.h"

#include <memory>

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponseImpl.h>
#include <Poco/Net/HTTPServerSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Timestamp.h>

namespace tp::server::http {

void ConnectionRegistry::add(KeepAliveConnection* connection) {
    bool stopped = false;
    {
        const std::lock_guard lock(m_mutex);
        m_connections.insert(connection);
        stopped = m_stopped;
    }
    if (stopped) // accepted just before the stop: served no further
        connection->stop(true);
}

void ConnectionRegistry::remove(KeepAliveConnection* connection) {
    const std::lock_guard lock(m_mutex);
    m_connections.erase(connection);
}

void ConnectionRegistry::stopAll(bool abortCurrent) {
    // Under the registry's mutex throughout: a connection leaving (remove() at the end of its
    // run()) waits, so none is deleted while it is being stopped here. No lock-order problem:
    // a connection never touches the registry while it holds its handling mutex.
    const std::lock_guard lock(m_mutex);
    m_stopped = true;
    for (KeepAliveConnection* connection : m_connections)
        connection->stop(abortCurrent);
}

KeepAliveConnection::KeepAliveConnection(const Poco::Net::StreamSocket& socket, Poco::Net::HTTPServerParams::Ptr params,
                                         Poco::Net::HTTPRequestHandlerFactory::Ptr factory,
                                         ConnectionRegistry& registry)
    : Poco::Net::TCPServerConnection(socket)
    , m_params(std::move(params))
    , m_factory(std::move(factory))
    , m_registry(registry) {}

void KeepAliveConnection::run() {
    m_registry.add(this);
    try {
        serve();
    } catch (...) {
        // A broken connection ends here; the client reconnects.
    }
    m_registry.remove(this);
}

void KeepAliveConnection::stop(bool abortCurrent) {
    m_stopped = true;
    if (abortCurrent) {
        try {
            socket().shutdown();
        } catch (...) {
        }
        return;
    }
    const std::lock_guard lock(m_handling); // after the current answer, if any
    try {
        socket().shutdown();
    } catch (...) {
    }
}

void KeepAliveConnection::serve() {
    const std::string software = m_params->getSoftwareVersion();
    Poco::Net::HTTPServerSession session(socket(), m_params);
    // Requests this connection may still serve; a maximum of 0 or less means no limit.
    const bool limited = m_params->getMaxKeepAliveRequests() > 0;
    int remaining = m_params->getMaxKeepAliveRequests();
    // The socket's receive timeout, changed only when it must (a system call each time): the
    // I/O timeout for the first request and for bodies, the keep-alive timeout while waiting
    // for a kept-alive client's next request.
    Poco::Timespan current = m_params->getTimeout(); // as HTTPServerSession set it
    const auto useTimeout = [&](const Poco::Timespan& timeout) {
        if (timeout != current) {
            socket().setReceiveTimeout(timeout);
            current = timeout;
        }
    };
    for (bool first = true; !m_stopped; first = false) {
        if (!first) {
            if (!session.getKeepAlive() || !m_params->getKeepAlive() || (limited && remaining == 0))
                return;
            useTimeout(m_params->getKeepAliveTimeout());
        }
        if (limited)
            --remaining;
        const bool mayContinue = !limited || remaining > 0;
        Poco::Net::HTTPServerResponseImpl response(session);
        std::unique_ptr<Poco::Net::HTTPServerRequestImpl> request;
        try {
            request = std::make_unique<Poco::Net::HTTPServerRequestImpl>(response, session, m_params);
        } catch (const Poco::Net::NoMessageException&) {
            return; // the client closed the connection between requests
        } catch (const Poco::TimeoutException&) {
            return; // idle for the keep-alive timeout
        } catch (const Poco::Net::MessageException&) {
            response.setVersion(Poco::Net::HTTPMessage::HTTP_1_1);
            response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_BAD_REQUEST);
            response.setKeepAlive(false);
            response.send();
            return;
        }
        if (request->hasContentLength() || request->getChunkedTransferEncoding())
            useTimeout(m_params->getTimeout()); // a body to read: the I/O timeout
        const std::lock_guard lock(m_handling);
        if (m_stopped)
            return;
        response.setDate(Poco::Timestamp());
        response.setVersion(request->getVersion());
        // The last request this connection serves says so ("Connection: close"), so the client
        // does not send another one into a closing socket.
        response.setKeepAlive(m_params->getKeepAlive() && request->getKeepAlive() && mayContinue);
        if (!software.empty())
            response.set("Server", software);
        try {
            std::unique_ptr<Poco::Net::HTTPRequestHandler> handler(m_factory->createRequestHandler(*request));
            if (request->getExpectContinue() && response.getStatus() == Poco::Net::HTTPResponse::HTTP_OK)
                response.sendContinue();
            handler->handleRequest(*request, response);
            session.setKeepAlive(m_params->getKeepAlive() && response.getKeepAlive() && mayContinue);
        } catch (const Poco::Exception&) {
            if (!response.sent()) {
                try {
                    response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_INTERNAL_SERVER_ERROR);
                    response.setKeepAlive(false);
                    response.send();
                } catch (...) {
                }
            }
            return;
        }
    }
}

} // namespace tp::server::http
