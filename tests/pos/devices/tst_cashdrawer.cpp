#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include "CashDrawer.h"
#include "DeviceUri.h"
#include "SerialTransport.h"
#include "TcpTransport.h"
#include "VirtualPrinterSerial.h"
#include "VirtualPrinterTcpServer.h"

using namespace tp::pos::devices;
using namespace tp::pos::devices::testing;

namespace {

CashDrawer::TransportMaker tcpTo(quint16 port, TransportTimeouts timeouts = {}) {
    return [port, timeouts] {
        return std::make_unique<TcpTransport>(QStringLiteral("127.0.0.1"), port, timeouts);
    };
}

const QDateTime kNow = QDateTime(QDate(2024, 9, 17), QTime(14, 3), QTimeZone::utc());

} // namespace

class TestCashDrawer : public QObject {
    Q_OBJECT

private slots:
    void kicksThroughThePrinterAndAuditsTheReason() {
        VirtualPrinterTcpServer printer;
        CashDrawerConfig config;
        config.pulse = {DrawerPin::Pin5, 150, 500};
        CashDrawer drawer(tcpTo(printer.port()), config, [] { return kNow; });
        QSignalSpy requested(&drawer, &CashDrawer::openRequested);
        QSignalSpy opened(&drawer, &CashDrawer::opened);
        const quint64 id = drawer.open(DrawerOpenReason::NoSale, QStringLiteral("staff-7"));
        QCOMPARE(requested.size(), 1); // recorded before anything can fail
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 5000);
        const auto event = opened.first().first().value<DrawerOpenEvent>();
        QCOMPARE(event.id, id);
        QCOMPARE(toString(event.reason), QStringLiteral("no_sale"));
        QCOMPARE(event.staffId, QStringLiteral("staff-7"));
        QCOMPARE(event.requestedAt, kNow);
        QVERIFY(event.opened);
        QVERIFY(printer.waitForBytes(5, 5000));
        QCOMPARE(printer.snapshot().drawerPulses.size(), 1);
        QCOMPARE(printer.snapshot().drawerPulses.first().pin, 5);
        QCOMPARE(printer.snapshot().drawerPulses.first().onMs, 150);
    }

    void aSerialDrawerOpensOnBell() {
        VirtualPrinterSerial serialDrawer;
        QVERIFY2(serialDrawer.start(), qPrintable(serialDrawer.error()));
        const DeviceUri uri = DeviceUri::parse(QStringLiteral("serial://") + serialDrawer.tillEnd()).value();
        CashDrawerConfig config;
        config.connection = DrawerConnection::SerialBell;
        CashDrawer drawer([uri] { return std::make_unique<SerialTransport>(uri); }, config);
        QSignalSpy opened(&drawer, &CashDrawer::opened);
        drawer.open(DrawerOpenReason::Sale, QStringLiteral("staff-1"));
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 5000);
        QVERIFY(serialDrawer.waitForBytes(1, 5000));
        QCOMPARE(serialDrawer.snapshot().bellCount, 1);

        QSignalSpy unknown(&drawer, &CashDrawer::stateUnknown);
        drawer.refreshState();
        QCOMPARE(unknown.size(), 1);
    }

    void aFailedKickIsStillAnAuditedEvent() {
        CashDrawer drawer(tcpTo(refusedLoopbackPort()), {});
        QSignalSpy failed(&drawer, &CashDrawer::openFailed);
        drawer.open(DrawerOpenReason::CashOut, QStringLiteral("staff-2"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        const auto event = failed.first().first().value<DrawerOpenEvent>();
        QCOMPARE(toString(event.reason), QStringLiteral("cash_out"));
        QVERIFY(!event.opened);
        QVERIFY(event.error.contains(QStringLiteral("refused")));
    }

    void openingNeverWaitsForTheDevice() {
        VirtualPrinterTcpServer stalled(VirtualPrinterTcpServer::Behaviour::AcceptThenStall);
        CashDrawer drawer(tcpTo(stalled.port(), {300, 300, 300}), {});
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 5; ++i)
            drawer.open(DrawerOpenReason::Sale, QStringLiteral("staff-1"));
        QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
    }

    void sensorPolarity_data() {
        QTest::addColumn<bool>("pinHigh");
        QTest::addColumn<int>("polarity");
        QTest::addColumn<bool>("open");
        QTest::newRow("pin high, open when high") << true << int(DrawerSensorPolarity::OpenWhenHigh) << true;
        QTest::newRow("pin high, open when low") << true << int(DrawerSensorPolarity::OpenWhenLow) << false;
        QTest::newRow("pin low, open when low") << false << int(DrawerSensorPolarity::OpenWhenLow) << true;
    }

    void sensorPolarity() {
        QFETCH(bool, pinHigh);
        QFETCH(int, polarity);
        QFETCH(bool, open);
        VirtualPrinterTcpServer printer;
        printer.withPrinter([pinHigh](VirtualPrinter& state) { state.drawerSensorHigh = pinHigh; });
        CashDrawerConfig config;
        config.polarity = static_cast<DrawerSensorPolarity>(polarity);
        CashDrawer drawer(tcpTo(printer.port()), config);
        QSignalSpy known(&drawer, &CashDrawer::stateKnown);
        drawer.refreshState();
        QTRY_COMPARE_WITH_TIMEOUT(known.size(), 1, 5000);
        QCOMPARE(known.first().first().toBool(), open);
    }

    void silentPrinterMeansUnknownState() {
        VirtualPrinterTcpServer printer;
        printer.withPrinter([](VirtualPrinter& state) { state.answersStatus = false; });
        CashDrawerConfig config;
        config.statusTimeoutMs = 200;
        CashDrawer drawer(tcpTo(printer.port()), config);
        QSignalSpy unknown(&drawer, &CashDrawer::stateUnknown);
        drawer.refreshState();
        QTRY_COMPARE_WITH_TIMEOUT(unknown.size(), 1, 5000);
        QVERIFY(unknown.first().first().toString().contains(QStringLiteral("did not answer")));
    }
};

QTEST_GUILESS_MAIN(TestCashDrawer)
#include "tst_cashdrawer.moc"
