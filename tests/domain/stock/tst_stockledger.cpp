#include <QTest>

#include <algorithm>
#include <numeric>
#include <vector>

#include "DomainTestSupport.h"
#include "domain/stock/StockLedger.h"

using namespace tp::domain;

namespace {

// One line of a worked example: a movement (qty is its delta) or a count (qty is what was
// counted), at a time of day, with a small number standing for its id (ids order by it).
struct Entry {
    bool isCount = false;
    int id = 0;
    int minuteOfDay = 0;
    qint64 milli = 0;
};
using Entries = std::vector<Entry>;
using Adjustments = std::vector<qint64>;

constexpr long long kMidnight = 1'717'200'000'000; // 2024-06-01 00:00 UTC

int hm(int hour, int minute) {
    return hour * 60 + minute;
}
Timestamp at(int minuteOfDay) {
    return timestampFromUnixMillis(kMidnight + minuteOfDay * 60'000LL);
}
Uuid idOf(int n) {
    return Uuid::fromV7Fields(kMidnight, 0, static_cast<std::uint64_t>(n));
}

Entry movement(int id, int minuteOfDay, qint64 delta) {
    return Entry{false, id, minuteOfDay, delta};
}
Entry count(int id, int minuteOfDay, qint64 counted) {
    return Entry{true, id, minuteOfDay, counted};
}

StockMovement toMovement(const Entry& e) {
    return StockMovement{idOf(e.id), e.milli, at(e.minuteOfDay),
                         e.milli < 0 ? StockMovementReason::Sale : StockMovementReason::Receipt};
}

StockCount toCount(const Entry& e) {
    return StockCount{idOf(e.id), e.milli, at(e.minuteOfDay)};
}

void add(StockLedger& ledger, const Entry& e) {
    if (e.isCount)
        TP_VERIFY_OK(ledger.addCount(toCount(e)));
    else
        TP_VERIFY_OK(ledger.addMovement(toMovement(e)));
}

StockLedger ledgerOf(const Entries& entries) {
    StockLedger ledger;
    for (const Entry& e : entries)
        add(ledger, e);
    return ledger;
}

Adjustments adjustmentsOf(const StockLedger& ledger) {
    Adjustments result;
    for (const StockLedger::CountAdjustment& a : ledger.adjustments())
        result.push_back(a.adjustmentMilli);
    return result;
}

QString describe(const Adjustments& values) {
    QStringList list;
    for (qint64 v : values)
        list << QString::number(v);
    return list.join(QLatin1Char(','));
}

} // namespace

Q_DECLARE_METATYPE(Entries)
Q_DECLARE_METATYPE(Adjustments)
Q_DECLARE_METATYPE(tp::domain::StockMovementReason)

// StockLedger on worked examples from the shop floor, each replayed in every arrival order,
// plus idempotent re-delivery and the refusals.
class TestStockLedger : public QObject {
    Q_OBJECT

private slots:
    void workedExample_data();
    void workedExample();
    void levelAt_data();
    void levelAt();
    void emptyLedger();
    void duplicateMovementIsIgnored();
    void duplicateCountIsIgnored();
    void reusedMovementIdRefused_data();
    void reusedMovementIdRefused();
    void reusedCountIdRefused_data();
    void reusedCountIdRefused();
    void negativeCountRefused();
    void unknownCountHasNoAdjustment();
    void adjustmentsListCountsInTimelineOrder();
    void movementReasonRoundTrip_data();
    void movementReasonRoundTrip();
    void unknownMovementReasonRejected_data();
    void unknownMovementReasonRejected();
};

void TestStockLedger::workedExample_data() {
    QTest::addColumn<Entries>("entries");
    QTest::addColumn<qint64>("level");
    QTest::addColumn<Adjustments>("adjustments");

    QTest::newRow("count then later sale: the sale still counts")
        << Entries{movement(1, hm(8, 0), 10'000), count(2, hm(10, 0), 7'000), movement(3, hm(11, 0), -1'000)}
        << qint64{6'000} << Adjustments{-3'000};
    QTest::newRow("count then late-arriving earlier sale: the count absorbs it")
        << Entries{movement(1, hm(8, 0), 10'000), count(2, hm(10, 0), 7'000), movement(3, hm(9, 30), -1'000)}
        << qint64{7'000} << Adjustments{-2'000};
    QTest::newRow("offline sale after count still counts")
        << Entries{movement(1, hm(12, 0), -2'000), count(2, hm(10, 0), 5'000)} << qint64{3'000} << Adjustments{5'000};
    QTest::newRow("two counts split the day")
        << Entries{movement(1, hm(8, 0), 10'000), count(2, hm(10, 0), 7'000), movement(3, hm(11, 0), -1'000),
                   count(4, hm(12, 0), 4'000), movement(5, hm(13, 0), -1'000)}
        << qint64{3'000} << Adjustments{-3'000, -2'000};
    QTest::newRow("sale at the count's exact time counts as before it")
        << Entries{movement(1, hm(8, 0), 10'000), count(2, hm(10, 0), 7'000), movement(3, hm(10, 0), -1'000)}
        << qint64{7'000} << Adjustments{-2'000};
    QTest::newRow("two counts at the same time: the higher id wins")
        << Entries{movement(1, hm(8, 0), 10'000), count(5, hm(10, 0), 7'000), count(9, hm(10, 0), 6'000)}
        << qint64{6'000} << Adjustments{-3'000, -1'000};
    QTest::newRow("two counts at the same time, ids the other way round")
        << Entries{movement(1, hm(8, 0), 10'000), count(9, hm(10, 0), 7'000), count(5, hm(10, 0), 6'000)}
        << qint64{7'000} << Adjustments{-4'000, 1'000};
    QTest::newRow("first count on an empty ledger sets the level")
        << Entries{count(1, hm(10, 0), 12'000)} << qint64{12'000} << Adjustments{12'000};
    QTest::newRow("count of zero empties the shelf")
        << Entries{movement(1, hm(8, 0), 5'000), count(2, hm(9, 0), 0)} << qint64{0} << Adjustments{-5'000};
    QTest::newRow("negative stock is allowed and a count corrects it")
        << Entries{movement(1, hm(9, 0), -3'000), count(2, hm(10, 0), 2'000)} << qint64{2'000} << Adjustments{5'000};
    QTest::newRow("without counts the level may go negative")
        << Entries{movement(1, hm(9, 0), -3'000), movement(2, hm(10, 0), 1'000)} << qint64{-2'000} << Adjustments{};
    QTest::newRow("weighed goods in thousandths")
        << Entries{movement(1, hm(9, 0), 2'500), count(2, hm(10, 0), 1'200), movement(3, hm(11, 0), -750)}
        << qint64{450} << Adjustments{-1'300};
    QTest::newRow("count that matches the books adjusts nothing")
        << Entries{movement(1, hm(8, 0), 24'000), movement(2, hm(9, 0), -4'000), count(3, hm(10, 0), 20'000),
                   movement(4, hm(11, 0), -1'000)}
        << qint64{19'000} << Adjustments{0};
    QTest::newRow("late sale between two counts moves only the later count's adjustment")
        << Entries{count(1, hm(9, 0), 10'000), count(2, hm(12, 0), 8'000), movement(3, hm(10, 0), -1'000),
                   movement(4, hm(13, 0), -1'000)}
        << qint64{7'000} << Adjustments{10'000, -1'000};
    QTest::newRow("receipt delivered before the first count is absorbed")
        << Entries{movement(1, hm(7, 0), 24'000), count(2, hm(18, 0), 30'000), movement(3, hm(19, 0), -2'000)}
        << qint64{28'000} << Adjustments{6'000};
}

void TestStockLedger::workedExample() {
    QFETCH(Entries, entries);
    QFETCH(qint64, level);
    QFETCH(Adjustments, adjustments);

    // Every arrival order must give the same numbers: that is what makes registers converge.
    std::vector<std::size_t> order(entries.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    int orders = 0;
    do {
        StockLedger ledger;
        for (std::size_t i : order)
            add(ledger, entries[i]);
        const QString arrival = QStringLiteral("in arrival order %1").arg(++orders);
        QVERIFY2(ledger.level() == level, qPrintable(arrival + QStringLiteral(": level %1").arg(ledger.level())));
        QVERIFY2(adjustmentsOf(ledger) == adjustments,
                 qPrintable(arrival + QLatin1String(": adjustments ") + describe(adjustmentsOf(ledger))));
        for (const Entry& e : entries) {
            if (!e.isCount)
                continue;
            const Result<std::int64_t> adjustment = ledger.adjustmentOf(idOf(e.id));
            TP_VERIFY_OK(adjustment);
            const auto listed = ledger.adjustments();
            const auto match = std::find_if(listed.begin(), listed.end(), [&](const StockLedger::CountAdjustment& a) {
                return a.countId == idOf(e.id);
            });
            QVERIFY(match != listed.end());
            QCOMPARE(adjustment.value(), match->adjustmentMilli);
        }
    } while (std::next_permutation(order.begin(), order.end()));
}

void TestStockLedger::levelAt_data() {
    QTest::addColumn<int>("minuteOfDay");
    QTest::addColumn<qint64>("level");

    // The ledger of levelAt(): 08:00 +10, 09:00 −1, 10:00 −1 and count 7, 11:00 −2,
    // 12:00 counts 3 (id 6) and 4 (id 7), 13:00 +5.
    QTest::newRow("before anything happened") << hm(7, 59) << qint64{0};
    QTest::newRow("at the receipt") << hm(8, 0) << qint64{10'000};
    QTest::newRow("just before the first count") << hm(9, 59) << qint64{9'000};
    QTest::newRow("at the first count, after the sale at the same minute") << hm(10, 0) << qint64{7'000};
    QTest::newRow("between the first count and the next sale") << hm(10, 59) << qint64{7'000};
    QTest::newRow("after the sale following the count") << hm(11, 0) << qint64{5'000};
    QTest::newRow("at two counts at the same time: the higher id") << hm(12, 0) << qint64{4'000};
    QTest::newRow("between the counts and the receipt") << hm(12, 30) << qint64{4'000};
    QTest::newRow("at the last receipt") << hm(13, 0) << qint64{9'000};
    QTest::newRow("next day") << hm(24 + 9, 0) << qint64{9'000};
}

void TestStockLedger::levelAt() {
    QFETCH(int, minuteOfDay);
    QFETCH(qint64, level);

    const Entries entries{movement(1, hm(8, 0), 10'000),  movement(2, hm(9, 0), -1'000),  count(3, hm(10, 0), 7'000),
                          movement(4, hm(10, 0), -1'000), movement(5, hm(11, 0), -2'000), count(6, hm(12, 0), 3'000),
                          count(7, hm(12, 0), 4'000),     movement(8, hm(13, 0), 5'000)};
    const StockLedger forwards = ledgerOf(entries);
    const StockLedger backwards = ledgerOf(Entries(entries.rbegin(), entries.rend()));
    QCOMPARE(forwards.levelAt(at(minuteOfDay)), level);
    QCOMPARE(backwards.levelAt(at(minuteOfDay)), level);
    QCOMPARE(forwards.level(), qint64{9'000});
    QCOMPARE(adjustmentsOf(forwards), (Adjustments{-1'000, -2'000, 1'000}));
}

void TestStockLedger::emptyLedger() {
    const StockLedger ledger;
    QCOMPARE(ledger.level(), qint64{0});
    QCOMPARE(ledger.levelAt(at(hm(12, 0))), qint64{0});
    QVERIFY(ledger.adjustments().empty());
    QCOMPARE(ledger.movementCount(), std::size_t{0});
    QCOMPARE(ledger.countCount(), std::size_t{0});
}

void TestStockLedger::duplicateMovementIsIgnored() {
    StockLedger ledger;
    const StockMovement sale = toMovement(movement(1, hm(9, 0), -1'000));
    const Result<StockLedger::Outcome> first = ledger.addMovement(sale);
    TP_VERIFY_OK(first);
    QVERIFY(first.value() == StockLedger::Outcome::Added);
    TP_VERIFY_OK(ledger.addCount(toCount(count(2, hm(8, 0), 5'000))));
    const Result<StockLedger::Outcome> again = ledger.addMovement(sale);
    TP_VERIFY_OK(again);
    QVERIFY(again.value() == StockLedger::Outcome::Duplicate);
    QCOMPARE(ledger.level(), qint64{4'000});
    QCOMPARE(ledger.movementCount(), std::size_t{1});
}

void TestStockLedger::duplicateCountIsIgnored() {
    StockLedger ledger;
    const StockCount counted = toCount(count(2, hm(10, 0), 7'000));
    TP_VERIFY_OK(ledger.addMovement(toMovement(movement(1, hm(8, 0), 10'000))));
    TP_VERIFY_OK(ledger.addCount(counted));
    TP_VERIFY_OK(ledger.addMovement(toMovement(movement(3, hm(9, 0), -1'000))));
    const Result<StockLedger::Outcome> again = ledger.addCount(counted);
    TP_VERIFY_OK(again);
    QVERIFY(again.value() == StockLedger::Outcome::Duplicate);
    QCOMPARE(ledger.countCount(), std::size_t{1});
    QCOMPARE(ledger.level(), qint64{7'000});
    QCOMPARE(ledger.adjustmentOf(counted.id).value(), qint64{-2'000});
}

void TestStockLedger::reusedMovementIdRefused_data() {
    QTest::addColumn<qint64>("delta");
    QTest::addColumn<int>("minuteOfDay");
    QTest::addColumn<StockMovementReason>("reason");

    QTest::newRow("same id, other quantity") << qint64{-2'000} << hm(9, 0) << StockMovementReason::Sale;
    QTest::newRow("same id, other time") << qint64{-1'000} << hm(9, 1) << StockMovementReason::Sale;
    QTest::newRow("same id, other reason") << qint64{-1'000} << hm(9, 0) << StockMovementReason::Shrinkage;
}

void TestStockLedger::reusedMovementIdRefused() {
    QFETCH(qint64, delta);
    QFETCH(int, minuteOfDay);
    QFETCH(StockMovementReason, reason);

    StockLedger ledger;
    TP_VERIFY_OK(ledger.addMovement(StockMovement{idOf(1), -1'000, at(hm(9, 0)), StockMovementReason::Sale}));
    TP_VERIFY_ERROR(ledger.addMovement(StockMovement{idOf(1), delta, at(minuteOfDay), reason}),
                    "conflicting_stock_movement");
    QCOMPARE(ledger.level(), qint64{-1'000});
    QCOMPARE(ledger.movementCount(), std::size_t{1});
}

void TestStockLedger::reusedCountIdRefused_data() {
    QTest::addColumn<qint64>("counted");
    QTest::addColumn<int>("minuteOfDay");

    QTest::newRow("same id, other quantity") << qint64{6'000} << hm(10, 0);
    QTest::newRow("same id, other time") << qint64{7'000} << hm(10, 5);
}

void TestStockLedger::reusedCountIdRefused() {
    QFETCH(qint64, counted);
    QFETCH(int, minuteOfDay);

    StockLedger ledger;
    TP_VERIFY_OK(ledger.addCount(StockCount{idOf(1), 7'000, at(hm(10, 0))}));
    TP_VERIFY_ERROR(ledger.addCount(StockCount{idOf(1), counted, at(minuteOfDay)}), "conflicting_stock_count");
    QCOMPARE(ledger.level(), qint64{7'000});
    QCOMPARE(ledger.countCount(), std::size_t{1});
}

void TestStockLedger::negativeCountRefused() {
    StockLedger ledger;
    TP_VERIFY_ERROR(ledger.addCount(StockCount{idOf(1), -1, at(hm(10, 0))}), "invalid_stock_count");
    QCOMPARE(ledger.countCount(), std::size_t{0});
}

void TestStockLedger::unknownCountHasNoAdjustment() {
    StockLedger ledger;
    TP_VERIFY_OK(ledger.addMovement(toMovement(movement(1, hm(9, 0), 1'000))));
    // A movement's id is not a count's id.
    TP_VERIFY_ERROR(ledger.adjustmentOf(idOf(1)), "unknown_stock_count");
    TP_VERIFY_ERROR(ledger.adjustmentOf(idOf(2)), "unknown_stock_count");
}

void TestStockLedger::adjustmentsListCountsInTimelineOrder() {
    const StockLedger ledger = ledgerOf(Entries{count(3, hm(12, 0), 1'000), count(1, hm(9, 0), 4'000),
                                                movement(4, hm(10, 0), -500), count(2, hm(9, 0), 3'000)});
    const std::vector<StockLedger::CountAdjustment> expected{
        {idOf(1), at(hm(9, 0)), 4'000, 4'000},
        {idOf(2), at(hm(9, 0)), 3'000, -1'000},
        {idOf(3), at(hm(12, 0)), 1'000, -1'500},
    };
    QVERIFY(ledger.adjustments() == expected);
}

void TestStockLedger::movementReasonRoundTrip_data() {
    QTest::addColumn<StockMovementReason>("reason");
    QTest::addColumn<QString>("name");

    QTest::newRow("sale") << StockMovementReason::Sale << "sale";
    QTest::newRow("refund") << StockMovementReason::Refund << "refund";
    QTest::newRow("receipt") << StockMovementReason::Receipt << "receipt";
    QTest::newRow("transfer in") << StockMovementReason::TransferIn << "transfer_in";
    QTest::newRow("transfer out") << StockMovementReason::TransferOut << "transfer_out";
    QTest::newRow("shrinkage") << StockMovementReason::Shrinkage << "shrinkage";
    QTest::newRow("correction") << StockMovementReason::Correction << "correction";
}

void TestStockLedger::movementReasonRoundTrip() {
    QFETCH(StockMovementReason, reason);
    QFETCH(QString, name);

    QCOMPARE(qs(toString(reason)), name);
    const Result<StockMovementReason> parsed = stockMovementReasonFromString(name.toStdString());
    TP_VERIFY_OK(parsed);
    QVERIFY(parsed.value() == reason);
}

void TestStockLedger::unknownMovementReasonRejected_data() {
    QTest::addColumn<QString>("text");

    QTest::newRow("empty string") << "";
    QTest::newRow("capitalised Sale") << "Sale";
    QTest::newRow("camelCase transferIn") << "transferIn";
    QTest::newRow("a count is not a movement reason") << "count";
}

void TestStockLedger::unknownMovementReasonRejected() {
    QFETCH(QString, text);

    TP_VERIFY_ERROR(stockMovementReasonFromString(text.toStdString()), "unknown_movement_reason");
}

QTEST_GUILESS_MAIN(TestStockLedger)
#include "tst_stockledger.moc"
