#pragma once

#include <memory>

#include "DeviceUri.h"
#include "PrinterTransport.h"

namespace tp::pos::devices {

class UsbBus;

// The transport for `uri`. `usbBus` serves usb:// devices; when null a LibUsbBus is made.
// Creating a transport never touches the device: open() or the first write() does.
std::unique_ptr<PrinterTransport> makeTransport(const DeviceUri& uri, const TransportTimeouts& timeouts = {},
                                                std::shared_ptr<UsbBus> usbBus = nullptr);

} // namespace tp::pos::devices
