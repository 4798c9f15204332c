#pragma once

#include "PtyPair.h"
#include "VirtualPrinterHost.h"

class QSerialPort;

namespace tp::pos::devices::testing {

// The virtual printer on the device end of a socat pty pair; the register opens tillEnd().
class VirtualPrinterSerial : public VirtualPrinterHost {
public:
    explicit VirtualPrinterSerial(VirtualPrinter printer = VirtualPrinter());
    ~VirtualPrinterSerial() override;

    bool start();
    QString error() const { return m_error; }
    QString tillEnd() const { return m_pty.tillEnd(); }

private:
    PtyPair m_pty;
    QSerialPort* m_port = nullptr; // lives on the host thread
    QString m_error;
};

} // namespace tp::pos::devices::testing
