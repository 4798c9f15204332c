#pragma once

#include <QList>
#include <QString>

namespace tp::pos::devices {

class UsbBus;

// A device a till could use, as --list-devices shows it: the URI to put in the settings and a
// description to recognise it by.
struct DiscoveredDevice {
    QString uri;
    QString description;
};

struct DiscoveredDevices {
    QList<DiscoveredDevice> usbPrinters;
    QList<DiscoveredDevice> serialPorts;
    QString usbProblem; // why the USB bus could not be listed (no permission, no libusb), if so
};

// USB devices with a printer interface (see findPrinterPort) with their serial numbers where
// the device can be opened, and every serial port the system has.
DiscoveredDevices discoverDevices(UsbBus& usbBus);

} // namespace tp::pos::devices
