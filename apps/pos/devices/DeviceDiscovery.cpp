#include "DeviceDiscovery.h"

#include <QCoreApplication>
#include <QSerialPortInfo>

#include <libusb.h>

#include "UsbBus.h"
#include "UsbPrinterPort.h"

namespace tp::pos::devices {

namespace {

// Messages for people, in the translation context "tp::pos::devices::DeviceDiscovery".
class Text {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::devices::DeviceDiscovery)
};

QString hexId(std::uint16_t id) {
    return QStringLiteral("%1").arg(id, 4, 16, QLatin1Char('0'));
}

DiscoveredDevice describeUsbPrinter(UsbBus& bus, const UsbDevice& device) {
    DiscoveredDevice found;
    found.uri = QStringLiteral("usb://%1:%2").arg(hexId(device.vendorId), hexId(device.productId));
    QString name;
    const UsbOpened opened = bus.open(device);
    if (opened.status == 0) {
        const UsbText manufacturer = bus.stringDescriptor(opened.handle, device.manufacturerIndex);
        const UsbText product = bus.stringDescriptor(opened.handle, device.productIndex);
        const UsbText serial = bus.stringDescriptor(opened.handle, device.serialNumberIndex);
        name = QString::fromStdString(manufacturer.text + " " + product.text).trimmed();
        if (serial.status == 0 && !serial.text.empty())
            found.uri += QLatin1Char('/') + QString::fromStdString(serial.text);
        bus.close(opened.handle);
    } else {
        name = Text::tr("(cannot open: %1)").arg(QString::fromLatin1(libusb_error_name(opened.status)));
    }
    found.description =
        Text::tr("bus %1 device %2 %3").arg(device.busNumber).arg(device.deviceAddress).arg(name).trimmed();
    return found;
}

} // namespace

DiscoveredDevices discoverDevices(UsbBus& usbBus) {
    DiscoveredDevices found;
    const UsbDeviceList list = usbBus.devices();
    if (list.status != 0)
        found.usbProblem =
            Text::tr("cannot list USB devices: %1").arg(QString::fromLatin1(libusb_error_name(list.status)));
    for (const UsbDevice& device : list.devices) {
        if (findPrinterPort(device, UsbMatch::Discover))
            found.usbPrinters.append(describeUsbPrinter(usbBus, device));
    }
    for (const QSerialPortInfo& port : QSerialPortInfo::availablePorts()) {
        QString description = port.description();
        if (port.hasVendorIdentifier() && port.hasProductIdentifier())
            description +=
                QStringLiteral(" [%1:%2]").arg(hexId(port.vendorIdentifier()), hexId(port.productIdentifier()));
        found.serialPorts.append({QStringLiteral("serial://") + port.systemLocation(), description.trimmed()});
    }
    return found;
}

} // namespace tp::pos::devices
