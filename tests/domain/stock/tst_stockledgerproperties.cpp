#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "DomainTestSupport.h"
#include "domain/stock/StockLedger.h"

using namespace tp::domain;

namespace {

constexpr long long kStart = 1'717'200'000'000; // 2024-06-01 00:00 UTC

// A movement or a count as generated; `qty` is the delta or the counted amount.
struct Entry {
    bool isCount = false;
    Uuid id;
    Timestamp at;
    std::int64_t qty = 0;
};

// What a generated ledger looks like. Narrow time ranges force timestamp ties.
struct Shape {
    int ledgers = 0;
    int minEntries = 0;
    int maxEntries = 0;
    int timeRangeMillis = 0;
    double countShare = 0.0;
    int shuffles = 0;
};

Uuid randomId(std::mt19937_64& rng) {
    return Uuid::fromV7Fields(rng(), static_cast<std::uint16_t>(rng()), rng());
}

std::vector<Entry> generateLedger(std::mt19937_64& rng, const Shape& shape) {
    std::uniform_int_distribution<int> size(shape.minEntries, shape.maxEntries);
    std::uniform_int_distribution<int> time(0, shape.timeRangeMillis - 1);
    std::bernoulli_distribution isCount(shape.countShare);
    std::uniform_int_distribution<std::int64_t> delta(-5'000, 5'000);
    std::uniform_int_distribution<std::int64_t> counted(0, 50'000);
    std::vector<Entry> entries(static_cast<std::size_t>(size(rng)));
    for (Entry& e : entries) {
        e.isCount = isCount(rng);
        e.id = randomId(rng);
        e.at = timestampFromUnixMillis(kStart + time(rng));
        e.qty = e.isCount ? counted(rng) : delta(rng);
    }
    return entries;
}

void add(StockLedger& ledger, const Entry& e) {
    if (e.isCount)
        (void)ledger.addCount(StockCount{e.id, e.qty, e.at});
    else
        (void)ledger.addMovement(StockMovement{e.id, e.qty, e.at, StockMovementReason::Correction});
}

StockLedger ledgerOf(const std::vector<Entry>& entries) {
    StockLedger ledger;
    for (const Entry& e : entries)
        add(ledger, e);
    return ledger;
}

// The definition, written as plainly as possible: sort by (time, movements before counts,
// id) and walk from zero. Returns the level after each entry in that order.
struct Walk {
    std::vector<Entry> timeline;
    std::vector<std::int64_t> levelAfter;
    std::vector<std::int64_t> adjustments;
};

Walk walk(std::vector<Entry> entries) {
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.at != b.at)
            return a.at < b.at;
        if (a.isCount != b.isCount)
            return !a.isCount;
        return a.id < b.id;
    });
    Walk result;
    std::int64_t level = 0;
    for (const Entry& e : entries) {
        if (e.isCount) {
            result.adjustments.push_back(e.qty - level);
            level = e.qty;
        } else {
            level += e.qty;
        }
        result.levelAfter.push_back(level);
    }
    result.timeline = std::move(entries);
    return result;
}

std::int64_t walkLevelAt(const Walk& w, Timestamp at) {
    std::int64_t level = 0;
    for (std::size_t i = 0; i < w.timeline.size() && w.timeline[i].at <= at; ++i)
        level = w.levelAfter[i];
    return level;
}

std::vector<std::int64_t> adjustmentsOf(const StockLedger& ledger) {
    std::vector<std::int64_t> result;
    for (const auto& a : ledger.adjustments())
        result.push_back(a.adjustmentMilli);
    return result;
}

void addShapes() {
    QTest::addColumn<int>("ledgers");
    QTest::addColumn<int>("minEntries");
    QTest::addColumn<int>("maxEntries");
    QTest::addColumn<int>("timeRangeMillis");
    QTest::addColumn<double>("countShare");
    QTest::addColumn<int>("shuffles");

    QTest::newRow("small ledgers crowded into a few milliseconds (many ties)") << 3000 << 1 << 12 << 4 << 0.3 << 8;
    QTest::newRow("day-long ledgers with occasional counts") << 1000 << 20 << 80 << 86'400'000 << 0.05 << 4;
    QTest::newRow("count-heavy ledgers") << 1000 << 2 << 30 << 1'000 << 0.6 << 4;
    QTest::newRow("one large ledger of 20,000 entries") << 1 << 20'000 << 20'000 << 3'600'000 << 0.01 << 3;
}

