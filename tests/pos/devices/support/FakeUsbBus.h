#pragma once

#include <deque>
#include <map>

#include <QByteArray>
#include <QStringList>

#include "UsbBus.h"

namespace tp::pos::devices::testing {

// A USB bus played from a script: the devices it lists, the libusb status each call returns,
// and what bulk transfers do, so every failure the USB transport must survive can happen on
// demand (timeouts, stalls, unplugging, a kernel driver that holds the interface). It records
// every call in order, so tests can check the sequence (auto-detach before claim, no
// set-configuration when it already matches).
class FakeUsbBus : public UsbBus {
public:
    struct BulkStep {
        int status = 0;
        int transferred = -1; // -1: the whole request
        QByteArray inData;    // for IN transfers
    };

    UsbDeviceList listing;
    int openStatus = 0;
    int autoDetachStatus = 0;
    int activeConfigurationStatus = 0;
    int activeConfigurationValue = 1;
    int setConfigurationStatus = 0;
    int claimStatus = 0;
    std::map<std::uint8_t, std::string> strings;
    std::deque<BulkStep> outSteps; // consumed one per OUT transfer; empty: success
    std::deque<BulkStep> inSteps;  // consumed one per IN transfer; empty: timeout

    QByteArray written;
    QStringList calls;
    int openHandles = 0;

    // A device with one interface of `interfaceClass` and bulk endpoints 0x02 (OUT), 0x81 (IN).
    static UsbDevice printer(std::uint16_t vendorId, std::uint16_t productId, std::uint8_t interfaceClass = 7,
                             std::uint8_t serialIndex = 3);

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
};

} // namespace tp::pos::devices::testing
