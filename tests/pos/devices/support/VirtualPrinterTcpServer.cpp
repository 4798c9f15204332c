#include "VirtualPrinterTcpServer.h"

#include <sys/socket.h>
#include <unistd.h>

#include <QTcpServer>
#include <QTcpSocket>

namespace tp::pos::devices::testing {

namespace {

// Keeps accepted sockets without ever reading them: no QTcpSocket means no read buffer
// draining the kernel's, so the sender's window closes and its writes stall.
class StallingTcpServer : public QTcpServer {
public:
    ~StallingTcpServer() override {
        for (const qintptr descriptor : m_held)
            ::close(static_cast<int>(descriptor));
    }
    std::function<void()> onConnection;

protected:
    void incomingConnection(qintptr descriptor) override {
        m_held.append(descriptor);
        if (onConnection)
            onConnection();
    }

private:
    QList<qintptr> m_held;
};

} // namespace

VirtualPrinterTcpServer::VirtualPrinterTcpServer(Behaviour behaviour, VirtualPrinter printer)
    : VirtualPrinterHost(std::move(printer)) {
    runOnThread([this, behaviour] {
        if (behaviour == Behaviour::AcceptThenStall) {
            auto* server = new StallingTcpServer;
            server->onConnection = [this] {
                m_connections.ref();
            };
            m_server = server;
        } else {
            m_server = new QTcpServer;
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket* socket = m_server->nextPendingConnection()) {
                    m_connections.ref();
                    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                        const QByteArray replies = receive(socket->readAll());
                        if (!replies.isEmpty())
                            socket->write(replies);
                    });
                    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                }
            });
        }
        m_server->listen(QHostAddress::LocalHost, 0);
        if (behaviour == Behaviour::AcceptThenStall) {
            // Inherited by accepted sockets: a 4 KiB window fills after a few kilobytes.
            const int size = 4096;
            ::setsockopt(static_cast<int>(m_server->socketDescriptor()), SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
        }
        m_port = m_server->serverPort();
    });
}

VirtualPrinterTcpServer::~VirtualPrinterTcpServer() {
    runOnThread([this] {
        delete m_server;
        m_server = nullptr;
    });
    stopThread();
}

quint16 refusedLoopbackPort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace tp::pos::devices::testing
