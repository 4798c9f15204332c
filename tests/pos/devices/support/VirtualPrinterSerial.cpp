#include "VirtualPrinterSerial.h"

#include <QSerialPort>

namespace tp::pos::devices::testing {

VirtualPrinterSerial::VirtualPrinterSerial(VirtualPrinter printer)
    : VirtualPrinterHost(std::move(printer)) {}

VirtualPrinterSerial::~VirtualPrinterSerial() {
    runOnThread([this] {
        delete m_port;
        m_port = nullptr;
    });
    stopThread();
}

bool VirtualPrinterSerial::start() {
    if (!m_pty.start()) {
        m_error = m_pty.error();
        return false;
    }
    bool opened = false;
    runOnThread([this, &opened] {
        m_port = new QSerialPort;
        m_port->setPortName(m_pty.deviceEnd());
        opened = m_port->open(QIODevice::ReadWrite);
        if (!opened) {
            m_error = QStringLiteral("cannot open the device end: ") + m_port->errorString();
            return;
        }
        QObject::connect(m_port, &QSerialPort::readyRead, m_port, [this] {
            const QByteArray replies = receive(m_port->readAll());
            if (!replies.isEmpty())
                m_port->write(replies);
        });
    });
    return opened;
}

} // namespace tp::pos::devices::testing
