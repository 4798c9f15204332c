#include "UsbTransport.h"

#include <algorithm>

#include <QCoreApplication>

#include <libusb.h>

namespace tp::pos::devices {

namespace {

// Messages for people, in the translation context "tp::pos::devices::UsbTransport".
class Text {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::devices::UsbTransport)
};

QString hexId(std::uint16_t id) {
    return QStringLiteral("%1").arg(id, 4, 16, QLatin1Char('0'));
}

constexpr int kChunkBytes = 4096;

} // namespace

UsbTransport::UsbTransport(DeviceUri uri, std::shared_ptr<UsbBus> bus, TransportTimeouts timeouts)
    : m_uri(std::move(uri))
    , m_bus(std::move(bus))
    , m_timeouts(timeouts) {}

UsbTransport::~UsbTransport() {
    close();
}

QString UsbTransport::describe() const {
    if (!m_uri.original.isEmpty())
        return m_uri.original;
    return QStringLiteral("usb://%1:%2").arg(hexId(m_uri.vendorId), hexId(m_uri.productId));
}

domain::Error UsbTransport::usbError(const QString& during, int status) const {
    const QString name = QString::fromLatin1(libusb_error_name(status));
    switch (status) {
    case LIBUSB_ERROR_TIMEOUT:
        return domain::makeError("device_timeout", Text::tr("USB printer %1 did not respond in time while %2 (%3).")
                                                       .arg(describe(), during, name)
                                                       .toStdString());
    case LIBUSB_ERROR_PIPE:
        return domain::makeError("device_io_error", Text::tr("USB printer %1 stalled the endpoint while %2 (%3): check "
                                                             "paper and cover, then switch it off and on.")
                                                        .arg(describe(), during, name)
                                                        .toStdString());
    case LIBUSB_ERROR_NO_DEVICE:
        return domain::makeError(
            "device_disconnected",
            Text::tr("USB printer %1 was disconnected while %2 (%3).").arg(describe(), during, name).toStdString());
    case LIBUSB_ERROR_ACCESS:
        return domain::makeError(
            "device_permission_denied",
            Text::tr("No permission to use USB printer %1 while %2 (%3): install the Tillpoint udev "
                     "rule (see docs/devices.md) and plug the printer in again.")
                .arg(describe(), during, name)
                .toStdString());
    case LIBUSB_ERROR_BUSY:
        return domain::makeError("device_busy",
                                 Text::tr("USB printer %1 is in use by another program or driver while %2 "
                                          "(%3): stop CUPS or other POS software using it.")
                                     .arg(describe(), during, name)
                                     .toStdString());
    default:
        return domain::makeError(
            "device_io_error",
            Text::tr("USB printer %1 failed while %2 (%3).").arg(describe(), during, name).toStdString());
    }
}

domain::Result<void> UsbTransport::open() {
    if (m_claimed)
        return {};
    const UsbDeviceList list = m_bus->devices();
    if (list.status != 0)
        return usbError(Text::tr("listing USB devices"), list.status);

    bool sawModel = false;
    bool sawPrinterInterface = false;
    for (const UsbDevice& device : list.devices) {
        if (device.vendorId != m_uri.vendorId || device.productId != m_uri.productId)
            continue;
        sawModel = true;
        const auto port = findPrinterPort(device, UsbMatch::ExplicitId);
        if (!port)
            continue;
        sawPrinterInterface = true;
        const UsbOpened opened = m_bus->open(device);
        if (opened.status != 0)
            return usbError(Text::tr("opening it"), opened.status);
        m_handle = opened.handle;
        if (!m_uri.serialNumber.isEmpty()) {
            const UsbText serial = m_bus->stringDescriptor(m_handle, device.serialNumberIndex);
            if (serial.status != 0 || QString::fromStdString(serial.text) != m_uri.serialNumber) {
                m_bus->close(m_handle);
                m_handle = 0;
                continue;
            }
        }
        if (auto prepared = prepare(device, *port); !prepared) {
            close();
            return prepared;
        }
        return {};
    }
    if (!sawModel)
        return domain::makeError("device_not_found",
                                 Text::tr("No USB device %1:%2 is connected: check the cable and that "
                                          "the printer is on (tillpoint-pos --list-devices shows what "
                                          "is seen).")
                                     .arg(hexId(m_uri.vendorId), hexId(m_uri.productId))
                                     .toStdString());
    if (!sawPrinterInterface)
        return domain::makeError("device_not_found",
                                 Text::tr("USB device %1:%2 has no printer interface with a bulk OUT "
                                          "endpoint: it is not a receipt printer in USB printer mode.")
                                     .arg(hexId(m_uri.vendorId), hexId(m_uri.productId))
                                     .toStdString());
    return domain::makeError("device_not_found",
                             Text::tr("No USB printer %1:%2 with serial number %3 is connected.")
                                 .arg(hexId(m_uri.vendorId), hexId(m_uri.productId), m_uri.serialNumber)
                                 .toStdString());
}

