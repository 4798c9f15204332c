#include <QTest>

#include "DeviceUri.h"

using namespace tp::pos::devices;

class TestDeviceUri : public QObject {
    Q_OBJECT

private slots:
    void usbByVendorAndProduct() {
        const auto uri = DeviceUri::parse(QStringLiteral("usb://04b8:0e28"));
        QVERIFY(uri.ok());
        QCOMPARE(uri->scheme, DeviceScheme::Usb);
        QCOMPARE(uri->vendorId, 0x04b8);
        QCOMPARE(uri->productId, 0x0e28);
        QVERIFY(uri->serialNumber.isEmpty());
    }

    void usbWithSerialNumber() {
        const auto uri = DeviceUri::parse(QStringLiteral("usb://0416:5011/J7HF%20012"));
        QVERIFY(uri.ok());
        QCOMPARE(uri->serialNumber, QStringLiteral("J7HF 012"));
    }

    void serialWithLineSettings() {
        const auto uri = DeviceUri::parse(QStringLiteral("serial:///dev/ttyUSB0?baud=19200&flow=rtscts&parity=even"));
        QVERIFY(uri.ok());
        QCOMPARE(uri->scheme, DeviceScheme::Serial);
        QCOMPARE(uri->portPath, QStringLiteral("/dev/ttyUSB0"));
        QCOMPARE(uri->baudRate, 19200);
        QCOMPARE(uri->flowControl, SerialFlowControl::Hardware);
        QCOMPARE(uri->parity, 'e');
        QCOMPARE(uri->dataBits, 8);
    }

    void serialDefaultsTo9600() {
        const auto uri = DeviceUri::parse(QStringLiteral("serial:///dev/ttyS0"));
        QVERIFY(uri.ok());
        QCOMPARE(uri->baudRate, 9600);
        QCOMPARE(uri->flowControl, SerialFlowControl::None);
    }

    void tcpPortDefaultsTo9100() {
        const auto uri = DeviceUri::parse(QStringLiteral("tcp://192.168.1.50"));
        QVERIFY(uri.ok());
        QCOMPARE(uri->host, QStringLiteral("192.168.1.50"));
        QCOMPARE(uri->port, 9100);
        const auto explicitPort = DeviceUri::parse(QStringLiteral("tcp://printer.local:9101"));
        QVERIFY(explicitPort.ok());
        QCOMPARE(explicitPort->port, 9101);
    }

    void fileIsAnAbsolutePath() {
        const auto uri = DeviceUri::parse(QStringLiteral("file:///tmp/r.bin"));
        QVERIFY(uri.ok());
        QCOMPARE(uri->scheme, DeviceScheme::File);
        QCOMPARE(uri->filePath, QStringLiteral("/tmp/r.bin"));
    }

    void clearErrors_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("empty") << ""
                               << "no device given";
        QTest::newRow("unknown scheme") << "lpt://1"
                                        << "unknown scheme \"lpt\"";
        QTest::newRow("no scheme") << "/dev/ttyUSB0"
                                   << "no scheme";
        QTest::newRow("usb ids not hex") << "usb://epson:printer"
                                         << "4 hex digits";
        QTest::newRow("usb id too short") << "usb://4b8:202"
                                          << "4 hex digits";
        QTest::newRow("usb empty serial") << "usb://04b8:0202/"
                                          << "serial number";
        QTest::newRow("serial without port") << "serial://"
                                             << "no port";
        QTest::newRow("serial bad baud") << "serial:///dev/ttyUSB0?baud=fast"
                                         << "not a valid value for baud";
        QTest::newRow("serial unknown option") << "serial:///dev/ttyUSB0?speed=9600"
                                               << "unknown option \"speed\"";
        QTest::newRow("tcp without host") << "tcp://:9100"
                                          << "no host";
        QTest::newRow("tcp with a path") << "tcp://printer:9100/queue"
                                         << "only a host and a port";
        QTest::newRow("file with a host") << "file://server/share/r.bin"
                                          << "absolute path";
    }

    void clearErrors() {
        QFETCH(QString, text);
        QFETCH(QString, explanation);
        const auto uri = DeviceUri::parse(text);
        QVERIFY(!uri.ok());
        QCOMPARE(uri.error().code, std::string("invalid_device_uri"));
        const QString message = QString::fromStdString(uri.error().message);
        QVERIFY2(message.contains(explanation), qPrintable(message));
        QVERIFY2(message.contains(text), qPrintable(message)); // names what the person typed
    }
};

QTEST_GUILESS_MAIN(TestDeviceUri)
#include "tst_deviceuri.moc"
