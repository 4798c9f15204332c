#pragma once

#include <memory>

#include <QSerialPort>

#include "DeviceUri.h"
#include "PrinterTransport.h"

namespace tp::pos::devices {

// A printer or drawer on a serial port (RS-232, USB-serial adapters, USB-CDC printers),
// through QSerialPort with the line settings from the URI. Writes are bounded by the write
// timeout, so a printer holding CTS low (paper out with hardware flow control) fails the job
// instead of blocking.
class SerialTransport : public PrinterTransport {
public:
    explicit SerialTransport(DeviceUri uri, TransportTimeouts timeouts = {});
    ~SerialTransport() override;

    domain::Result<void> open() override;
    domain::Result<void> write(const QByteArray& bytes) override;
    domain::Result<QByteArray> read(int maxBytes, int timeoutMs) override;
    void close() override;
    QString describe() const override;

private:
    DeviceUri m_uri;
    TransportTimeouts m_timeouts;
    std::unique_ptr<QSerialPort> m_port;
};

} // namespace tp::pos::devices
