#include "FaultProxy.h"

#include <QTimer>

namespace tp::test {

namespace {

// The length of one complete HTTP message (head + Content-Length body) at the start of
// `buffer`, or -1 while it is incomplete.
qsizetype completeMessageLength(const QByteArray& buffer) {
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return -1;
    qsizetype bodyLength = 0;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    for (const QByteArray& raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.toLower().startsWith("content-length:"))
            bodyLength = line.mid(15).trimmed().toLongLong();
    }
    const qsizetype total = headEnd + 4 + bodyLength;
    return buffer.size() >= total ? total : -1;
}

// The request with "Connection: close", so each upstream exchange is one connection.
QByteArray withConnectionClose(const QByteArray& request) {
    const qsizetype headEnd = request.indexOf("\r\n\r\n");
    QList<QByteArray> lines = request.left(headEnd).split('\n');
    QByteArray head;
    for (const QByteArray& raw : lines) {
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (line.toLower().startsWith("connection:"))
            continue;
        head += line + "\r\n";
    }
    head += "Connection: close\r\n\r\n";
    return head + request.mid(headEnd + 4);
}

// The response made fit for a kept-alive client connection: without the server's
// "Connection: close" (the proxy closed upstream, not towards the client).
QByteArray forClient(const QByteArray& response) {
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return response;
    QByteArray head;
    for (const QByteArray& raw : response.left(headEnd).split('\n')) {
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (line.toLower().startsWith("connection:"))
            continue;
        head += line + "\r\n";
    }
    return head + "\r\n" + response.mid(headEnd + 4);
}

} // namespace

FaultProxy::FaultProxy(QHostAddress upstreamHost, quint16 upstreamPort, FaultPlan plan, quint64 seed, QObject* parent)
    : QObject(parent)
    , m_upstreamHost(std::move(upstreamHost))
    , m_upstreamPort(upstreamPort)
    , m_plan(plan)
    , m_random(static_cast<quint32>(seed ^ (seed >> 32))) {
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onClient);
}

bool FaultProxy::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

bool FaultProxy::roll(double probability) {
    return probability > 0 && m_random.generateDouble() < probability;
}

void FaultProxy::onClient() {
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        if (m_offline) {
            ++m_counts.refusedOffline;
            client->abort();
            client->deleteLater();
            continue;
        }
        connect(client, &QTcpSocket::readyRead, this, [this, client] { onClientData(client); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

void FaultProxy::onClientData(QTcpSocket* client) {
    QByteArray buffer = client->property("tp_buffer").toByteArray() + client->readAll();
    for (qsizetype length = completeMessageLength(buffer); length > 0; length = completeMessageLength(buffer)) {
        Exchange exchange{client, buffer.left(length)};
        buffer.remove(0, length);
        dispatch(std::move(exchange));
    }
    client->setProperty("tp_buffer", buffer);
}

void FaultProxy::dispatch(Exchange exchange) {
    if (m_offline) {
        ++m_counts.refusedOffline;
        if (exchange.client)
            exchange.client->abort();
        return;
    }
    if (roll(m_plan.dropRequest)) {
        ++m_counts.droppedRequests;
        if (exchange.client)
            exchange.client->abort();
        return;
    }
    exchange.dropResponse = roll(m_plan.dropResponse);
    exchange.duplicate = roll(m_plan.duplicate);
    // A held request goes on as soon as another one arrives: this one overtakes it.
    if (m_heldForReorder) {
        auto release = std::move(m_heldForReorder);
        m_heldForReorder = nullptr;
        forward(exchange);
        release();
        return;
    }
    if (roll(m_plan.reorder)) {
        ++m_counts.reordered;
        auto shared = std::make_shared<Exchange>(std::move(exchange));
        auto released = std::make_shared<bool>(false);
        m_heldForReorder = [this, shared, released] {
            if (!*released) {
                *released = true;
                forward(*shared);
            }
        };
        QTimer::singleShot(m_plan.reorderWindowMs, this, [this, shared, released] {
            if (!*released) {
                m_heldForReorder = nullptr;
                *released = true;
                forward(*shared);
            }
        });
        return;
    }
    if (roll(m_plan.delay)) {
        ++m_counts.delayed;
        const int ms = 1 + static_cast<int>(m_random.bounded(static_cast<quint32>(std::max(1, m_plan.maxDelayMs))));
        QTimer::singleShot(ms, this, [this, exchange] { forward(exchange); });
        return;
    }
    forward(std::move(exchange));
}

void FaultProxy::forward(Exchange exchange) {
    ++m_counts.forwarded;
    const QByteArray request = withConnectionClose(exchange.request);
    auto answer = [this, exchange](QByteArray response) {
        if (!exchange.client)
            return;
        if (response.isEmpty() || exchange.dropResponse) {
            if (exchange.dropResponse)
                ++m_counts.droppedResponses;
            exchange.client->abort();
            return;
        }
        exchange.client->write(forClient(response));
    };
    if (exchange.duplicate) {
        ++m_counts.duplicated;
        sendUpstream(request, [this, request, answer](QByteArray) { sendUpstream(request, answer); });
        return;
    }
    sendUpstream(request, answer);
}

void FaultProxy::sendUpstream(const QByteArray& request, std::function<void(QByteArray)> done) {
    auto* upstream = new QTcpSocket(this);
    auto received = std::make_shared<QByteArray>();
    auto finished = std::make_shared<bool>(false);
    auto finish = [upstream, received, finished, done](bool ok) {
        if (*finished)
            return;
        *finished = true;
        done(ok ? *received : QByteArray());
        upstream->deleteLater();
    };
    connect(upstream, &QTcpSocket::connected, upstream, [upstream, request] { upstream->write(request); });
    connect(upstream, &QTcpSocket::readyRead, upstream, [upstream, received] { *received += upstream->readAll(); });
    connect(upstream, &QTcpSocket::disconnected, upstream, [upstream, received, finish] {
        *received += upstream->readAll();
        finish(completeMessageLength(*received) > 0);
    });
    connect(upstream, &QTcpSocket::errorOccurred, upstream,
            [upstream, received, finish](QAbstractSocket::SocketError error) {
                if (error == QAbstractSocket::RemoteHostClosedError) {
                    *received += upstream->readAll();
                    finish(completeMessageLength(*received) > 0);
                    return;
                }
                finish(false);
            });
    upstream->connectToHost(m_upstreamHost, m_upstreamPort);
}

} // namespace tp::test
