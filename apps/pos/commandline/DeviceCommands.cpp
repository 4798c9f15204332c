#include "DeviceCommands.h"

#include <QEventLoop>
#include <QTimer>

#include "DeviceDiscovery.h"
#include "DeviceUri.h"
#include "SerialScanner.h"
#include "StatusQuery.h"
#include "TestPage.h"
#include "TransportFactory.h"

namespace tp::pos {

using namespace devices;

namespace {

constexpr int kExitDeviceFailed = 1;
constexpr int kExitBadRequest = 2;

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

DeviceCommands::DeviceCommands(QTextStream& out, QTextStream& err, std::shared_ptr<UsbBus> usbBus,
                               TransportTimeouts timeouts)
    : m_out(out)
    , m_err(err)
    , m_usbBus(std::move(usbBus))
    , m_timeouts(timeouts) {}

std::unique_ptr<PrinterTransport> DeviceCommands::transportFor(const QString& uri) {
    const auto parsed = DeviceUri::parse(uri);
    if (!parsed) {
        m_err << fromStd(parsed.error().message) << Qt::endl;
        return nullptr;
    }
    return makeTransport(*parsed, m_timeouts, m_usbBus);
}

int DeviceCommands::send(const QString& uri, const QByteArray& bytes, const QString& what) {
    const auto transport = transportFor(uri);
    if (!transport)
        return kExitBadRequest;
    const auto written = transport->write(bytes);
    transport->close();
    if (!written) {
        m_err << tr("%1 failed: %2").arg(what, fromStd(written.error().message)) << Qt::endl;
        return kExitDeviceFailed;
    }
    m_out << tr("%1: %2 bytes sent to %3.").arg(what).arg(bytes.size()).arg(transport->describe()) << Qt::endl;
    return 0;
}

int DeviceCommands::listDevices() {
    const DiscoveredDevices found = discoverDevices(*m_usbBus);
    m_out << tr("USB receipt printers:") << Qt::endl;
    if (!found.usbProblem.isEmpty())
        m_out << "  " << found.usbProblem << Qt::endl;
    else if (found.usbPrinters.isEmpty())
        m_out << "  " << tr("none found") << Qt::endl;
    for (const DiscoveredDevice& device : found.usbPrinters)
        m_out << "  " << device.uri << "  " << device.description << Qt::endl;
    m_out << tr("Serial ports:") << Qt::endl;
    if (found.serialPorts.isEmpty())
        m_out << "  " << tr("none found") << Qt::endl;
    for (const DiscoveredDevice& device : found.serialPorts)
        m_out << "  " << device.uri << "  " << device.description << Qt::endl;
    m_out << tr("Network printers are not discovered: use tcp://<address>:9100.") << Qt::endl;
    return 0;
}

int DeviceCommands::testPrint(const QString& uri, const PrinterProfile& profile) {
    return send(uri, buildTestPage(profile), tr("Test print"));
}

int DeviceCommands::openDrawer(const QString& uri, DrawerConnection connection, const DrawerPulse& pulse) {
    return send(uri, drawerOpenCommand(connection, pulse), tr("Opening the drawer"));
}

int DeviceCommands::showStatus(const QString& uri, DrawerSensorPolarity polarity) {
    const auto transport = transportFor(uri);
    if (!transport)
        return kExitBadRequest;
    const auto status = queryStatus(*transport, m_timeouts.readMs);
    transport->close();
    if (!status) {
        m_err << tr("Status request failed: %1").arg(fromStd(status.error().message)) << Qt::endl;
        return kExitDeviceFailed;
    }
    m_out << tr("%1: %2").arg(transport->describe(), status->describe(polarity).join(QStringLiteral(", "))) << Qt::endl;
    return status->readyToPrint() ? 0 : kExitDeviceFailed;
}

int DeviceCommands::scanTest(const QString& uri, int timeoutMs) {
    const auto parsed = DeviceUri::parse(uri);
    if (!parsed) {
        m_err << fromStd(parsed.error().message) << Qt::endl;
        return kExitBadRequest;
    }
    if (parsed->scheme != DeviceScheme::Serial) {
        m_err << tr("Only serial and USB-CDC scanners can be tested here; a keyboard-wedge scanner types into any "
                    "text field.")
              << Qt::endl;
        return kExitBadRequest;
    }
    SerialScanner scanner(*parsed, domain::VariableMeasureNomenclature::defaults());
    QEventLoop loop;
    int exitCode = kExitDeviceFailed;
    QObject::connect(&scanner, &SerialScanner::failed, &loop, [&](const QString& message) {
        m_err << message << Qt::endl;
        loop.quit();
    });
    QObject::connect(&scanner, &SerialScanner::scanned, &loop,
                     [&](const domain::ScannedBarcode& barcode, const QString& text) {
                         m_out << tr("Scanned \"%1\": %2").arg(text, fromStd(std::string(toString(barcode.kind))));
                         if (barcode.kind != domain::BarcodeKind::Unknown)
                             m_out << tr(", GTIN %1").arg(fromStd(barcode.gtin));
                         else if (barcode.reason)
                             m_out << tr(" (%1)").arg(fromStd(barcode.reason->message));
                         m_out << Qt::endl;
                         exitCode = 0;
                         loop.quit();
                     });
    if (!scanner.start())
        return kExitDeviceFailed;
    m_out << tr("Waiting %1 s for a scan on %2 ...").arg(timeoutMs / 1000).arg(parsed->portPath) << Qt::endl;
    QTimer::singleShot(timeoutMs, &loop, [&] {
        m_err << tr("No scan arrived within %1 s: check the scanner's interface mode (USB-CDC / serial) and baud "
                    "rate.")
                     .arg(timeoutMs / 1000)
              << Qt::endl;
        loop.quit();
    });
    loop.exec();
    return exitCode;
}

} // namespace tp::pos
