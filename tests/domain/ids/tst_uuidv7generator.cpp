#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <random>
#include <thread>
#include <unordered_set>
#include <vector>

#include "DomainTestSupport.h"
#include "domain/ids/UuidV7Generator.h"

using namespace tp::domain;

namespace tp::domain {
inline char* toString(const Uuid& id) {
    return QTest::toString(qs(id.toString()));
}
} // namespace tp::domain

namespace {

constexpr long long kRfcMillis = 0x017F22E279B0;

UuidV7Generator::Clock frozenClock(long long millis) {
    return [millis] {
        return timestampFromUnixMillis(millis);
    };
}

// Plays the given clock readings in a loop, so a test can script forward and backward steps.
UuidV7Generator::Clock scriptedClock(std::vector<long long> readings) {
    auto position = std::make_shared<std::size_t>(0);
    return [readings = std::move(readings), position] {
        const long long millis = readings[*position % readings.size()];
        ++*position;
        return timestampFromUnixMillis(millis);
    };
}

UuidV7Generator::RandomSource seededRandom(std::uint64_t seed) {
    auto engine = std::make_shared<std::mt19937_64>(seed);
    return [engine] {
        return (*engine)();
    };
}

UuidV7Generator::RandomSource constantRandom(std::uint64_t value) {
    return [value] {
        return value;
    };
}

long long fieldMillis(const Uuid& id) {
    return unixMillis(id.v7Timestamp().value());
}

} // namespace

// UuidV7Generator: RFC 9562 layout from injected sources, strict monotonicity under a frozen,
// backwards or overflowing clock, and uniqueness across threads.
class TestUuidV7Generator : public QObject {
    Q_OBJECT

private slots:
    void layoutMatchesRfcExample();
    void timestampFollowsClock_data();
    void timestampFollowsClock();
    void monotonicWithFrozenClock();
    void monotonicWhenClockGoesBackwards_data();
    void monotonicWhenClockGoesBackwards();
    void counterOverflowAdvancesTimestamp();
    void timestampFieldFallsBackInLineWithClock();
    void newMillisecondReseedsCounter();
    void uniqueAcrossThreads_data();
    void uniqueAcrossThreads();
    void systemSourcesMakeCurrentIds();
};

void TestUuidV7Generator::layoutMatchesRfcExample() {
    // First call seeds the counter (top bit cleared: 0xCC3 → 0x4C3), second fills rand_b.
    std::vector<std::uint64_t> values{0xCC3, 0x98C4DC0C0C07398F};
    auto position = std::make_shared<std::size_t>(0);
    UuidV7Generator generator(frozenClock(kRfcMillis), [values, position] { return values[(*position)++ % 2]; });

    const Uuid id = generator.next();
    QCOMPARE(qs(id.toString()), QStringLiteral("017f22e2-79b0-74c3-98c4-dc0c0c07398f"));
    QCOMPARE(id.version(), 7);
    QVERIFY(id.variant() == UuidVariant::Rfc9562);
    QCOMPARE(fieldMillis(id), kRfcMillis);
}

void TestUuidV7Generator::timestampFollowsClock_data() {
    QTest::addColumn<long long>("millis");

    QTest::newRow("rfc 9562 example time") << kRfcMillis;
    QTest::newRow("unix epoch") << 0LL;
    QTest::newRow("a day in 2024") << 1'718'000'000'123LL;
    QTest::newRow("largest 48-bit millisecond") << 0xFFFF'FFFF'FFFFLL;
    QTest::newRow("before 1970 is pinned to the epoch") << -5'000LL;
}

void TestUuidV7Generator::timestampFollowsClock() {
    QFETCH(long long, millis);

    UuidV7Generator generator(frozenClock(millis), seededRandom(1));
    QCOMPARE(fieldMillis(generator.next()), std::max(millis, 0LL));
}

