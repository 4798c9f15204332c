#include <QTest>

#include "RegisterTestData.h"
#include "TempReplica.h"
#include "domain/ids/UuidV7Generator.h"
#include "register/ParkedTickets.h"

using namespace tp;
using namespace tp::pos;
using namespace tp::client::testing;

// Parked sales wait in the replica, several at once, across a restart, and come back
// exactly as rung; a sale with money taken is never parked.
class TestParkedTickets : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempReplica> m_replica;
    std::unique_ptr<domain::UuidV7Generator> m_ids;

    static StoreProfile store(const QString& id = "berlin") {
        return *StoreProfile::fromJson(id, QJsonObject{{"currency", "EUR"},
                                                       {"prices_include_tax", true},
                                                       {"tax_rates", QJsonObject{{"standard", 1900}}}});
    }

    static SellableItem item(const QString& sku, qint64 price) {
        return SellableItem{sku + "-v", sku + "-p", sku, "Item " + sku, "standard", price, "EUR", {}, {}, 0};
    }

private slots:
    void init() {
        m_replica = std::make_unique<TempReplica>();
        m_ids = tp::pos::testing::newIds();
    }

    void cleanup() {
        m_ids.reset();
        m_replica.reset();
    }

    void parkedSalesSurviveARestartAndComeBackAsRung() {
        Sale first(store());
        QVERIFY(first.add(item("SHIRT", 2000), 2000).ok());
        QVERIFY(first.add(item("APPLES", 299), 1235).ok());
        QVERIFY(first.add(item("MUG", 899)).ok());
        QVERIFY(first.voidLine(2, "broken handle").ok());
        QVERIFY(first.setLineDiscount(0, domain::Discount::percent(1000)).ok());
        QVERIFY(first.setTicketDiscount(domain::Discount::amount(100)).ok());
        const qint64 total = first.priced()->totals.total;
        Sale second(store());
        QVERIFY(second.add(item("TEA", 449)).ok());

        const QDateTime at = QDateTime::currentDateTimeUtc();
        QString firstId;
        {
            ParkedTickets shelf(m_replica->db(), *m_ids);
            auto parked = shelf.park(first, "blue jacket", at);
            QVERIFY(parked.ok());
            firstId = *parked;
            QVERIFY(shelf.park(second, "", at.addSecs(5)).ok());
        }
        m_replica->reopen(); // the register restarts

        ParkedTickets shelf(m_replica->db(), *m_ids);
        auto parked = shelf.list();
        QVERIFY(parked.ok());
        QCOMPARE(parked->size(), 2);
        QCOMPARE(parked->first().id, firstId);
        QCOMPARE(parked->first().label, QStringLiteral("blue jacket"));
        QCOMPARE(parked->first().lines, 2);
        QCOMPARE(parked->first().total, total);
        QCOMPARE(parked->last().total, 449);

        auto recalled = shelf.recall(firstId, store());
        QVERIFY2(recalled.ok(), recalled.ok() ? "" : recalled.error().message.c_str());
        QCOMPARE(recalled->lines().size(), 2);
        QCOMPARE(recalled->lines().at(0).item, first.lines().at(0).item);
        QCOMPARE(recalled->lines().at(0).qtyMilli, 2000);
        QCOMPARE(recalled->lines().at(0).discount, domain::Discount::percent(1000));
        QCOMPARE(recalled->lines().at(1).qtyMilli, 1235);
        QCOMPARE(recalled->ticketDiscount(), domain::Discount::amount(100));
        QCOMPARE(recalled->voidedLines().size(), 1);
        QCOMPARE(recalled->voidedLines().first().reason, QStringLiteral("broken handle"));
        QCOMPARE(recalled->priced()->totals.total, total);
        // Taken off the shelf: once.
        QCOMPARE(shelf.list()->size(), 1);
        QCOMPARE(shelf.recall(firstId, store()).error().code, std::string("parked_ticket_unknown"));
    }

    void paidOrEmptySalesAreNotParked() {
        ParkedTickets shelf(m_replica->db(), *m_ids);
        Sale empty(store());
        QCOMPARE(shelf.park(empty, "x", QDateTime::currentDateTimeUtc()).error().code, std::string("sale_empty"));
        Sale paying(store());
        QVERIFY(paying.add(item("TEA", 449)).ok());
        QVERIFY(paying.payCard(200, "T-1").ok());
        QCOMPARE(shelf.park(paying, "x", QDateTime::currentDateTimeUtc()).error().code,
                 std::string("tender_in_progress"));
        QCOMPARE(shelf.list()->size(), 0);
    }

    void aSaleOfAnotherStoreStaysOnTheShelf() {
        ParkedTickets shelf(m_replica->db(), *m_ids);
        Sale sale(store("berlin"));
        QVERIFY(sale.add(item("TEA", 449)).ok());
        auto parked = shelf.park(sale, "", QDateTime::currentDateTimeUtc());
        QVERIFY(parked.ok());
        QCOMPARE(shelf.recall(*parked, store("paris")).error().code, std::string("sale_other_store"));
        QCOMPARE(shelf.list()->size(), 1); // nothing lost by the failed recall
    }
};

QTEST_GUILESS_MAIN(TestParkedTickets)
#include "tst_parkedtickets.moc"
