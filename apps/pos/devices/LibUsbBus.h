#pragma once

#include <memory>

#include "UsbBus.h"

struct libusb_context;

namespace tp::pos::devices {

// UsbBus over the real libusb-1.0. One libusb context per instance; handles are
// libusb_device_handle pointers.
class LibUsbBus : public UsbBus {
public:
    LibUsbBus();
    ~LibUsbBus() override;
    LibUsbBus(const LibUsbBus&) = delete;
    LibUsbBus& operator=(const LibUsbBus&) = delete;

    // The libusb error from creating the context (0 when it worked).
    int initStatus() const { return m_initStatus; }

    UsbDeviceList devices() override;
    UsbOpened open(const UsbDevice& device) override;
    void close(std::uintptr_t handle) override;
    UsbText stringDescriptor(std::uintptr_t handle, std::uint8_t index) override;
    UsbNumber activeConfiguration(std::uintptr_t handle) override;
    int setConfiguration(std::uintptr_t handle, int configuration) override;
    int setAutoDetachKernelDriver(std::uintptr_t handle, bool enable) override;
    int claimInterface(std::uintptr_t handle, int interfaceNumber) override;
    int releaseInterface(std::uintptr_t handle, int interfaceNumber) override;
    int setInterfaceAltSetting(std::uintptr_t handle, int interfaceNumber, int alternateSetting) override;
    UsbNumber bulkTransfer(std::uintptr_t handle, std::uint8_t endpoint, unsigned char* data, int length,
                           unsigned int timeoutMs) override;

private:
    libusb_context* m_context = nullptr;
    int m_initStatus = 0;
};

} // namespace tp::pos::devices
