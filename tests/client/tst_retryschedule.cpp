#include <QSet>
#include <QTest>

#include "ManualClock.h"
#include "TempReplica.h"
#include "client/sync/RetrySchedule.h"

using namespace std::chrono;
using namespace tp::client;
using namespace tp::client::testing;

// Exponential backoff with jitter, capped, and persisted so a restart keeps backing off.
class TestRetrySchedule : public QObject {
    Q_OBJECT

private:
    const RetryPolicy m_policy{milliseconds(1000), milliseconds(60000)};

private slots:
    void delayStaysInsideItsBand_data() {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("ceiling");
        QTest::newRow("first retry") << 1 << qint64(1000);
        QTest::newRow("second retry doubles") << 2 << qint64(2000);
        QTest::newRow("fifth retry") << 5 << qint64(16000);
        QTest::newRow("seventh retry hits the cap") << 7 << qint64(60000);
        QTest::newRow("a thousand failures stay at the cap") << 1000 << qint64(60000);
    }

    void delayStaysInsideItsBand() {
        QFETCH(int, attempt);
        QFETCH(qint64, ceiling);
        // The smallest and largest random numbers give the band's two ends.
        QCOMPARE(retryDelay(attempt, m_policy, 0).count(), ceiling / 2);
        QCOMPARE(retryDelay(attempt, m_policy, quint64(ceiling - ceiling / 2)).count(), ceiling);
        for (quint64 random : {quint64(12345), quint64(987654321), ~quint64(0)}) {
            const qint64 delay = retryDelay(attempt, m_policy, random).count();
            QVERIFY(delay >= ceiling / 2);
            QVERIFY(delay <= ceiling);
        }
    }

    void shortestWaitDoublesUntilTheCap() {
        // With equal jitter the shortest wait of a retry is the longest of the one before, so
        // the waits never shrink while they grow towards the cap.
        for (int attempt = 1; attempt < 20; ++attempt) {
            const qint64 shortest = retryDelay(attempt, m_policy, 0).count();
            const qint64 shortestNext = retryDelay(attempt + 1, m_policy, 0).count();
            QCOMPARE(shortestNext, std::min<qint64>(shortest * 2, m_policy.maxDelay.count() / 2));
        }
    }

    void jitterSpreadsRegistersApart() {
        QSet<qint64> delays;
        RetrySchedule::RandomSource random = RetrySchedule::systemRandom();
        for (int i = 0; i < 200; ++i)
            delays.insert(retryDelay(6, m_policy, random()).count());
        QVERIFY2(delays.size() > 100, qPrintable(QString::number(delays.size())));
    }

    void failuresAreCountedAndScheduled() {
        TempReplica replica;
        ManualClock clock;
        quint64 nextRandom = 0;
        RetrySchedule schedule(replica.db(), "push", m_policy, clock.function(), [&] { return nextRandom; });
        QCOMPARE(*schedule.attempts(), 0);
        QVERIFY(!schedule.nextAttemptAt()->isValid());
        QVERIFY(*schedule.isDue());

        QList<qint64> waits;
        for (int i = 0; i < 8; ++i) {
            nextRandom = quint64(i * 7919);
            auto next = schedule.recordFailure();
            QVERIFY(next.ok());
            waits << clock.now().msecsTo(*next);
            QVERIFY(!*schedule.isDue());
        }
        QCOMPARE(*schedule.attempts(), 8);
        for (int i = 0; i < waits.size(); ++i) {
            const qint64 ceiling = std::min<qint64>(60000, qint64(1000) << i);
            QVERIFY2(waits.at(i) >= ceiling / 2 && waits.at(i) <= ceiling, qPrintable(QString::number(waits.at(i))));
        }
        QVERIFY(waits.last() > waits.first() * 10);

        clock.set(*schedule.nextAttemptAt());
        QVERIFY(*schedule.isDue());
        QVERIFY(schedule.recordSuccess().ok());
        QCOMPARE(*schedule.attempts(), 0);
        QVERIFY(*schedule.isDue());
    }

    void scheduleSurvivesARestart() {
        TempReplica replica;
        ManualClock clock;
        QDateTime next;
        {
            RetrySchedule schedule(replica.db(), "push", m_policy, clock.function());
            QVERIFY(schedule.recordFailure().ok());
            next = *schedule.recordFailure();
        }
        replica.reopen();
        RetrySchedule schedule(replica.db(), "push", m_policy, clock.function());
        QCOMPARE(*schedule.attempts(), 2);
        QCOMPARE(*schedule.nextAttemptAt(), next);
        QVERIFY(!*schedule.isDue());
        // Schedules by other names are separate.
        RetrySchedule other(replica.db(), "pull", m_policy, clock.function());
        QCOMPARE(*other.attempts(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRetrySchedule)
#include "tst_retryschedule.moc"
