#pragma once

#include <cstdint>
#include <optional>

#include "UsbBus.h"

namespace tp::pos::devices {

inline constexpr std::uint16_t kEpsonVendorId = 0x04B8;
inline constexpr std::uint8_t kUsbClassPrinter = 0x07;
inline constexpr std::uint8_t kUsbClassVendorSpecific = 0xFF;

// The interface and endpoints a receipt printer is driven through, read from its descriptors
// (never hard-coded: models differ, 0x01/0x81 on one, 0x02/0x82 on the next).
struct UsbPrinterPort {
    UsbInterface interface;
    std::uint8_t outEndpoint = 0;
    std::optional<std::uint8_t> inEndpoint; // status replies; some printers have none
    std::uint16_t inMaxPacketSize = 64;
};

// How sure the caller is that `device` is a printer.
enum class UsbMatch {
    Discover,   // listing the bus: printer-class interfaces, and vendor-class ones on Epson
    ExplicitId, // the user named this VID:PID: a vendor-class interface with bulk OUT will do
};

// The printer interface of `device`: the first printer-class (7) interface with a bulk OUT
// endpoint, else a vendor-specific (0xFF) one on Epson devices (several TM models report
// vendor class) or on a device the user named explicitly. Nothing when there is none.
std::optional<UsbPrinterPort> findPrinterPort(const UsbDevice& device, UsbMatch match);

} // namespace tp::pos::devices
