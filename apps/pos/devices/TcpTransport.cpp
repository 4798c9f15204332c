#include "TcpTransport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace tp::pos::devices {

namespace {

// Messages for people, in the translation context "tp::pos::devices::TcpTransport".
class Text {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::devices::TcpTransport)
};

} // namespace

TcpTransport::TcpTransport(QString host, quint16 port, TransportTimeouts timeouts)
    : m_host(std::move(host))
    , m_port(port)
    , m_timeouts(timeouts) {}

TcpTransport::~TcpTransport() {
    close();
}

domain::Result<void> TcpTransport::open() {
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        return {};
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->connectToHost(m_host, m_port);
    if (m_socket->waitForConnected(m_timeouts.connectMs))
        return {};
    const auto error = m_socket->error();
    const QString reason = m_socket->errorString();
    m_socket.reset();
    if (error == QAbstractSocket::SocketTimeoutError)
        return domain::makeError("device_timeout", Text::tr("Printer %1 did not accept a connection within %2 ms.")
                                                       .arg(describe())
                                                       .arg(m_timeouts.connectMs)
                                                       .toStdString());
    if (error == QAbstractSocket::ConnectionRefusedError)
        return domain::makeError("device_unreachable",
                                 Text::tr("Printer %1 refused the connection: is it switched on and is the port right?")
                                     .arg(describe())
                                     .toStdString());
    return domain::makeError("device_unreachable",
                             Text::tr("Cannot connect to printer %1: %2").arg(describe(), reason).toStdString());
}

domain::Result<void> TcpTransport::write(const QByteArray& bytes) {
    if (auto opened = open(); !opened)
        return opened;
    const QDeadlineTimer deadline(m_timeouts.writeMs);
    // Hand Qt the data in slices so bytesToWrite() tells how far the printer has taken it.
    constexpr qsizetype kSlice = 64 * 1024;
    qsizetype queued = 0;
    while (queued < bytes.size() || m_socket->bytesToWrite() > 0) {
        if (queued < bytes.size() && m_socket->bytesToWrite() < kSlice) {
            const qsizetype length = std::min(kSlice, bytes.size() - queued);
            if (m_socket->write(bytes.constData() + queued, length) != length)
                return domain::makeError("device_io_error", Text::tr("Writing to printer %1 failed: %2")
                                                                .arg(describe(), m_socket->errorString())
                                                                .toStdString());
            queued += length;
        }
        if (deadline.hasExpired() || !m_socket->waitForBytesWritten(static_cast<int>(deadline.remainingTime()))) {
            const qsizetype sent = queued - m_socket->bytesToWrite();
            if (m_socket->state() != QAbstractSocket::ConnectedState) {
                const QString reason = m_socket->errorString();
                m_socket.reset();
                return domain::makeError("device_disconnected",
                                         Text::tr("Printer %1 closed the connection after %2 of %3 "
                                                  "bytes: %4")
                                             .arg(describe())
                                             .arg(sent)
                                             .arg(bytes.size())
                                             .arg(reason)
                                             .toStdString());
            }
            m_socket.reset(); // the rest of the stream is unknown: never reuse this connection
            return domain::makeError("device_timeout",
                                     Text::tr("Printer %1 stopped taking data: %2 of %3 bytes sent in %4 "
                                              "ms.")
                                         .arg(describe())
                                         .arg(sent)
                                         .arg(bytes.size())
                                         .arg(m_timeouts.writeMs)
                                         .toStdString());
        }
    }
    return {};
}

domain::Result<QByteArray> TcpTransport::read(int maxBytes, int timeoutMs) {
    if (auto opened = open(); !opened)
        return opened.error();
    if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(timeoutMs)) {
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            m_socket.reset();
            return domain::makeError("device_disconnected",
                                     Text::tr("Printer %1 closed the connection.").arg(describe()).toStdString());
        }
        return QByteArray{};
    }
    return m_socket->read(maxBytes);
}

void TcpTransport::close() {
    if (!m_socket)
        return;
    m_socket->disconnectFromHost();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->waitForDisconnected(m_timeouts.readMs);
    m_socket.reset();
}

QString TcpTransport::describe() const {
    return QStringLiteral("tcp://%1:%2").arg(m_host).arg(m_port);
}

} // namespace tp::pos::devices
