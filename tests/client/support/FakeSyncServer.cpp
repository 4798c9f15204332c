#include "FakeSyncServer.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace tp::client::testing {

QJsonObject FakeSyncServer::Request::json() const {
    return QJsonDocument::fromJson(body).object();
}

FakeSyncServer::Reaction FakeSyncServer::Reaction::json(int status, const QJsonObject& body, int delayMs) {
    return Reaction{Kind::Respond, status, QJsonDocument(body).toJson(QJsonDocument::Compact), delayMs};
}

FakeSyncServer::Reaction FakeSyncServer::Reaction::raw(int status, const QByteArray& body) {
    return Reaction{Kind::Respond, status, body, 0};
}

FakeSyncServer::FakeSyncServer(QObject* parent)
    : QObject(parent) {
    connect(&m_server, &QTcpServer::newConnection, this, &FakeSyncServer::onNewConnection);
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("FakeSyncServer cannot listen: %s", qPrintable(m_server.errorString()));
    m_handler = [](const Request&) {
        return Reaction::json(404,
                              QJsonObject{{"error", QJsonObject{{"code", "not_found"}, {"message", "no script"}}}});
    };
}

QUrl FakeSyncServer::url() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FakeSyncServer::onNewConnection() {
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeSyncServer::onReadyRead(QTcpSocket* socket) {
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    while (true) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> start = lines.first().trimmed().split(' ');
        if (start.size() < 2) {
            socket->abort();
            return;
        }
        request.method = start.at(0);
        const QUrl target(QString::fromLatin1(start.at(1)));
        request.path = target.path();
        request.query = QUrlQuery(target.query());
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests << request;
        emit requestReceived(request.path);
        react(socket, request);
        if (!m_buffers.contains(socket))
            return; // the reaction closed the connection
    }
}

void FakeSyncServer::react(QTcpSocket* socket, const Request& request) {
    const Reaction reaction = m_script.isEmpty() ? m_handler(request) : m_script.takeFirst();
    switch (reaction.kind) {
    case Reaction::Kind::DropConnection:
        m_buffers.remove(socket);
        socket->abort();
        socket->deleteLater();
        return;
    case Reaction::Kind::NeverAnswer:
        return;
    case Reaction::Kind::Respond:
        if (reaction.delayMs <= 0) {
            respond(socket, reaction.status, reaction.body);
        } else {
            QPointer<QTcpSocket> guarded(socket);
            QTimer::singleShot(reaction.delayMs, this, [guarded, reaction] {
                if (guarded)
                    respond(guarded, reaction.status, reaction.body);
            });
        }
        return;
    }
}

void FakeSyncServer::respond(QTcpSocket* socket, int status, const QByteArray& body) {
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
    head += "Content-Type: application/json\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // One request per connection keeps the scripts deterministic: Qt never re-sends a request
    // on a reused connection the script then dropped.
    head += "Connection: close\r\n\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}

} // namespace tp::client::testing
