#include "FakeUsbBus.h"

#include <algorithm>
#include <cstring>

#include <libusb.h>

namespace tp::pos::devices::testing {

UsbDevice FakeUsbBus::printer(std::uint16_t vendorId, std::uint16_t productId, std::uint8_t interfaceClass,
                              std::uint8_t serialIndex) {
    UsbDevice device;
    device.vendorId = vendorId;
    device.productId = productId;
    device.busNumber = 1;
    device.deviceAddress = 7;
    device.serialNumberIndex = serialIndex;
    device.configurationValue = 1;
    UsbInterface interface;
    interface.number = 0;
    interface.interfaceClass = interfaceClass;
    interface.endpoints = {{0x02, 0x02, 64}, {0x81, 0x02, 64}};
    device.interfaces.push_back(interface);
    return device;
}

UsbDeviceList FakeUsbBus::devices() {
    calls << QStringLiteral("list");
    return listing;
}

UsbOpened FakeUsbBus::open(const UsbDevice& device) {
    calls << QStringLiteral("open %1:%2").arg(device.busNumber).arg(device.deviceAddress);
    if (openStatus != 0)
        return {openStatus, 0};
    ++openHandles;
    return {0, 0x1000u + device.deviceAddress};
}

void FakeUsbBus::close(std::uintptr_t) {
    calls << QStringLiteral("close");
    --openHandles;
}

UsbText FakeUsbBus::stringDescriptor(std::uintptr_t, std::uint8_t index) {
    calls << QStringLiteral("string %1").arg(index);
    const auto found = strings.find(index);
    if (found == strings.end())
        return {LIBUSB_ERROR_INVALID_PARAM, {}};
    return {0, found->second};
}

UsbNumber FakeUsbBus::activeConfiguration(std::uintptr_t) {
    calls << QStringLiteral("get-configuration");
    return {activeConfigurationStatus, activeConfigurationValue};
}

int FakeUsbBus::setConfiguration(std::uintptr_t, int configuration) {
    calls << QStringLiteral("set-configuration %1").arg(configuration);
    return setConfigurationStatus;
}

int FakeUsbBus::setAutoDetachKernelDriver(std::uintptr_t, bool enable) {
    calls << QStringLiteral("auto-detach %1").arg(enable ? 1 : 0);
    return autoDetachStatus;
}

int FakeUsbBus::claimInterface(std::uintptr_t, int interfaceNumber) {
    calls << QStringLiteral("claim %1").arg(interfaceNumber);
    return claimStatus;
}

int FakeUsbBus::releaseInterface(std::uintptr_t, int interfaceNumber) {
    calls << QStringLiteral("release %1").arg(interfaceNumber);
    return 0;
}

int FakeUsbBus::setInterfaceAltSetting(std::uintptr_t, int interfaceNumber, int alternateSetting) {
    calls << QStringLiteral("alt-setting %1 %2").arg(interfaceNumber).arg(alternateSetting);
    return 0;
}

UsbNumber FakeUsbBus::bulkTransfer(std::uintptr_t, std::uint8_t endpoint, unsigned char* data, int length,
                                   unsigned int timeoutMs) {
    const bool in = (endpoint & 0x80) != 0;
    calls << QStringLiteral("bulk %1 0x%2 %3 bytes %4 ms")
                 .arg(in ? QStringLiteral("in") : QStringLiteral("out"))
                 .arg(endpoint, 2, 16, QLatin1Char('0'))
                 .arg(length)
                 .arg(timeoutMs);
    std::deque<BulkStep>& steps = in ? inSteps : outSteps;
    BulkStep step;
    if (!steps.empty()) {
        step = steps.front();
        steps.pop_front();
    } else if (in) {
        step.status = LIBUSB_ERROR_TIMEOUT;
        step.transferred = 0;
    }
    if (in) {
        const int count = std::min<int>(length, static_cast<int>(step.inData.size()));
        std::memcpy(data, step.inData.constData(), static_cast<std::size_t>(count));
        return {step.status, count};
    }
    const int count = step.transferred < 0 ? length : std::min(step.transferred, length);
    written.append(reinterpret_cast<const char*>(data), count);
    return {step.status, count};
}

} // namespace tp::pos::devices::testing
