#include <QFile>
#include <QProcess>
#include <QSerialPort>
#include <QTemporaryDir>
#include <QTest>

#include "PrinterProfile.h"
#include "PtyPair.h"
#include "TestPage.h"
#include "VirtualPrinter.h"
#include "VirtualPrinterSerial.h"
#include "VirtualPrinterTcpServer.h"

using namespace tp::pos::devices;
using namespace tp::pos::devices::testing;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// The real tillpoint-pos binary, as the person setting up a till runs it.
Run tillpointPos(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral(TP_POS_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("tillpoint-pos did not finish");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

} // namespace

class TestTillpointPosCli : public QObject {
    Q_OBJECT

private slots:
    void testPrintToFileIsTheTestPage() {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("r.bin"));
        const Run run = tillpointPos({QStringLiteral("--test-print"), QStringLiteral("file://") + path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("file://") + path), qPrintable(run.out));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stream = file.readAll();
        QCOMPARE(stream, buildTestPage(PrinterProfile::defaultProfile()));

        VirtualPrinter printer;
        printer.feed(stream);
        QCOMPARE(printer.textLines().first(), TestPageContent::title());
        QVERIFY(printer.textLines().contains(TestPageContent::codeTableSample()));
        QCOMPARE(printer.barcodes.size(), 1);
        QCOMPARE(printer.barcodes.first().data, TestPageContent::barcode());
        QCOMPARE(printer.qrCodes.size(), 1);
        QCOMPARE(printer.qrCodes.first().payload, TestPageContent::qrPayload());
        QCOMPARE(printer.events.last(), QStringLiteral("cut:partial"));
        QVERIFY(printer.unknownCommands.isEmpty());
    }

    void testPrintAppendsToAnExistingFile() {
        QTemporaryDir directory;
        const QString uri = QStringLiteral("file://") + directory.filePath(QStringLiteral("spool.bin"));
        QCOMPARE(tillpointPos({QStringLiteral("--test-print"), uri}).exitCode, 0);
        QCOMPARE(tillpointPos(
                     {QStringLiteral("--test-print"), uri, QStringLiteral("--profile"), QStringLiteral("clone-58mm")})
                     .exitCode,
                 0);
        QFile file(directory.filePath(QStringLiteral("spool.bin")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), buildTestPage(PrinterProfile::defaultProfile()) +
                                     buildTestPage(*PrinterProfile::named(QStringLiteral("clone-58mm"))));
    }

    void testPrintOnARefusedPortFailsClearly() {
        const Run run = tillpointPos({QStringLiteral("--test-print"), QStringLiteral("tcp://127.0.0.1:1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Test print failed")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("tcp://127.0.0.1:1")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("refused")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void testPrintOnANetworkPrinter() {
        VirtualPrinterTcpServer server;
        const Run run =
            tillpointPos({QStringLiteral("--test-print"), QStringLiteral("tcp://127.0.0.1:%1").arg(server.port())});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray page = buildTestPage(PrinterProfile::defaultProfile());
        QVERIFY(server.waitForBytes(page.size(), 5000));
        QCOMPARE(server.snapshot().qrCodes.size(), 1);
        QCOMPARE(server.snapshot().cuts.size(), 1);
    }

    void openDrawerKicksTheConfiguredPin() {
        VirtualPrinterTcpServer server;
        const Run run = tillpointPos({QStringLiteral("--open-drawer"),
                                      QStringLiteral("tcp://127.0.0.1:%1").arg(server.port()), QStringLiteral("--pin"),
                                      QStringLiteral("5"), QStringLiteral("--pulse-ms"), QStringLiteral("80")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(server.waitForBytes(5, 5000));
        const VirtualPrinter printer = server.snapshot();
        QCOMPARE(printer.drawerPulses.size(), 1);
        QCOMPARE(printer.drawerPulses.first().pin, 5);
        QCOMPARE(printer.drawerPulses.first().onMs, 80);
    }

    void openDrawerOnASerialBellDrawer() {
        VirtualPrinterSerial drawer;
        QVERIFY2(drawer.start(), qPrintable(drawer.error()));
        const Run run = tillpointPos({QStringLiteral("--open-drawer"), QStringLiteral("serial://") + drawer.tillEnd(),
                                      QStringLiteral("--bell-drawer")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(drawer.waitForBytes(1, 5000));
        QCOMPARE(drawer.snapshot().bellCount, 1);
    }

    void openDrawerOnAMissingDeviceFails() {
        const Run run =
            tillpointPos({QStringLiteral("--open-drawer"), QStringLiteral("serial:///dev/ttyTillpointNone")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("/dev/ttyTillpointNone")), qPrintable(run.err));
    }

    void statusIsShownInWords() {
        VirtualPrinterTcpServer server;
        server.withPrinter([](VirtualPrinter& printer) { printer.paperOut = true; });
        const Run run =
            tillpointPos({QStringLiteral("--status"), QStringLiteral("tcp://127.0.0.1:%1").arg(server.port())});
        QCOMPARE(run.exitCode, 1); // not ready to print
        QVERIFY2(run.out.contains(QStringLiteral("paper out")), qPrintable(run.out));
    }

    void scanTestShowsWhatTheTillReads() {
        PtyPair pty;
        QVERIFY2(pty.start(), qPrintable(pty.error()));
        QSerialPort scannerSide;
        scannerSide.setPortName(pty.deviceEnd());
        QVERIFY(scannerSide.open(QIODevice::ReadWrite));

        QProcess process;
        process.start(QStringLiteral(TP_POS_BINARY),
                      {QStringLiteral("--scan-test"), QStringLiteral("serial://") + pty.tillEnd(),
                       QStringLiteral("--scan-timeout"), QStringLiteral("10")});
        // Scan only once the command listens, as a person would after reading its prompt.
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromLocal8Bit(process.readAllStandardOutput())).contains("Waiting"),
                                 10000);
        scannerSide.write("2100042007505\r\n");
        QVERIFY(scannerSide.waitForBytesWritten(1000));
        QVERIFY(process.waitForFinished(10000));
        out += QString::fromLocal8Bit(process.readAllStandardOutput());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral("Scanned \"2100042007505\": WeighedItem")), qPrintable(out));
    }

    void scanTestTimesOut() {
        PtyPair pty;
        QVERIFY2(pty.start(), qPrintable(pty.error()));
        const Run run = tillpointPos({QStringLiteral("--scan-test"), QStringLiteral("serial://") + pty.tillEnd(),
                                      QStringLiteral("--scan-timeout"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("No scan arrived within 1 s")), qPrintable(run.err));
    }

    void badRequestsExitWithTwo_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed URI") << QStringList{"--test-print", "usb://epson"} << "4 hex digits";
        QTest::newRow("unknown profile") << QStringList{"--test-print", "file:///tmp/x.bin", "--profile", "tm-x"}
                                         << "Unknown printer profile";
        QTest::newRow("bad pin") << QStringList{"--open-drawer", "file:///tmp/x.bin", "--pin", "3"} << "--pin";
        QTest::newRow("scan test on a network URI")
            << QStringList{"--scan-test", "tcp://127.0.0.1:9100"} << "Only serial and USB-CDC scanners";
    }

    void badRequestsExitWithTwo() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = tillpointPos(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    // Without a device command the register's window opens (here on the offscreen platform,
    // at its first-run screen for a fresh settings file) and stays open: it does not exit.
    void withoutACommandTheRegisterWindowOpens() {
        QTemporaryDir directory;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(TP_POS_BINARY),
                      {QStringLiteral("--settings"), directory.filePath(QStringLiteral("till.conf"))});
        QVERIFY(process.waitForStarted());
        QVERIFY2(!process.waitForFinished(2000), qPrintable(QString::fromLocal8Bit(process.readAllStandardError())));
        process.kill();
        process.waitForFinished();
    }

    void listDevicesShowsBothBuses() {
        const Run run = tillpointPos({QStringLiteral("--list-devices")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("USB receipt printers:")));
        QVERIFY(run.out.contains(QStringLiteral("Serial ports:")));
    }
};

QTEST_GUILESS_MAIN(TestTillpointPosCli)
#include "tst_tillpointpos_cli.moc"