void TestUuidV7Generator::monotonicWithFrozenClock() {
    UuidV7Generator generator(frozenClock(kRfcMillis), seededRandom(42));
    Uuid previous = generator.next();
    for (int i = 1; i < 100'000; ++i) {
        const Uuid id = generator.next();
        if (!(previous < id))
            QFAIL(qPrintable(
                QStringLiteral("id %1 (%2) is not above %3").arg(i).arg(qs(id.toString()), qs(previous.toString()))));
        previous = id;
    }
    QCOMPARE(previous.version(), 7);
    // 100,000 ids need at least 100,000 / 4096 milliseconds of counter space.
    QVERIFY(fieldMillis(previous) >= kRfcMillis + 100'000 / 4096);
}

void TestUuidV7Generator::monotonicWhenClockGoesBackwards_data() {
    QTest::addColumn<std::vector<long long>>("readings");

    const long long t = kRfcMillis;
    QTest::newRow("clock stepped back one second once") << std::vector<long long>{t, t + 1, t + 2, t - 1000, t - 999};
    QTest::newRow("clock steps back one millisecond each time") << std::vector<long long>{t, t - 1, t - 2, t - 3};
    QTest::newRow("clock oscillates by an hour") << std::vector<long long>{t, t - 3'600'000, t + 1, t - 3'599'999};
    QTest::newRow("clock reset to before 1970") << std::vector<long long>{t, -1, t, -86'400'000};
    QTest::newRow("clock jumps forward then back") << std::vector<long long>{t, t + 86'400'000, t};
}

void TestUuidV7Generator::monotonicWhenClockGoesBackwards() {
    QFETCH(std::vector<long long>, readings);

    UuidV7Generator generator(scriptedClock(readings), seededRandom(7));
    Uuid previous = generator.next();
    const long long firstField = fieldMillis(previous);
    for (int i = 1; i < 20'000; ++i) {
        const Uuid id = generator.next();
        if (!(previous < id))
            QFAIL(qPrintable(
                QStringLiteral("id %1 (%2) is not above %3").arg(i).arg(qs(id.toString()), qs(previous.toString()))));
        QVERIFY(fieldMillis(id) >= fieldMillis(previous));
        previous = id;
    }
    // The field never went back with the clock.
    QVERIFY(fieldMillis(previous) >= firstField);
}

void TestUuidV7Generator::counterOverflowAdvancesTimestamp() {
    // All-ones randomness seeds every millisecond's counter at 0x7FF: 2049 ids fit (0x7FF..0xFFF).
    UuidV7Generator generator(frozenClock(kRfcMillis), constantRandom(~std::uint64_t{0}));
    std::vector<Uuid> ids;
    for (int i = 0; i < 2 * 2049 + 1; ++i)
        ids.push_back(generator.next());

    QCOMPARE(ids.front().v7RandA(), std::uint16_t{0x7FF});
    QCOMPARE(ids[2048].v7RandA(), std::uint16_t{0xFFF});
    QCOMPARE(fieldMillis(ids[2048]), kRfcMillis);
    QCOMPARE(fieldMillis(ids[2049]), kRfcMillis + 1);
    QCOMPARE(ids[2049].v7RandA(), std::uint16_t{0x7FF});
    QCOMPARE(fieldMillis(ids[2 * 2049]), kRfcMillis + 2);
    QVERIFY(std::is_sorted(ids.begin(), ids.end()));
    QVERIFY(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
}

void TestUuidV7Generator::timestampFieldFallsBackInLineWithClock() {
    long long now = kRfcMillis;
    UuidV7Generator generator([&now] { return timestampFromUnixMillis(now); }, constantRandom(~std::uint64_t{0}));
    for (int i = 0; i < 2 * 2049 + 10; ++i)
        generator.next();
    // Two overflows ran the field two milliseconds ahead of the clock...
    QCOMPARE(fieldMillis(generator.next()), kRfcMillis + 2);
    // ...which holds while the clock is behind it...
    now = kRfcMillis + 1;
    QCOMPARE(fieldMillis(generator.next()), kRfcMillis + 2);
    // ...and gives way as soon as the clock passes it.
    now = kRfcMillis + 5;
    const Uuid caughtUp = generator.next();
    QCOMPARE(fieldMillis(caughtUp), kRfcMillis + 5);
    QCOMPARE(caughtUp.v7RandA(), std::uint16_t{0x7FF});
}

void TestUuidV7Generator::newMillisecondReseedsCounter() {
    long long now = kRfcMillis;
    std::uint64_t nextRandom = 0x123;
    UuidV7Generator generator([&now] { return timestampFromUnixMillis(now); }, [&nextRandom] { return nextRandom; });

    QCOMPARE(generator.next().v7RandA(), std::uint16_t{0x123});
    QCOMPARE(generator.next().v7RandA(), std::uint16_t{0x124});
    now += 1;
    nextRandom = 0x0FFF'0042; // only the low 11 bits seed the counter
    const Uuid id = generator.next();
    QCOMPARE(id.v7RandA(), std::uint16_t{0x042});
    QCOMPARE(fieldMillis(id), kRfcMillis + 1);
}

void TestUuidV7Generator::uniqueAcrossThreads_data() {
    QTest::addColumn<bool>("frozen");

    QTest::newRow("four threads, frozen clock") << true;
    QTest::newRow("four threads, system clock and randomness") << false;
}

void TestUuidV7Generator::uniqueAcrossThreads() {
    QFETCH(bool, frozen);

    constexpr int kThreads = 4;
    constexpr int kPerThread = 25'000;
    UuidV7Generator generator(frozen ? frozenClock(kRfcMillis) : UuidV7Generator::systemClock(),
                              frozen ? seededRandom(99) : UuidV7Generator::systemRandomSource());
    std::vector<std::vector<Uuid>> perThread(kThreads);
    {
        std::vector<std::jthread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&generator, &ids = perThread[static_cast<std::size_t>(t)]] {
                ids.reserve(kPerThread);
                for (int i = 0; i < kPerThread; ++i)
                    ids.push_back(generator.next());
            });
        }
    }

    std::unordered_set<Uuid> all;
    for (const auto& ids : perThread) {
        // Each thread sees strictly increasing ids, since the generator's order is global.
        QVERIFY(std::adjacent_find(ids.begin(), ids.end(), [](const Uuid& a, const Uuid& b) { return !(a < b); }) ==
                ids.end());
        all.insert(ids.begin(), ids.end());
    }
    QCOMPARE(all.size(), std::size_t{kThreads * kPerThread});
}

void TestUuidV7Generator::systemSourcesMakeCurrentIds() {
    UuidV7Generator generator(UuidV7Generator::systemClock(), UuidV7Generator::systemRandomSource());
    const auto before = std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
    const Uuid a = generator.next();
    const Uuid b = generator.next();
    QVERIFY(a < b);
    QVERIFY(fieldMillis(a) >= unixMillis(before));
    QVERIFY(fieldMillis(a) < unixMillis(before) + 60'000);
    // Two independently seeded sources do not repeat each other.
    UuidV7Generator other(UuidV7Generator::systemClock(), UuidV7Generator::systemRandomSource());
    QVERIFY(other.next() != a);
}

QTEST_GUILESS_MAIN(TestUuidV7Generator)
#include "tst_uuidv7generator.moc"
