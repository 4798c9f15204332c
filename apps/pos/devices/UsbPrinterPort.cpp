#include "UsbPrinterPort.h"

namespace tp::pos::devices {

namespace {

std::optional<UsbPrinterPort> portOf(const UsbInterface& interface) {
    UsbPrinterPort port;
    port.interface = interface;
    for (const UsbEndpoint& endpoint : interface.endpoints) {
        if (!endpoint.isBulk())
            continue;
        if (endpoint.isIn()) {
            if (!port.inEndpoint) {
                port.inEndpoint = endpoint.address;
                port.inMaxPacketSize = endpoint.maxPacketSize > 0 ? endpoint.maxPacketSize : 64;
            }
        } else if (port.outEndpoint == 0) {
            port.outEndpoint = endpoint.address;
        }
    }
    if (port.outEndpoint == 0)
        return std::nullopt;
    return port;
}

} // namespace

std::optional<UsbPrinterPort> findPrinterPort(const UsbDevice& device, UsbMatch match) {
    for (const UsbInterface& interface : device.interfaces) {
        if (interface.interfaceClass == kUsbClassPrinter) {
            if (auto port = portOf(interface))
                return port;
        }
    }
    const bool vendorClassAllowed = device.vendorId == kEpsonVendorId || match == UsbMatch::ExplicitId;
    if (!vendorClassAllowed)
        return std::nullopt;
    for (const UsbInterface& interface : device.interfaces) {
        if (interface.interfaceClass == kUsbClassVendorSpecific) {
            if (auto port = portOf(interface))
                return port;
        }
    }
    return std::nullopt;
}

} // namespace tp::pos::devices
