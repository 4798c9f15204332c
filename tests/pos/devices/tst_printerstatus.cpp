#include <QTest>

#include "PrinterStatus.h"
#include "StatusQuery.h"
#include "TcpTransport.h"
#include "VirtualPrinterTcpServer.h"

using namespace tp::pos::devices;
using namespace tp::pos::devices::testing;

class TestPrinterStatus : public QObject {
    Q_OBJECT

private slots:
    void parsesTheThreeReplies() {
        PrinterStatus status;
        QVERIFY(status.applyPrinterStatus(0x1E)); // 0x12 | offline 0x08 | pin 3 high 0x04
        QVERIFY(status.applyOfflineCause(0x36));  // 0x12 | cover open 0x04 | paper end stop 0x20
        QVERIFY(status.applyPaperSensor(0x7E));   // 0x12 | near end 0x0C | paper out 0x60
        QCOMPARE(status.online, false);
        QCOMPARE(status.drawerSensorHigh, true);
        QCOMPARE(status.coverOpen, true);
        QCOMPARE(status.stoppedByPaperEnd, true);
        QCOMPARE(status.paperNearEnd, true);
        QCOMPARE(status.paperOut, true);
        QVERIFY(!status.readyToPrint());
        QCOMPARE(status.describe(), QStringList({"offline", "cover open", "paper out", "drawer open"}));
    }

    void aHealthyPrinterIsReady() {
        PrinterStatus status;
        QVERIFY(status.applyPrinterStatus(0x12));
        QVERIFY(status.applyOfflineCause(0x12));
        QVERIFY(status.applyPaperSensor(0x12));
        QVERIFY(status.readyToPrint());
        QCOMPARE(status.describe(), QStringList({"ready", "drawer closed"}));
    }

    void paperNearEndIsAWarningNotAStop() {
        PrinterStatus status;
        QVERIFY(status.applyPaperSensor(0x1E)); // one sensor bit pair: 0x0C
        QCOMPARE(status.paperNearEnd, true);
        QVERIFY(status.readyToPrint());
        QCOMPARE(status.describe(), QStringList({"paper near end"}));
    }

    void drawerPolarityIsConfigurable() {
        PrinterStatus status;
        QVERIFY(status.applyPrinterStatus(0x16)); // pin 3 high
        QCOMPARE(status.drawerOpen(DrawerSensorPolarity::OpenWhenHigh), true);
        QCOMPARE(status.drawerOpen(DrawerSensorPolarity::OpenWhenLow), false);
        QVERIFY(status.describe(DrawerSensorPolarity::OpenWhenLow).contains("drawer closed"));
        QVERIFY(!PrinterStatus().drawerOpen(DrawerSensorPolarity::OpenWhenHigh).has_value());
    }

    void rejectsBytesThatAreNoStatus_data() {
        QTest::addColumn<int>("byte");
        QTest::newRow("bit 0 set") << 0x13;
        QTest::newRow("bit 1 clear") << 0x10;
        QTest::newRow("bit 4 clear") << 0x02;
        QTest::newRow("bit 7 set") << 0x92;
        QTest::newRow("an echoed ASCII letter") << int('A');
    }

    void rejectsBytesThatAreNoStatus() {
        QFETCH(int, byte);
        PrinterStatus status;
        QVERIFY(!status.applyPrinterStatus(static_cast<std::uint8_t>(byte)));
        QVERIFY(!status.online.has_value());
        QCOMPARE(status.describe(), QStringList({"status unknown"}));
    }

    void statusRequestsAreDleEot124() {
        QCOMPARE(statusRequests().toHex(' '), QByteArray("10 04 01 10 04 02 10 04 04"));
    }

    void queriesAVirtualPrinterOverTcp_data() {
        QTest::addColumn<bool>("paperOut");
        QTest::addColumn<bool>("coverOpen");
        QTest::addColumn<bool>("online");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("all fine") << false << false << true << QStringList{"ready", "drawer closed"};
        QTest::newRow("paper out") << true << false << true << QStringList{"paper out", "drawer closed"};
        QTest::newRow("cover open and offline")
            << false << true << false << QStringList{"offline", "cover open", "drawer closed"};
    }

    void queriesAVirtualPrinterOverTcp() {
        QFETCH(bool, paperOut);
        QFETCH(bool, coverOpen);
        QFETCH(bool, online);
        QFETCH(QStringList, words);
        VirtualPrinterTcpServer server;
        server.withPrinter([&](VirtualPrinter& printer) {
            printer.paperOut = paperOut;
            printer.coverOpen = coverOpen;
            printer.online = online;
        });
        TcpTransport transport(QStringLiteral("127.0.0.1"), server.port());
        const auto status = queryStatus(transport, 2000);
        QVERIFY2(status.ok(), status.ok() ? "" : status.error().message.c_str());
        QCOMPARE(status->describe(), words);
        QCOMPARE(status->readyToPrint(), !paperOut && !coverOpen && online);
    }

    void aPrinterThatDoesNotAnswerTimesOut() {
        VirtualPrinterTcpServer server;
        server.withPrinter([](VirtualPrinter& printer) { printer.answersStatus = false; });
        TcpTransport transport(QStringLiteral("127.0.0.1"), server.port());
        QElapsedTimer timer;
        timer.start();
        const auto status = queryStatus(transport, 300);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, std::string("device_timeout"));
        QVERIFY(QString::fromStdString(status.error().message).contains("DLE EOT 1"));
        QVERIFY(timer.elapsed() < 3000);
    }
};

QTEST_GUILESS_MAIN(TestPrinterStatus)
#include "tst_printerstatus.moc"
