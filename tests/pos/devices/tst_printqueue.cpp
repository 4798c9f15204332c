#include <QElapsedTimer>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

#include "PrintQueue.h"
#include "TcpTransport.h"
#include "VirtualPrinterTcpServer.h"

using namespace tp::pos::devices;
using namespace tp::pos::devices::testing;

namespace {

// A printer that fails the first `failures` writes ("paper out"), then takes everything.
struct FlakyPrinter {
    QMutex mutex;
    QByteArray printed;
    std::atomic<int> failures{0};
    std::atomic<int> attempts{0};
};

class FlakyTransport : public PrinterTransport {
public:
    explicit FlakyTransport(FlakyPrinter& printer)
        : m_printer(printer) {}
    tp::domain::Result<void> open() override { return {}; }
    tp::domain::Result<void> write(const QByteArray& bytes) override {
        ++m_printer.attempts;
        if (m_printer.failures.fetch_sub(1) > 0)
            return tp::domain::makeError("device_io_error", "paper out");
        const QMutexLocker lock(&m_printer.mutex);
        m_printer.printed += bytes;
        return {};
    }
    tp::domain::Result<QByteArray> read(int, int) override { return QByteArray(); }
    void close() override {}
    QString describe() const override { return QStringLiteral("flaky://"); }

private:
    FlakyPrinter& m_printer;
};

PrintQueue::TransportMaker flaky(FlakyPrinter& printer) {
    return [&printer] {
        return std::make_unique<FlakyTransport>(printer);
    };
}

} // namespace

