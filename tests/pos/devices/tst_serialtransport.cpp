#include <QTest>

#include "CashDrawerCommand.h"
#include "DeviceUri.h"
#include "EscPosEncoder.h"
#include "SerialTransport.h"
#include "StatusQuery.h"
#include "VirtualPrinterSerial.h"

using namespace tp::pos::devices;
using namespace tp::pos::devices::testing;

namespace {

DeviceUri serialUri(const QString& path) {
    return DeviceUri::parse(QStringLiteral("serial://") + path + QStringLiteral("?baud=19200")).value();
}

} // namespace

class TestSerialTransport : public QObject {
    Q_OBJECT

private slots:
    void printsOnAVirtualSerialPrinter() {
        VirtualPrinterSerial printer(VirtualPrinter(*PrinterProfile::named(QStringLiteral("clone-58mm")), true));
        QVERIFY2(printer.start(), qPrintable(printer.error()));
        EscPosEncoder receipt(*PrinterProfile::named(QStringLiteral("clone-58mm")));
        receipt.initialize().align(TextAlignment::Center).line(QStringLiteral("Caf\u00E9 \u20AC 3,20"));
        QVERIFY(receipt.code128("RN-0001").ok());
        receipt.cut(CutKind::Full);

        SerialTransport transport(serialUri(printer.tillEnd()));
        const auto written = transport.write(receipt.bytes());
        QVERIFY2(written.ok(), written.ok() ? "" : written.error().message.c_str());
        QVERIFY(printer.waitForBytes(receipt.bytes().size(), 5000));
        const VirtualPrinter seen = printer.snapshot();
        QCOMPARE(seen.kanjiBytes, 0); // FS . reached the clone before the accented bytes
        QCOMPARE(seen.lineContaining(QStringLiteral("Caf\u00E9"))->text, QStringLiteral("Caf\u00E9 \u20AC 3,20"));
        QCOMPARE(seen.lineContaining(QStringLiteral("Caf\u00E9"))->alignment, 1);
        QCOMPARE(seen.barcodes.size(), 1);
        QCOMPARE(seen.barcodes.first().data, QByteArray("RN-0001"));
        QCOMPARE(seen.cuts.size(), 1);
        QCOMPARE(seen.cuts.first().partial, false);
    }

    void readsStatusFromASerialPrinter() {
        VirtualPrinterSerial printer;
        QVERIFY2(printer.start(), qPrintable(printer.error()));
        printer.withPrinter([](VirtualPrinter& state) {
            state.coverOpen = true;
            state.drawerSensorHigh = true;
        });
        SerialTransport transport(serialUri(printer.tillEnd()));
        const auto status = queryStatus(transport, 2000);
        QVERIFY2(status.ok(), status.ok() ? "" : status.error().message.c_str());
        QCOMPARE(status->coverOpen, true);
        QCOMPARE(status->drawerOpen(DrawerSensorPolarity::OpenWhenHigh), true);
        QVERIFY(!status->readyToPrint());
    }

    void opensABellDrawer() {
        VirtualPrinterSerial drawer;
        QVERIFY2(drawer.start(), qPrintable(drawer.error()));
        SerialTransport transport(serialUri(drawer.tillEnd()));
        QVERIFY(transport.write(drawerOpenCommand(DrawerConnection::SerialBell)).ok());
        QVERIFY(drawer.waitForBytes(1, 5000));
        QCOMPARE(drawer.snapshot().bellCount, 1);
        QVERIFY(drawer.snapshot().drawerPulses.isEmpty());
    }

    void kicksADrawerThroughASerialPrinter() {
        VirtualPrinterSerial printer;
        QVERIFY2(printer.start(), qPrintable(printer.error()));
        SerialTransport transport(serialUri(printer.tillEnd()));
        const QByteArray kick = drawerOpenCommand(DrawerConnection::PrinterKick, {DrawerPin::Pin5, 60, 300});
        QVERIFY(transport.write(kick).ok());
        QVERIFY(printer.waitForBytes(kick.size(), 5000));
        const VirtualPrinter seen = printer.snapshot();
        QCOMPARE(seen.drawerPulses.size(), 1);
        QCOMPARE(seen.drawerPulses.first().pin, 5);
        QCOMPARE(seen.drawerPulses.first().onMs, 60);
        QCOMPARE(seen.drawerPulses.first().offMs, 300);
    }

    void aMissingPortIsExplained() {
        SerialTransport transport(serialUri(QStringLiteral("/dev/ttyTillpointMissing")));
        const auto written = transport.write("x");
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, std::string("device_not_found"));
        QVERIFY(QString::fromStdString(written.error().message).contains("/dev/ttyTillpointMissing"));
    }
};

QTEST_GUILESS_MAIN(TestSerialTransport)
#include "tst_serialtransport.moc"
