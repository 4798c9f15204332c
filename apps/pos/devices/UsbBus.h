#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tp::pos::devices {

// What the descriptors say about one USB device, read once while listing the bus.
struct UsbEndpoint {
    std::uint8_t address = 0; // bit 7 set: IN
    std::uint8_t attributes = 0;
    std::uint16_t maxPacketSize = 0;

    bool isIn() const { return (address & 0x80) != 0; }
    bool isBulk() const { return (attributes & 0x03) == 0x02; }
};

struct UsbInterface {
    int number = 0;
    int alternateSetting = 0;
    std::uint8_t interfaceClass = 0;
    std::uint8_t interfaceSubClass = 0;
    std::uint8_t interfaceProtocol = 0;
    std::vector<UsbEndpoint> endpoints;
};

struct UsbDevice {
    int busIndex = 0; // which device of the bus listing this is; handed back to open()
    std::uint16_t vendorId = 0;
    std::uint16_t productId = 0;
    std::uint8_t busNumber = 0;
    std::uint8_t deviceAddress = 0;
    std::uint8_t serialNumberIndex = 0;
    std::uint8_t manufacturerIndex = 0;
    std::uint8_t productIndex = 0;
    int configurationValue = 1; // of the configuration these interfaces belong to (the first)
    std::vector<UsbInterface> interfaces;
};

struct UsbDeviceList {
    int status = 0; // a libusb error code; 0: success
    std::vector<UsbDevice> devices;
};

struct UsbOpened {
    int status = 0;
    std::uintptr_t handle = 0;
};

struct UsbText {
    int status = 0;
    std::string text;
};

struct UsbNumber {
    int status = 0;
    int value = 0;
};

// The libusb calls the USB transport makes, one method per call and libusb's own error codes
// (LIBUSB_ERROR_TIMEOUT, _PIPE, _NO_DEVICE, …) in the results, and nothing else. It exists so
// the tests can play a printer that times out, stalls, vanishes or is claimed by the kernel,
// since no real USB device can be attached to the machines the tests run on.
class UsbBus {
public:
    virtual ~UsbBus() = default;

    virtual UsbDeviceList devices() = 0;
    virtual UsbOpened open(const UsbDevice& device) = 0;
    virtual void close(std::uintptr_t handle) = 0;
    virtual UsbText stringDescriptor(std::uintptr_t handle, std::uint8_t index) = 0;
    virtual UsbNumber activeConfiguration(std::uintptr_t handle) = 0;
    virtual int setConfiguration(std::uintptr_t handle, int configuration) = 0;
    virtual int setAutoDetachKernelDriver(std::uintptr_t handle, bool enable) = 0;
    virtual int claimInterface(std::uintptr_t handle, int interfaceNumber) = 0;
    virtual int releaseInterface(std::uintptr_t handle, int interfaceNumber) = 0;
    virtual int setInterfaceAltSetting(std::uintptr_t handle, int interfaceNumber, int alternateSetting) = 0;
    // Bulk transfer on `endpoint`; the result's value counts the bytes that moved, even on error.
    virtual UsbNumber bulkTransfer(std::uintptr_t handle, std::uint8_t endpoint, unsigned char* data, int length,
                                   unsigned int timeoutMs) = 0;
};

} // namespace tp::pos::devices
