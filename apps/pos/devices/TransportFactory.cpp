#include "TransportFactory.h"

#include "FileTransport.h"
#include "LibUsbBus.h"
#include "SerialTransport.h"
#include "TcpTransport.h"
#include "UsbTransport.h"

namespace tp::pos::devices {

std::unique_ptr<PrinterTransport> makeTransport(const DeviceUri& uri, const TransportTimeouts& timeouts,
                                                std::shared_ptr<UsbBus> usbBus) {
    switch (uri.scheme) {
    case DeviceScheme::File:
        return std::make_unique<FileTransport>(uri.filePath);
    case DeviceScheme::Tcp:
        return std::make_unique<TcpTransport>(uri.host, uri.port, timeouts);
    case DeviceScheme::Serial:
        return std::make_unique<SerialTransport>(uri, timeouts);
    case DeviceScheme::Usb:
        if (!usbBus)
            usbBus = std::make_shared<LibUsbBus>();
        return std::make_unique<UsbTransport>(uri, std::move(usbBus), timeouts);
    }
    return nullptr;
}

} // namespace tp::pos::devices