#define TP_FETCH_SHAPE                                                                                                 \
    QFETCH(int, ledgers);                                                                                              \
    QFETCH(int, minEntries);                                                                                           \
    QFETCH(int, maxEntries);                                                                                           \
    QFETCH(int, timeRangeMillis);                                                                                      \
    QFETCH(double, countShare);                                                                                        \
    QFETCH(int, shuffles);                                                                                             \
    const Shape shape {                                                                                                \
        ledgers, minEntries, maxEntries, timeRangeMillis, countShare, shuffles                                         \
    }

} // namespace

// StockLedger properties over thousands of generated ledgers (fixed seeds, so a failure
// replays): arrival order does not matter, it agrees with a plain sorted walk, counts pin the
// level at their time, and re-delivery changes nothing.
class TestStockLedgerProperties : public QObject {
    Q_OBJECT

private slots:
    void arrivalOrderDoesNotMatter_data() { addShapes(); }
    void arrivalOrderDoesNotMatter();
    void agreesWithSortedWalk_data() { addShapes(); }
    void agreesWithSortedWalk();
    void levelRightAfterCountIsTheCount_data() { addShapes(); }
    void levelRightAfterCountIsTheCount();
    void withoutCountsLevelIsSumOfDeltas_data();
    void withoutCountsLevelIsSumOfDeltas();
    void redeliveryChangesNothing();
    void fiftyThousandEntriesWithReadsAfterEachInsert();
};

void TestStockLedgerProperties::arrivalOrderDoesNotMatter() {
    TP_FETCH_SHAPE;
    std::mt19937_64 rng(20240601);
    for (int n = 0; n < shape.ledgers; ++n) {
        std::vector<Entry> entries = generateLedger(rng, shape);
        const StockLedger reference = ledgerOf(entries);
        const std::vector<std::int64_t> referenceAdjustments = adjustmentsOf(reference);
        for (int s = 0; s < shape.shuffles; ++s) {
            std::shuffle(entries.begin(), entries.end(), rng);
            const StockLedger shuffled = ledgerOf(entries);
            QCOMPARE(shuffled.level(), reference.level());
            QVERIFY2(adjustmentsOf(shuffled) == referenceAdjustments, qPrintable(QStringLiteral("ledger %1").arg(n)));
            for (const Entry& e : entries) {
                if (e.isCount)
                    QCOMPARE(shuffled.adjustmentOf(e.id).value(), reference.adjustmentOf(e.id).value());
            }
        }
    }
}

void TestStockLedgerProperties::agreesWithSortedWalk() {
    TP_FETCH_SHAPE;
    std::mt19937_64 rng(1);
    for (int n = 0; n < shape.ledgers; ++n) {
        std::vector<Entry> entries = generateLedger(rng, shape);
        const Walk expected = walk(entries);
        std::shuffle(entries.begin(), entries.end(), rng);
        const StockLedger ledger = ledgerOf(entries);
        QCOMPARE(ledger.level(), expected.levelAfter.empty() ? 0 : expected.levelAfter.back());
        QVERIFY2(adjustmentsOf(ledger) == expected.adjustments, qPrintable(QStringLiteral("ledger %1").arg(n)));
        // levelAt at every entry's time, and a millisecond either side.
        const std::size_t step = std::max<std::size_t>(1, expected.timeline.size() / 200);
        for (std::size_t i = 0; i < expected.timeline.size(); i += step) {
            for (long long offset : {-1LL, 0LL, 1LL}) {
                const Timestamp at = expected.timeline[i].at + std::chrono::milliseconds(offset);
                QCOMPARE(ledger.levelAt(at), walkLevelAt(expected, at));
            }
        }
    }
}

void TestStockLedgerProperties::levelRightAfterCountIsTheCount() {
    TP_FETCH_SHAPE;
    std::mt19937_64 rng(2);
    for (int n = 0; n < shape.ledgers; ++n) {
        const std::vector<Entry> entries = generateLedger(rng, shape);
        const StockLedger ledger = ledgerOf(entries);
        for (const Entry& count : entries) {
            if (!count.isCount)
                continue;
            // With several counts at the same time, the one with the highest id is the last word.
            const Entry* last = &count;
            for (const Entry& other : entries) {
                if (other.isCount && other.at == count.at && last->id < other.id)
                    last = &other;
            }
            QCOMPARE(ledger.levelAt(count.at), last->qty);
        }
    }
}

