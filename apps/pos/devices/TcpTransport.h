#pragma once

#include <memory>

#include <QTcpSocket>

#include "PrinterTransport.h"

namespace tp::pos::devices {

// Raw TCP to a network printer (port 9100, "JetDirect"): the bytes are the job, and the
// printer answers DLE EOT status requests on the same connection. Connecting and writing are
// bounded by the timeouts, so a printer that accepts and then stalls (buffer full, paper out
// on some models) fails the job instead of hanging the register.
class TcpTransport : public PrinterTransport {
public:
    TcpTransport(QString host, quint16 port, TransportTimeouts timeouts = {});
    ~TcpTransport() override;

    domain::Result<void> open() override;
    domain::Result<void> write(const QByteArray& bytes) override;
    domain::Result<QByteArray> read(int maxBytes, int timeoutMs) override;
    void close() override;
    QString describe() const override;

private:
    QString m_host;
    quint16 m_port;
    TransportTimeouts m_timeouts;
    std::unique_ptr<QTcpSocket> m_socket;
};

} // namespace tp::pos::devices