domain::Result<void> UsbTransport::prepare(const UsbDevice& device, const UsbPrinterPort& port) {
    // Before claiming: libusb then detaches usblp itself and reattaches it on release.
    const int detach = m_bus->setAutoDetachKernelDriver(m_handle, true);
    if (detach != 0 && detach != LIBUSB_ERROR_NOT_SUPPORTED)
        return usbError(Text::tr("detaching the kernel driver"), detach);

    const UsbNumber active = m_bus->activeConfiguration(m_handle);
    if (active.status != 0)
        return usbError(Text::tr("reading the active configuration"), active.status);
    if (active.value != device.configurationValue) {
        if (const int status = m_bus->setConfiguration(m_handle, device.configurationValue); status != 0)
            return usbError(Text::tr("setting the configuration"), status);
    }
    if (const int status = m_bus->claimInterface(m_handle, port.interface.number); status != 0)
        return usbError(Text::tr("claiming the printer interface"), status);
    m_claimed = true;
    m_port = port;
    if (port.interface.alternateSetting != 0) {
        const int status =
            m_bus->setInterfaceAltSetting(m_handle, port.interface.number, port.interface.alternateSetting);
        if (status != 0)
            return usbError(Text::tr("selecting the interface setting"), status);
    }
    return {};
}

domain::Result<void> UsbTransport::write(const QByteArray& bytes) {
    if (auto opened = open(); !opened)
        return opened;
    QByteArray buffer = bytes; // libusb wants a mutable buffer even for OUT
    qsizetype sent = 0;
    while (sent < buffer.size()) {
        const int length = static_cast<int>(std::min<qsizetype>(kChunkBytes, buffer.size() - sent));
        const UsbNumber result =
            m_bus->bulkTransfer(m_handle, m_port.outEndpoint, reinterpret_cast<unsigned char*>(buffer.data() + sent),
                                length, static_cast<unsigned int>(m_timeouts.writeMs));
        sent += result.value;
        if (result.status != 0) {
            const domain::Error error =
                usbError(Text::tr("sending data, %1 of %2 bytes sent").arg(sent).arg(bytes.size()), result.status);
            close();
            return error;
        }
    }
    return {};
}

domain::Result<QByteArray> UsbTransport::read(int maxBytes, int timeoutMs) {
    if (auto opened = open(); !opened)
        return opened.error();
    if (!m_port.inEndpoint)
        return domain::makeError(
            "unsupported",
            Text::tr("USB printer %1 has no IN endpoint: it cannot report status.").arg(describe()).toStdString());
    // Read whole packets: a buffer smaller than the packet size overflows in libusb.
    QByteArray buffer(std::max<int>(maxBytes, m_port.inMaxPacketSize), '\0');
    const UsbNumber result =
        m_bus->bulkTransfer(m_handle, *m_port.inEndpoint, reinterpret_cast<unsigned char*>(buffer.data()),
                            static_cast<int>(buffer.size()), static_cast<unsigned int>(timeoutMs));
    if (result.status == LIBUSB_ERROR_TIMEOUT && result.value == 0)
        return QByteArray{};
    if (result.status != 0 && result.status != LIBUSB_ERROR_TIMEOUT)
        return usbError(Text::tr("reading status"), result.status);
    return buffer.left(std::min(result.value, maxBytes));
}

void UsbTransport::close() {
    if (m_handle == 0)
        return;
    if (m_claimed)
        m_bus->releaseInterface(m_handle, m_port.interface.number);
    m_bus->close(m_handle);
    m_handle = 0;
    m_claimed = false;
}

} // namespace tp::pos::devices