void TestStockLedgerProperties::withoutCountsLevelIsSumOfDeltas_data() {
    QTest::addColumn<int>("ledgers");
    QTest::addColumn<int>("maxEntries");
    QTest::addColumn<int>("timeRangeMillis");

    QTest::newRow("many small ledgers with ties") << 3000 << 20 << 3;
    QTest::newRow("medium ledgers over a week") << 500 << 400 << 7 * 86'400'000;
    QTest::newRow("one ledger of 50,000 sales and receipts") << 1 << 50'000 << 86'400'000;
}

void TestStockLedgerProperties::withoutCountsLevelIsSumOfDeltas() {
    QFETCH(int, ledgers);
    QFETCH(int, maxEntries);
    QFETCH(int, timeRangeMillis);

    const Shape shape{ledgers, maxEntries / 2, maxEntries, timeRangeMillis, 0.0, 0};
    std::mt19937_64 rng(3);
    for (int n = 0; n < shape.ledgers; ++n) {
        const std::vector<Entry> entries = generateLedger(rng, shape);
        std::int64_t sum = 0;
        for (const Entry& e : entries)
            sum += e.qty;
        const StockLedger ledger = ledgerOf(entries);
        QCOMPARE(ledger.level(), sum);
        QCOMPARE(ledger.levelAt(timestampFromUnixMillis(kStart + timeRangeMillis)), sum);
        QCOMPARE(ledger.levelAt(timestampFromUnixMillis(kStart - 1)), std::int64_t{0});
        QVERIFY(ledger.adjustments().empty());
    }
}

void TestStockLedgerProperties::redeliveryChangesNothing() {
    // Delivery is at-least-once: the same entries again, interleaved anywhere, are no-ops.
    const Shape shape{2000, 1, 25, 50, 0.2, 0};
    std::mt19937_64 rng(4);
    for (int n = 0; n < shape.ledgers; ++n) {
        const std::vector<Entry> entries = generateLedger(rng, shape);
        std::vector<Entry> withRepeats = entries;
        for (const Entry& e : entries) {
            if (rng() % 2 == 0)
                withRepeats.push_back(e);
        }
        std::shuffle(withRepeats.begin(), withRepeats.end(), rng);
        const StockLedger once = ledgerOf(entries);
        const StockLedger repeated = ledgerOf(withRepeats);
        QCOMPARE(repeated.level(), once.level());
        QVERIFY(adjustmentsOf(repeated) == adjustmentsOf(once));
        QCOMPARE(repeated.movementCount() + repeated.countCount(), entries.size());
    }
}

void TestStockLedgerProperties::fiftyThousandEntriesWithReadsAfterEachInsert() {
    // The server's pattern: every arriving entry is followed by a read of the level. Counts are
    // placed at random times, including a first count late in a long history, which is the
    // worst case for the split (it sums the smaller side of its segment).
    const Shape shape{1, 50'000, 50'000, 20 * 86'400'000, 0.002, 0};
    std::mt19937_64 rng(5);
    std::vector<Entry> entries = generateLedger(rng, shape);
    entries.push_back(Entry{true, randomId(rng), timestampFromUnixMillis(kStart + 19LL * 86'400'000), 1'000});
    std::shuffle(entries.begin(), entries.end(), rng);

    QElapsedTimer timer;
    timer.start();
    StockLedger ledger;
    std::int64_t checksum = 0;
    for (const Entry& e : entries) {
        add(ledger, e);
        checksum += ledger.level();
    }
    qInfo("50,001 inserts with a level read after each: %lld ms (checksum %lld)",
          static_cast<long long>(timer.elapsed()), static_cast<long long>(checksum));
    const Walk expected = walk(entries);
    QCOMPARE(ledger.level(), expected.levelAfter.back());
    QVERIFY(adjustmentsOf(ledger) == expected.adjustments);
}

QTEST_GUILESS_MAIN(TestStockLedgerProperties)
#include "tst_stockledgerproperties.moc"
