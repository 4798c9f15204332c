#include "SerialTransport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace tp::pos::devices {

namespace {

// Messages for people, in the translation context "tp::pos::devices::SerialTransport".
class Text {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::devices::SerialTransport)
};

QSerialPort::Parity parityOf(char parity) {
    switch (parity) {
    case 'e':
        return QSerialPort::EvenParity;
    case 'o':
        return QSerialPort::OddParity;
    default:
        return QSerialPort::NoParity;
    }
}

QSerialPort::FlowControl flowOf(SerialFlowControl flow) {
    switch (flow) {
    case SerialFlowControl::Hardware:
        return QSerialPort::HardwareControl;
    case SerialFlowControl::Software:
        return QSerialPort::SoftwareControl;
    case SerialFlowControl::None:
        break;
    }
    return QSerialPort::NoFlowControl;
}

} // namespace

SerialTransport::SerialTransport(DeviceUri uri, TransportTimeouts timeouts)
    : m_uri(std::move(uri))
    , m_timeouts(timeouts) {}

SerialTransport::~SerialTransport() {
    close();
}

domain::Result<void> SerialTransport::open() {
    if (m_port && m_port->isOpen())
        return {};
    m_port = std::make_unique<QSerialPort>();
    m_port->setPortName(m_uri.portPath);
    if (!m_port->open(QIODevice::ReadWrite)) {
        const auto error = m_port->error();
        const QString reason = m_port->errorString();
        m_port.reset();
        if (error == QSerialPort::DeviceNotFoundError)
            return domain::makeError("device_not_found",
                                     Text::tr("Serial port %1 does not exist: is the printer or its "
                                              "adapter plugged in?")
                                         .arg(m_uri.portPath)
                                         .toStdString());
        if (error == QSerialPort::PermissionError)
            return domain::makeError(
                "device_permission_denied",
                Text::tr("No permission to open %1 (in use, or the user is not in the dialout group): "
                         "%2")
                    .arg(m_uri.portPath, reason)
                    .toStdString());
        return domain::makeError("device_io_error",
                                 Text::tr("Cannot open serial port %1: %2").arg(m_uri.portPath, reason).toStdString());
    }
    const bool configured = m_port->setBaudRate(m_uri.baudRate) &&
                            m_port->setDataBits(static_cast<QSerialPort::DataBits>(m_uri.dataBits)) &&
                            m_port->setParity(parityOf(m_uri.parity)) &&
                            m_port->setStopBits(m_uri.stopBits == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop) &&
                            m_port->setFlowControl(flowOf(m_uri.flowControl));
    if (!configured) {
        const QString reason = m_port->errorString();
        m_port.reset();
        return domain::makeError("device_io_error", Text::tr("Serial port %1 rejected the line settings (%2 baud): %3")
                                                        .arg(m_uri.portPath)
                                                        .arg(m_uri.baudRate)
                                                        .arg(reason)
                                                        .toStdString());
    }
    return {};
}

domain::Result<void> SerialTransport::write(const QByteArray& bytes) {
    if (auto opened = open(); !opened)
        return opened;
    if (m_port->write(bytes) != bytes.size())
        return domain::makeError(
            "device_io_error",
            Text::tr("Writing to serial port %1 failed: %2").arg(m_uri.portPath, m_port->errorString()).toStdString());
    const QDeadlineTimer deadline(m_timeouts.writeMs);
    while (m_port->bytesToWrite() > 0) {
        if (deadline.hasExpired() || !m_port->waitForBytesWritten(static_cast<int>(deadline.remainingTime()))) {
            const qsizetype sent = bytes.size() - m_port->bytesToWrite();
            m_port.reset();
            return domain::makeError("device_timeout",
                                     Text::tr("Serial printer %1 stopped taking data: %2 of %3 bytes sent "
                                              "in %4 ms.")
                                         .arg(m_uri.portPath)
                                         .arg(sent)
                                         .arg(bytes.size())
                                         .arg(m_timeouts.writeMs)
                                         .toStdString());
        }
    }
    return {};
}

domain::Result<QByteArray> SerialTransport::read(int maxBytes, int timeoutMs) {
    if (auto opened = open(); !opened)
        return opened.error();
    if (m_port->bytesAvailable() == 0 && !m_port->waitForReadyRead(timeoutMs))
        return QByteArray{};
    return m_port->read(maxBytes);
}

void SerialTransport::close() {
    if (m_port)
        m_port->close();
    m_port.reset();
}

QString SerialTransport::describe() const {
    return m_uri.original.isEmpty() ? QStringLiteral("serial://") + m_uri.portPath : m_uri.original;
}

} // namespace tp::pos::devices
