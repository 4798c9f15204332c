#pragma once

#include <memory>

#include "DeviceUri.h"
#include "PrinterTransport.h"
#include "UsbBus.h"
#include "UsbPrinterPort.h"

namespace tp::pos::devices {

// A receipt printer on USB, driven directly through libusb (no CUPS, no usblp):
//
//  1. find the device by VID:PID (and serial number when the URI has one) and its printer
//     interface and endpoints from the descriptors (findPrinterPort);
//  2. open it, let libusb detach the kernel's usblp driver (auto-detach, set before claiming,
//     so the driver comes back when we release), set the configuration only if it differs
//     (setting it resets the device on some models), claim the interface;
//  3. bulk OUT in chunks with the write timeout; status through bulk IN.
//
// libusb errors become the transport error vocabulary with a sentence that says what to do
// (permission denied → install the udev rule; busy → another program holds the printer).
class UsbTransport : public PrinterTransport {
public:
    UsbTransport(DeviceUri uri, std::shared_ptr<UsbBus> bus, TransportTimeouts timeouts = {});
    ~UsbTransport() override;

    domain::Result<void> open() override;
    domain::Result<void> write(const QByteArray& bytes) override;
    domain::Result<QByteArray> read(int maxBytes, int timeoutMs) override;
    void close() override;
    QString describe() const override;

private:
    domain::Error usbError(const QString& during, int status) const;
    domain::Result<void> prepare(const UsbDevice& device, const UsbPrinterPort& port);

    DeviceUri m_uri;
    std::shared_ptr<UsbBus> m_bus;
    TransportTimeouts m_timeouts;
    std::uintptr_t m_handle = 0;
    bool m_claimed = false;
    UsbPrinterPort m_port;
};

} // namespace tp::pos::devices
