#include <QTest>

#include <libusb.h>

#include "DeviceDiscovery.h"
#include "DeviceUri.h"
#include "FakeUsbBus.h"
#include "UsbTransport.h"

using namespace tp::pos::devices;
using namespace tp::pos::devices::testing;

namespace {

DeviceUri usbUri(const char* text) {
    return DeviceUri::parse(QString::fromLatin1(text)).value();
}

} // namespace

class TestUsbTransport : public QObject {
    Q_OBJECT

private slots:
    void claimsThePrinterInterfaceInTheRightOrder() {
        auto bus = std::make_shared<FakeUsbBus>();
        bus->listing.devices = {FakeUsbBus::printer(0x0416, 0x5011)};
        UsbTransport transport(usbUri("usb://0416:5011"), bus);
        QVERIFY(transport.write("hello").ok());
        QCOMPARE(bus->written, QByteArray("hello"));
        transport.close();
        // Auto-detach before claim; the configuration already matches, so it is not set again.
        QCOMPARE(bus->calls, QStringList({"list", "open 1:7", "auto-detach 1", "get-configuration", "claim 0",
                                          "bulk out 0x02 5 bytes 10000 ms", "release 0", "close"}));
        QCOMPARE(bus->openHandles, 0);
    }

    void setsTheConfigurationOnlyWhenItDiffers() {
        auto bus = std::make_shared<FakeUsbBus>();
        bus->listing.devices = {FakeUsbBus::printer(0x0416, 0x5011)};
        bus->activeConfigurationValue = 0; // unconfigured
        UsbTransport transport(usbUri("usb://0416:5011"), bus);
        QVERIFY(transport.open().ok());
        QVERIFY(bus->calls.contains("set-configuration 1"));
        QVERIFY(bus->calls.indexOf("set-configuration 1") < bus->calls.indexOf("claim 0"));
    }

    void endpointsComeFromTheDescriptors() {
        auto bus = std::make_shared<FakeUsbBus>();
        UsbDevice device = FakeUsbBus::printer(0x0519, 0x0003);
        // An interrupt endpoint first, then bulk endpoints with unusual numbers.
        device.interfaces.front().number = 1;
        device.interfaces.front().endpoints = {{0x83, 0x03, 8}, {0x85, 0x02, 512}, {0x04, 0x02, 512}};
        bus->listing.devices = {device};
        bus->inSteps.push_back({0, -1, QByteArray("\x12", 1)});
        UsbTransport transport(usbUri("usb://0519:0003"), bus);
        QVERIFY(transport.write("x").ok());
        const auto reply = transport.read(1, 200);
        QVERIFY(reply.ok());
        QCOMPARE(reply.value(), QByteArray("\x12", 1));
        QVERIFY(bus->calls.contains("claim 1"));
        QVERIFY(bus->calls.contains("bulk out 0x04 1 bytes 10000 ms"));
        QVERIFY(bus->calls.contains("bulk in 0x85 512 bytes 200 ms")); // whole packets
    }

    void writesLargeJobsInChunks() {
        auto bus = std::make_shared<FakeUsbBus>();
        bus->listing.devices = {FakeUsbBus::printer(0x0416, 0x5011)};
        UsbTransport transport(usbUri("usb://0416:5011"), bus);
        const QByteArray job(10000, 'r');
        QVERIFY(transport.write(job).ok());
        QCOMPARE(bus->written, job);
        QCOMPARE(bus->calls.filter("bulk out").size(), 3);
    }

    void picksTheDeviceWithTheSerialNumber() {
        auto bus = std::make_shared<FakeUsbBus>();
        UsbDevice first = FakeUsbBus::printer(0x04b8, 0x0202, 7, 3);
        UsbDevice second = FakeUsbBus::printer(0x04b8, 0x0202, 7, 4);
        second.deviceAddress = 9;
        bus->listing.devices = {first, second};
        bus->strings = {{3, "AAA111"}, {4, "BBB222"}};
        UsbTransport transport(usbUri("usb://04b8:0202/BBB222"), bus);
        QVERIFY(transport.open().ok());
        QVERIFY(bus->calls.contains("open 1:9"));
        QCOMPARE(bus->openHandles, 1); // the first one was closed again
    }

    void vendorClassInterfacesCount_data() {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<quint16>("vendorId");
        QTest::addColumn<bool>("discovered");
        QTest::newRow("Epson vendor-class is found when listing") << "usb://04b8:0e28" << quint16(0x04b8) << true;
        QTest::newRow("another vendor-class device is not listed as a printer")
            << "usb://1a86:7584" << quint16(0x1a86) << false;
    }

    void vendorClassInterfacesCount() {
        QFETCH(QString, uri);
        QFETCH(quint16, vendorId);
        QFETCH(bool, discovered);
        auto bus = std::make_shared<FakeUsbBus>();
        UsbDevice device = FakeUsbBus::printer(vendorId, 0, 0xFF);
        device.productId = static_cast<std::uint16_t>(DeviceUri::parse(uri)->productId);
        bus->listing.devices = {device};
        QCOMPARE(discoverDevices(*bus).usbPrinters.size(), discovered ? 1 : 0);
        // Named explicitly, a vendor-class interface with bulk OUT is used either way.
        UsbTransport transport(DeviceUri::parse(uri).value(), bus);
        QVERIFY(transport.write("x").ok());
    }

