#include "LibUsbBus.h"

#include <libusb.h>

namespace tp::pos::devices {

namespace {

libusb_device_handle* handleOf(std::uintptr_t handle) {
    return reinterpret_cast<libusb_device_handle*>(handle);
}

UsbDevice describeDevice(libusb_device* device, int busIndex) {
    UsbDevice info;
    info.busIndex = busIndex;
    info.busNumber = libusb_get_bus_number(device);
    info.deviceAddress = libusb_get_device_address(device);
    libusb_device_descriptor descriptor{};
    if (libusb_get_device_descriptor(device, &descriptor) != 0)
        return info;
    info.vendorId = descriptor.idVendor;
    info.productId = descriptor.idProduct;
    info.serialNumberIndex = descriptor.iSerialNumber;
    info.manufacturerIndex = descriptor.iManufacturer;
    info.productIndex = descriptor.iProduct;

    libusb_config_descriptor* config = nullptr;
    if (libusb_get_config_descriptor(device, 0, &config) != 0 || config == nullptr)
        return info;
    info.configurationValue = config->bConfigurationValue;
    for (int i = 0; i < config->bNumInterfaces; ++i) {
        const libusb_interface& interface = config->interface[i];
        for (int alt = 0; alt < interface.num_altsetting; ++alt) {
            const libusb_interface_descriptor& setting = interface.altsetting[alt];
            UsbInterface usbInterface;
            usbInterface.number = setting.bInterfaceNumber;
            usbInterface.alternateSetting = setting.bAlternateSetting;
            usbInterface.interfaceClass = setting.bInterfaceClass;
            usbInterface.interfaceSubClass = setting.bInterfaceSubClass;
            usbInterface.interfaceProtocol = setting.bInterfaceProtocol;
            for (int e = 0; e < setting.bNumEndpoints; ++e) {
                const libusb_endpoint_descriptor& endpoint = setting.endpoint[e];
                usbInterface.endpoints.push_back(
                    {endpoint.bEndpointAddress, endpoint.bmAttributes, endpoint.wMaxPacketSize});
            }
            info.interfaces.push_back(std::move(usbInterface));
        }
    }
    libusb_free_config_descriptor(config);
    return info;
}

} // namespace

LibUsbBus::LibUsbBus() {
    m_initStatus = libusb_init(&m_context);
    if (m_initStatus != 0)
        m_context = nullptr;
}

LibUsbBus::~LibUsbBus() {
    if (m_context)
        libusb_exit(m_context);
}

UsbDeviceList LibUsbBus::devices() {
    UsbDeviceList list;
    if (!m_context) {
        list.status = m_initStatus != 0 ? m_initStatus : LIBUSB_ERROR_OTHER;
        return list;
    }
    libusb_device** devices = nullptr;
    const ssize_t count = libusb_get_device_list(m_context, &devices);
    if (count < 0) {
        list.status = static_cast<int>(count);
        return list;
    }
    for (ssize_t i = 0; i < count; ++i)
        list.devices.push_back(describeDevice(devices[i], static_cast<int>(i)));
    libusb_free_device_list(devices, 1);
    return list;
}

UsbOpened LibUsbBus::open(const UsbDevice& wanted) {
    UsbOpened opened;
    if (!m_context) {
        opened.status = LIBUSB_ERROR_OTHER;
        return opened;
    }
    libusb_device** devices = nullptr;
    const ssize_t count = libusb_get_device_list(m_context, &devices);
    if (count < 0) {
        opened.status = static_cast<int>(count);
        return opened;
    }
    opened.status = LIBUSB_ERROR_NO_DEVICE;
    // Found again by bus position, not by list index: the bus may have changed since listing.
    for (ssize_t i = 0; i < count; ++i) {
        if (libusb_get_bus_number(devices[i]) != wanted.busNumber ||
            libusb_get_device_address(devices[i]) != wanted.deviceAddress)
            continue;
        libusb_device_handle* handle = nullptr;
        opened.status = libusb_open(devices[i], &handle);
        opened.handle = reinterpret_cast<std::uintptr_t>(handle);
        break;
    }
    libusb_free_device_list(devices, 1);
    return opened;
}

void LibUsbBus::close(std::uintptr_t handle) {
    if (handle != 0)
        libusb_close(handleOf(handle));
}

UsbText LibUsbBus::stringDescriptor(std::uintptr_t handle, std::uint8_t index) {
    UsbText text;
    if (index == 0)
        return text;
    unsigned char buffer[256] = {};
    const int length = libusb_get_string_descriptor_ascii(handleOf(handle), index, buffer, sizeof buffer);
    if (length < 0)
        text.status = length;
    else
        text.text.assign(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
    return text;
}

UsbNumber LibUsbBus::activeConfiguration(std::uintptr_t handle) {
    UsbNumber number;
    number.status = libusb_get_configuration(handleOf(handle), &number.value);
    return number;
}

int LibUsbBus::setConfiguration(std::uintptr_t handle, int configuration) {
    return libusb_set_configuration(handleOf(handle), configuration);
}

int LibUsbBus::setAutoDetachKernelDriver(std::uintptr_t handle, bool enable) {
    return libusb_set_auto_detach_kernel_driver(handleOf(handle), enable ? 1 : 0);
}

int LibUsbBus::claimInterface(std::uintptr_t handle, int interfaceNumber) {
    return libusb_claim_interface(handleOf(handle), interfaceNumber);
}

int LibUsbBus::releaseInterface(std::uintptr_t handle, int interfaceNumber) {
    return libusb_release_interface(handleOf(handle), interfaceNumber);
}

int LibUsbBus::setInterfaceAltSetting(std::uintptr_t handle, int interfaceNumber, int alternateSetting) {
    return libusb_set_interface_alt_setting(handleOf(handle), interfaceNumber, alternateSetting);
}

UsbNumber LibUsbBus::bulkTransfer(std::uintptr_t handle, std::uint8_t endpoint, unsigned char* data, int length,
                                  unsigned int timeoutMs) {
    UsbNumber result;
    result.status = libusb_bulk_transfer(handleOf(handle), endpoint, data, length, &result.value, timeoutMs);
    return result;
}

} // namespace tp::pos::devices