class TestPrintQueue : public QObject {
    Q_OBJECT

private slots:
    void printsJobsInOrderOnANetworkPrinter() {
        VirtualPrinterTcpServer server;
        const quint16 port = server.port();
        PrintQueue queue([port] { return std::make_unique<TcpTransport>(QStringLiteral("127.0.0.1"), port); });
        QSignalSpy printed(&queue, &PrintQueue::jobPrinted);
        queue.submit(QStringLiteral("one"), "first\n");
        queue.submit(QStringLiteral("two"), "second\n");
        queue.submit(QStringLiteral("three"), "third\n");
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 3, 10000);
        QVERIFY(server.waitForBytes(19, 5000));
        QCOMPARE(server.snapshot().textLines(), QStringList({"first", "second", "third"}));
        QCOMPARE(printed.at(0).at(1).toString(), QStringLiteral("one"));
        QCOMPARE(queue.pendingCount(), 0);
    }

    void submitNeverWaitsForAStalledPrinter() {
        VirtualPrinterTcpServer stalled(VirtualPrinterTcpServer::Behaviour::AcceptThenStall);
        const quint16 port = stalled.port();
        PrintQueue queue([port] {
            return std::make_unique<TcpTransport>(QStringLiteral("127.0.0.1"), port, TransportTimeouts{500, 500, 500});
        });
        QSignalSpy failed(&queue, &PrintQueue::jobFailed);
        const QByteArray big(16 * 1024 * 1024, 'x');
        QElapsedTimer timer;
        timer.start();
        queue.submit(QStringLiteral("big"), big);
        queue.submit(QStringLiteral("next"), "after\n");
        QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 1, 10000);
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("big"));
        QVERIFY(failed.first().at(2).toString().contains("stopped taking data"));
        QCOMPARE(queue.pendingCount(), 2); // kept, and the next job waits behind it
    }

    void aFailedJobIsKeptRetriedAndNotOvertaken() {
        FlakyPrinter printer;
        printer.failures = 2;
        PrintQueue queue(flaky(printer), {}, RetryPolicy{20, 1000});
        QSignalSpy printed(&queue, &PrintQueue::jobPrinted);
        QSignalSpy failed(&queue, &PrintQueue::jobFailed);
        const quint64 first = queue.submit(QStringLiteral("receipt 1"), "R1;");
        const quint64 second = queue.submit(QStringLiteral("receipt 2"), "R2;");
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 2, 5000);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.at(0).at(0).toULongLong(), first);
        QCOMPARE(failed.at(0).at(3).toInt(), 1);
        QCOMPARE(failed.at(1).at(3).toInt(), 2);
        QCOMPARE(printed.at(0).at(0).toULongLong(), first);
        QCOMPARE(printed.at(1).at(0).toULongLong(), second);
        const QMutexLocker lock(&printer.mutex);
        QCOMPARE(printer.printed, QByteArray("R1;R2;")); // each exactly once, in order
    }

    void retriesBackOffUpToTheLimit() {
        FlakyPrinter printer;
        printer.failures = 4;
        PrintQueue queue(flaky(printer), {}, RetryPolicy{10, 40});
        QSignalSpy printed(&queue, &PrintQueue::jobPrinted);
        QSignalSpy failed(&queue, &PrintQueue::jobFailed);
        queue.submit(QStringLiteral("receipt"), "R");
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, 5000);
        QList<int> delays;
        for (const auto& failure : failed)
            delays << failure.at(4).toInt();
        QCOMPARE(delays, QList<int>({10, 20, 40, 40}));
    }

    void aPrinterSwitchedOnLaterGetsTheJob() {
        std::atomic<quint16> port{refusedLoopbackPort()};
        PrintQueue queue([&port] { return std::make_unique<TcpTransport>(QStringLiteral("127.0.0.1"), port.load()); },
                         {}, RetryPolicy{50, 100});
        QSignalSpy failed(&queue, &PrintQueue::jobFailed);
        QSignalSpy printed(&queue, &PrintQueue::jobPrinted);
        queue.submit(QStringLiteral("receipt"), "Thank you\n");
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 1, 5000);
        QVERIFY(failed.first().at(2).toString().contains("refused"));
        QCOMPARE(queue.pendingJobs().first().lastError, failed.last().at(2).toString());

        VirtualPrinterTcpServer server;
        port = server.port();
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, 5000);
        QVERIFY(server.waitForBytes(10, 5000));
        QCOMPARE(server.snapshot().textLines(), QStringList{"Thank you"});
    }

    void paperOutIsReportedInWordsAndTheJobWaits() {
        VirtualPrinterTcpServer server;
        server.withPrinter([](VirtualPrinter& printer) { printer.paperOut = true; });
        const quint16 port = server.port();
        PrintQueue queue([port] { return std::make_unique<TcpTransport>(QStringLiteral("127.0.0.1"), port); }, {},
                         RetryPolicy{50, 100, 1000});
        QSignalSpy failed(&queue, &PrintQueue::jobFailed);
        QSignalSpy printed(&queue, &PrintQueue::jobPrinted);
        queue.submit(QStringLiteral("receipt"), "Paid\n");
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 1, 5000);
        QCOMPARE(failed.first().at(2).toString(), QStringLiteral("Printer tcp://127.0.0.1:%1: paper out.").arg(port));
        QVERIFY(server.snapshot().textLines().isEmpty()); // only status requests went out

        server.withPrinter([](VirtualPrinter& printer) { printer.paperOut = false; }); // new roll
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(server.snapshot().textLines(), QStringList{"Paid"}, 5000);
    }

    void aPrinterWithoutStatusStillPrints() {
        VirtualPrinterTcpServer server;
        server.withPrinter([](VirtualPrinter& printer) { printer.answersStatus = false; });
        const quint16 port = server.port();
        PrintQueue queue([port] { return std::make_unique<TcpTransport>(QStringLiteral("127.0.0.1"), port); }, {},
                         RetryPolicy{50, 100, 200});
        QSignalSpy printed(&queue, &PrintQueue::jobPrinted);
        queue.submit(QStringLiteral("receipt"), "Paid\n");
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(server.snapshot().textLines(), QStringList{"Paid"}, 5000);
    }

    void retryNowSkipsTheBackoff() {
        FlakyPrinter printer;
        printer.failures = 1;
        PrintQueue queue(flaky(printer), {}, RetryPolicy{60000, 60000});
        QSignalSpy printed(&queue, &PrintQueue::jobPrinted);
        QSignalSpy failed(&queue, &PrintQueue::jobFailed);
        queue.submit(QStringLiteral("receipt"), "R");
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QTest::qWait(50);
        QCOMPARE(printed.size(), 0); // still waiting out a one-minute backoff
        queue.retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, 5000);
    }

    void spooledJobsSurviveARestart() {
        QTemporaryDir spool;
        FlakyPrinter broken;
        broken.failures = 1000;
        {
            PrintQueue queue(flaky(broken), spool.path(), RetryPolicy{10000, 10000});
            QSignalSpy failed(&queue, &PrintQueue::jobFailed);
            queue.submit(QStringLiteral("receipt 1"), "R1;");
            queue.submit(QStringLiteral("receipt 2"), "R2;");
            QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        } // the app quits with the printer still broken
        QCOMPARE(QDir(spool.path()).entryList(QDir::Files).size(), 2);

        FlakyPrinter fixed;
        PrintQueue restarted(flaky(fixed), spool.path());
        QSignalSpy printed(&restarted, &PrintQueue::jobPrinted);
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 2, 5000);
        QCOMPARE(printed.at(0).at(1).toString(), QStringLiteral("receipt 1"));
        {
            const QMutexLocker lock(&fixed.mutex);
            QCOMPARE(fixed.printed, QByteArray("R1;R2;"));
        }
        QVERIFY(QDir(spool.path()).entryList(QDir::Files).isEmpty());
        // New jobs continue the numbering instead of reusing a spooled job's id.
        QVERIFY(restarted.submit(QStringLiteral("receipt 3"), "R3;") > printed.at(1).at(0).toULongLong());
    }
};

QTEST_GUILESS_MAIN(TestPrintQueue)
#include "tst_printqueue.moc"
