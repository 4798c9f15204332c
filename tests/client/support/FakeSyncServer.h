#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class QTcpSocket;

namespace tp::client::testing {

// A scripted HTTP/1.1 server on loopback that plays the Tillpoint server for the sync
// client: tests decide, request by request, whether it answers (any status and body),
// drops the connection without a word, or never answers at all (so the client's timeout
// must fire). It records every request so tests can check what the client sent.
class FakeSyncServer : public QObject {
    Q_OBJECT

public:
    struct Request {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;

        QJsonObject json() const;
    };

    struct Reaction {
        enum class Kind { Respond, DropConnection, NeverAnswer };

        Kind kind = Kind::Respond;
        int status = 200;
        QByteArray body;
        int delayMs = 0;

        static Reaction json(int status, const QJsonObject& body, int delayMs = 0);
        static Reaction raw(int status, const QByteArray& body);
        static Reaction drop() { return Reaction{Kind::DropConnection, 0, {}, 0}; }
        static Reaction hang() { return Reaction{Kind::NeverAnswer, 0, {}, 0}; }
    };

    using Handler = std::function<Reaction(const Request&)>;

    explicit FakeSyncServer(QObject* parent = nullptr);

    QUrl url() const;
    // Answers requests in turn from the queue; when it is empty, the handler decides.
    void enqueue(const Reaction& reaction) { m_script << reaction; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<Request>& requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

signals:
    void requestReceived(const QString& path);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void react(QTcpSocket* socket, const Request& request);
    static void respond(QTcpSocket* socket, int status, const QByteArray& body);

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<Reaction> m_script;
    Handler m_handler;
    QList<Request> m_requests;
};

} // namespace tp::client::testing
