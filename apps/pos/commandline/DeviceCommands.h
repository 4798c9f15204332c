#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include "CashDrawerCommand.h"
#include "EscPosEncoder.h"
#include "PrinterProfile.h"
#include "PrinterStatus.h"
#include "PrinterTransport.h"

namespace tp::pos::devices {
class UsbBus;
}

namespace tp::pos {

// The commands a person setting up a till runs before the register is configured. Each
// returns the process exit code: 0 on success, 1 when the device failed, 2 when the request
// itself was wrong (a malformed URI); failures are explained on the error stream.
class DeviceCommands {
    Q_DECLARE_TR_FUNCTIONS(DeviceCommands)

public:
    DeviceCommands(QTextStream& out, QTextStream& err, std::shared_ptr<devices::UsbBus> usbBus,
                   devices::TransportTimeouts timeouts = {});

    int listDevices();
    int testPrint(const QString& uri, const devices::PrinterProfile& profile);
    int openDrawer(const QString& uri, devices::DrawerConnection connection, const devices::DrawerPulse& pulse);
    int showStatus(const QString& uri, devices::DrawerSensorPolarity polarity);
    // Waits for one code from a serial / USB-CDC scanner and shows what the till makes of it.
    int scanTest(const QString& uri, int timeoutMs);

private:
    // The transport for `uri`, or nothing after explaining on the error stream why the URI is wrong.
    std::unique_ptr<devices::PrinterTransport> transportFor(const QString& uri);
    int send(const QString& uri, const QByteArray& bytes, const QString& what);

    QTextStream& m_out;
    QTextStream& m_err;
    std::shared_ptr<devices::UsbBus> m_usbBus;
    devices::TransportTimeouts m_timeouts;
};

} // namespace tp::pos