    void errors_data() {
        QTest::addColumn<QString>("failingStep");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("advice");
        QTest::newRow("open: permission") << "open" << int(LIBUSB_ERROR_ACCESS) << "device_permission_denied"
                                          << "udev rule";
        QTest::newRow("open: unplugged") << "open" << int(LIBUSB_ERROR_NO_DEVICE) << "device_disconnected"
                                         << "disconnected";
        QTest::newRow("detach refused") << "detach" << int(LIBUSB_ERROR_ACCESS) << "device_permission_denied"
                                        << "detaching the kernel driver";
        QTest::newRow("claim: busy") << "claim" << int(LIBUSB_ERROR_BUSY) << "device_busy"
                                     << "another program";
        QTest::newRow("bulk out: timeout") << "bulk" << int(LIBUSB_ERROR_TIMEOUT) << "device_timeout"
                                           << "did not respond in time";
        QTest::newRow("bulk out: pipe") << "bulk" << int(LIBUSB_ERROR_PIPE) << "device_io_error"
                                        << "stalled";
        QTest::newRow("bulk out: unplugged mid-job") << "bulk" << int(LIBUSB_ERROR_NO_DEVICE) << "device_disconnected"
                                                     << "disconnected";
        QTest::newRow("bus cannot be listed") << "list" << int(LIBUSB_ERROR_NO_MEM) << "device_io_error"
                                              << "listing USB devices";
    }

    void errors() {
        QFETCH(QString, failingStep);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, advice);
        auto bus = std::make_shared<FakeUsbBus>();
        bus->listing.devices = {FakeUsbBus::printer(0x0416, 0x5011)};
        if (failingStep == "open")
            bus->openStatus = status;
        else if (failingStep == "detach")
            bus->autoDetachStatus = status;
        else if (failingStep == "claim")
            bus->claimStatus = status;
        else if (failingStep == "bulk")
            bus->outSteps.push_back({status, 4096, {}});
        else if (failingStep == "list")
            bus->listing.status = status;

        UsbTransport transport(usbUri("usb://0416:5011"), bus);
        const auto written = transport.write(QByteArray(5000, 'x'));
        QVERIFY(!written.ok());
        QCOMPARE(QString::fromStdString(written.error().code), code);
        const QString message = QString::fromStdString(written.error().message);
        QVERIFY2(message.contains(advice), qPrintable(message));
        QVERIFY2(message.contains("usb://0416:5011") || failingStep == "list", qPrintable(message));
        if (failingStep == "bulk")
            QVERIFY2(message.contains("4096 of 5000 bytes"), qPrintable(message));
        QCOMPARE(bus->openHandles, 0); // nothing left open after a failure
    }

    void autoDetachUnsupportedIsNotAnError() {
        auto bus = std::make_shared<FakeUsbBus>();
        bus->listing.devices = {FakeUsbBus::printer(0x0416, 0x5011)};
        bus->autoDetachStatus = LIBUSB_ERROR_NOT_SUPPORTED; // platforms without kernel drivers
        UsbTransport transport(usbUri("usb://0416:5011"), bus);
        QVERIFY(transport.write("x").ok());
    }

    void notConnectedNamesTheIds() {
        auto bus = std::make_shared<FakeUsbBus>();
        bus->listing.devices = {FakeUsbBus::printer(0x0416, 0x5011)};
        UsbTransport transport(usbUri("usb://04b8:0202"), bus);
        const auto opened = transport.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, std::string("device_not_found"));
        QVERIFY(QString::fromStdString(opened.error().message).contains("04b8:0202"));
    }

    void aDeviceWithoutPrinterInterfaceIsRefused() {
        auto bus = std::make_shared<FakeUsbBus>();
        UsbDevice keyboard = FakeUsbBus::printer(0x046d, 0xc31c, 3); // HID
        bus->listing.devices = {keyboard};
        UsbTransport transport(usbUri("usb://046d:c31c"), bus);
        const auto opened = transport.open();
        QVERIFY(!opened.ok());
        QVERIFY(QString::fromStdString(opened.error().message).contains("no printer interface"));
    }

    void statusReadTimeoutIsAnEmptyReply() {
        auto bus = std::make_shared<FakeUsbBus>();
        bus->listing.devices = {FakeUsbBus::printer(0x0416, 0x5011)};
        UsbTransport transport(usbUri("usb://0416:5011"), bus);
        const auto reply = transport.read(1, 50);
        QVERIFY(reply.ok());
        QVERIFY(reply->isEmpty());
    }

    void discoveryListsSerialNumbers() {
        auto bus = std::make_shared<FakeUsbBus>();
        bus->listing.devices = {FakeUsbBus::printer(0x04b8, 0x0202, 7, 3)};
        bus->strings = {{3, "X5Y6"}};
        const DiscoveredDevices found = discoverDevices(*bus);
        QCOMPARE(found.usbPrinters.size(), 1);
        QCOMPARE(found.usbPrinters.first().uri, QStringLiteral("usb://04b8:0202/X5Y6"));
        QCOMPARE(bus->openHandles, 0);
    }
};

QTEST_GUILESS_MAIN(TestUsbTransport)
#include "tst_usbtransport.moc"
