#include <QElapsedTimer>
#include <QTest>

#include "EscPosEncoder.h"
#include "TcpTransport.h"
#include "VirtualPrinterTcpServer.h"

using namespace tp::pos::devices;
using namespace tp::pos::devices::testing;

class TestTcpTransport : public QObject {
    Q_OBJECT

private slots:
    void printsOnAVirtualNetworkPrinter() {
        VirtualPrinterTcpServer server;
        EscPosEncoder receipt(PrinterProfile::defaultProfile());
        receipt.initialize().bold(true).line(QStringLiteral("Total \u20AC 12,50")).bold(false).cut();
        TcpTransport transport(QStringLiteral("127.0.0.1"), server.port());
        const auto written = transport.write(receipt.bytes());
        QVERIFY(written.ok());
        transport.close();
        QVERIFY(server.waitForBytes(receipt.bytes().size(), 5000));
        const VirtualPrinter printer = server.snapshot();
        QCOMPARE(printer.textLines(), QStringList{"Total \u20AC 12,50"});
        QCOMPARE(printer.lines.first().runs.first().bold, true);
        QCOMPARE(printer.cuts.size(), 1);
        QCOMPARE(server.connectionCount(), 1);
    }

    void largeJobsArriveWhole() {
        VirtualPrinterTcpServer server;
        QImage logo(576, 2000, QImage::Format_RGB32);
        logo.fill(Qt::black);
        EscPosEncoder job(PrinterProfile::defaultProfile());
        job.initialize().image(logo).cut();
        TcpTransport transport(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY(transport.write(job.bytes()).ok());
        QVERIFY(server.waitForBytes(job.bytes().size(), 10000));
        const VirtualPrinter printer = server.snapshot();
        QCOMPARE(printer.images.size(), 1);
        QCOMPARE(printer.images.first().height(), 2000);
        QCOMPARE(printer.cuts.size(), 1);
    }

    void aRefusedPortFailsWithAClearMessage() {
        const quint16 port = refusedLoopbackPort();
        TcpTransport transport(QStringLiteral("127.0.0.1"), port);
        const auto written = transport.write("x");
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, std::string("device_unreachable"));
        const QString message = QString::fromStdString(written.error().message);
        QVERIFY2(message.contains(QStringLiteral("tcp://127.0.0.1:%1").arg(port)), qPrintable(message));
        QVERIFY2(message.contains("refused"), qPrintable(message));
    }

    void aPrinterThatAcceptsThenStallsTimesOut() {
        VirtualPrinterTcpServer stalled(VirtualPrinterTcpServer::Behaviour::AcceptThenStall);
        TcpTransport transport(QStringLiteral("127.0.0.1"), stalled.port(), {1000, 500, 500});
        const QByteArray job(32 * 1024 * 1024, 'x'); // far more than both socket buffers hold
        QElapsedTimer timer;
        timer.start();
        const auto written = transport.write(job);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, std::string("device_timeout"));
        const QString message = QString::fromStdString(written.error().message);
        QVERIFY2(message.contains("stopped taking data") && message.contains("500 ms"), qPrintable(message));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(stalled.connectionCount(), 1);
    }

    void anUnroutableHostTimesOutOnConnect() {
        // 192.0.2.0/24 is TEST-NET-1: never routed, so the connect attempt hangs, or fails at
        // once where there is no route at all. Either way it is bounded and explained.
        TcpTransport transport(QStringLiteral("192.0.2.1"), 9100, {300, 300, 300});
        QElapsedTimer timer;
        timer.start();
        const auto opened = transport.open();
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().code == "device_timeout" || opened.error().code == "device_unreachable");
        QVERIFY(QString::fromStdString(opened.error().message).contains("tcp://192.0.2.1:9100"));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    void readsStatusRepliesOnTheSameConnection() {
        VirtualPrinterTcpServer server;
        server.withPrinter([](VirtualPrinter& printer) { printer.paperOut = true; });
        TcpTransport transport(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY(transport.write(QByteArray("\x10\x04\x04", 3)).ok());
        const auto reply = transport.read(1, 2000);
        QVERIFY(reply.ok());
        QCOMPARE(reply->toHex(), QByteArray("72"));
        const auto nothing = transport.read(1, 100);
        QVERIFY(nothing.ok());
        QVERIFY(nothing->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTcpTransport)
#include "tst_tcptransport.moc"
