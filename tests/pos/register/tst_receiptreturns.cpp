#include <QJsonArray>
#include <QTest>

#include "FeedSamples.h"
#include "RegisterTestData.h"
#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ChangeApplier.h"
#include "domain/ids/UuidV7Generator.h"
#include "register/ReceiptReturns.h"
#include "register/RegisterAudit.h"
#include "register/Sale.h"
#include "register/SaleRecorder.h"
#include "register/ShiftBook.h"

using namespace tp;
using namespace tp::pos;
using namespace tp::client;
using namespace tp::client::testing;

// Returns with the receipt: found by its number, in part or whole, never more than was sold,
// the money back to the original tenders in their shares, the stock back on the shelf, and
// the drawer's expected cash less what it paid out.
class TestReceiptReturns : public QObject {
    Q_OBJECT

    std::unique_ptr<TempReplica> m_replica;
    std::unique_ptr<domain::UuidV7Generator> m_ids;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<RegisterAudit> m_audit;
    const StaffSession m_cashier{"cal", "cal@shop.example", "cashier"};
    const QDateTime m_at = QDateTime(QDate(2026, 11, 22), QTime(15, 0), Qt::UTC);

    static StoreProfile berlin() { return tp::pos::testing::berlinStore(); }

    static SellableItem item(const QString& sku, qint64 price) {
        return SellableItem{sku + "-v", sku + "-p", sku, "Item " + sku, "standard", price, "EUR", {}, {}, 0};
    }

    ReceiptReturns returns() { return ReceiptReturns(*m_outbox, *m_ids, *m_audit); }

    static QString code(const domain::Error& error) { return QString::fromStdString(error.code); }

    qint64 onHand(const QString& variantId) {
        auto rows = m_replica->db().select(QStringLiteral("SELECT on_hand FROM stock_levels WHERE variant_id = ?"),
                                           {variantId});
        return rows && !rows->isEmpty() ? rows->first().value(0).toLongLong() : -1;
    }

    // A sale of another till in this store, as the feed brings it: two mugs and a shirt, paid
    // in cash, one mug returned already at that till (a refund naming its line).
    void putOrderOfAnotherTill(qint64 seq, const QJsonArray& history) {
        const QJsonObject order{
            {"id", "o-till2"},
            {"number", "T2-000007"},
            {"store_id", "berlin"},
            {"lines",
             QJsonArray{
                 QJsonObject{
                     {"sku", "MUG"}, {"variant_id", "MUG-v"}, {"name", "Mug"}, {"qty_milli", 2000}, {"total", 2006}},
                 QJsonObject{{"sku", "SHIRT"},
                             {"variant_id", "SHIRT-v"},
                             {"name", "Shirt"},
                             {"qty_milli", 1000},
                             {"total", 1999}}}},
            {"payments", QJsonArray{QJsonObject{{"method", "cash"}, {"amount", 4005}}}},
            {"history", history}};
        auto change = FeedChange::fromJson(upsert(seq, "order", "o-till2", order));
        QVERIFY(change.ok());
        QVERIFY(m_replica->db().transaction([&] { return ChangeApplier(m_replica->db()).apply(*change); }).ok());
    }

private slots:
    void init() {
        m_replica = std::make_unique<TempReplica>();
        m_ids = tp::pos::testing::newIds();
        m_outbox = std::make_unique<Outbox>(m_replica->db(), *m_ids);
        m_audit = std::make_unique<RegisterAudit>(m_replica->db());
        for (const auto& [seq, sku] : {std::pair{1, "SHIRT"}, std::pair{2, "MUG"}}) {
            auto level = FeedChange::fromJson(upsert(seq, "stock_level", QString(sku) + "-l",
                                                     stockLevelData(sku, QString(sku) + "-v", "berlin", 10000)));
            QVERIFY(m_replica->db().transaction([&] { return ChangeApplier(m_replica->db()).apply(*level); }).ok());
        }
    }

    void cleanup() {
        m_audit.reset();
        m_outbox.reset();
        m_ids.reset();
        m_replica.reset();
    }

    void aSaleOfAnotherTillComesBackHereOnce() {
        const QJsonObject returnedThere{
            {"kind", "refund"},
            {"data", QJsonObject{{"refund_id", "r-till2"},
                                 {"lines", QJsonArray{QJsonObject{
                                               {"line", 0}, {"sku", "MUG"}, {"qty_milli", 1000}, {"amount", 1003}}}}}}};
        putOrderOfAnotherTill(3, QJsonArray{QJsonObject{{"kind", "created"}}, returnedThere});
        auto found = returns().find(" T2-000007 ");
        QVERIFY2(found.ok(), found.ok() ? "" : found.error().message.c_str());
        QCOMPARE(found->orderId, QStringLiteral("o-till2"));
        QCOMPARE(found->lines[0].returnableMilli(), 1000); // one of the two mugs came back there
        QCOMPARE(found->lines[1].returnableMilli(), 1000);

        auto back = returns().refund(*found, {{0, 1000}, {1, 1000}}, "wrong colour", m_cashier, {}, {}, m_at);
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
        QCOMPARE(back->amount, 1003 + 1999);
        QCOMPARE(onHand("MUG-v"), 11000); // back on this store's shelf
        auto queued = m_outbox->oldest(10);
        QCOMPARE(queued->last().type, QStringLiteral("order.refund"));
        QCOMPARE(queued->last().data.value("order_id").toString(), QStringLiteral("o-till2"));
        QCOMPARE(queued->last().data.value("refund_id").toString(), back->refundId);

        // Nothing is left, before the server hears of this refund and after it reports it back.
        QCOMPARE(
            code(returns().refund(*returns().find("T2-000007"), {{0, 1000}}, "again", m_cashier, {}, {}, m_at).error()),
            QStringLiteral("invalid_quantity"));
        const QJsonObject returnedHere{{"kind", "refund"}, {"data", queued->last().data}};
        putOrderOfAnotherTill(4, QJsonArray{QJsonObject{{"kind", "created"}}, returnedThere, returnedHere});
        auto after = returns().find("T2-000007");
        QCOMPARE(after->lines[0].returnableMilli(), 0);
        QCOMPARE(after->lines[0].returnedMilli, 2000); // not 3000: this till's refund counted once
        QCOMPARE(after->lines[1].returnedMilli, 1000);
        QCOMPARE(code(returns().find("T9-000001").error()), QStringLiteral("receipt_unknown"));
    }

    void aGiftCardsShareGoesBackOntoTheSameCard() {
        Sale sale(berlin());
        QVERIFY(sale.add(item("MUG", 1000)).ok());
        QVERIFY(sale.payGiftCard(600, "gift-0042").ok());
        QVERIFY(sale.payCash(400).ok());
        auto recorded = SaleRecorder(*m_outbox, *m_ids, "reg-1", "R1").record(sale, m_at, {}, "cal");
        QVERIFY(recorded.ok());
        auto found = returns().find(recorded->number);
        QVERIFY(found.ok());
        auto back = returns().refund(*found, {{0, 1000}}, "chipped", m_cashier, {}, {}, m_at);
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
        QCOMPARE(back->payments.size(), 2);
        QCOMPARE(back->payments[0].method, QStringLiteral("gift_card"));
        QCOMPARE(back->payments[0].amount, 600);
        QCOMPARE(back->payments[0].reference, QStringLiteral("GIFT-0042"));
        auto queued = m_outbox->oldest(10);
        const QJsonObject refund = queued->last().data;
        QCOMPARE(queued->last().type, QStringLiteral("order.refund"));
        const QJsonObject onCard = refund.value("payments").toArray().first().toObject();
        QCOMPARE(onCard.value("method").toString(), QStringLiteral("gift_card"));
        QCOMPARE(onCard.value("reference").toString(), QStringLiteral("GIFT-0042"));
    }

    void partOfASaleComesBackToItsTendersInTheirShares() {
        ShiftBook shifts(*m_outbox, *m_ids, *m_audit, "berlin", "reg-1", berlin().currency);
        auto shift = shifts.open(m_cashier, 10000, m_at);
        QVERIFY(shift.ok());
        Sale sale(berlin());
        QVERIFY(sale.add(item("SHIRT", 1999), 3000).ok()); // 3 shirts: 59.97
        QVERIFY(sale.add(item("MUG", 1003)).ok());
        QVERIFY(sale.payCard(3000, "T-1").ok()); // 30.00 card, 40.00 cash
        QVERIFY(sale.payCash(4000).ok());
        auto recorded = SaleRecorder(*m_outbox, *m_ids, "reg-1", "R1").record(sale, m_at, shift->id, "cal");
        QVERIFY(recorded.ok());
        QCOMPARE(onHand("SHIRT-v"), 7000);

        QCOMPARE(code(returns().find("R1-999999").error()), QStringLiteral("receipt_unknown"));
        auto found = returns().find(recorded->number);
        QVERIFY(found.ok());
        QCOMPARE(found->lines.size(), 2);
        QCOMPARE(found->lines[0].returnableMilli(), 3000);

        QCOMPARE(code(returns().refund(*found, {{0, 1000}}, "too small", m_cashier, shift->id, {}, m_at).error()),
                 QStringLiteral("reference_required")); // part of it goes back to the card
        QCOMPARE(code(returns().refund(*found, {{0, 4000}}, "x", m_cashier, shift->id, "R-1", m_at).error()),
                 QStringLiteral("invalid_quantity"));
        QCOMPARE(code(returns().refund(*found, {{0, 1000}}, " ", m_cashier, shift->id, "R-1", m_at).error()),
                 QStringLiteral("reason_required"));
        auto one = returns().refund(*found, {{0, 1000}}, "too small", m_cashier, shift->id, "REF-9", m_at);
        QVERIFY2(one.ok(), one.ok() ? "" : one.error().message.c_str());
        QCOMPARE(one->amount, 1999);
        QCOMPARE(one->payments.size(), 2);
        qint64 back = 0;
        for (const auto& payment : one->payments)
            back += payment.amount;
        QCOMPARE(back, 1999);
        QCOMPARE(one->payments[0].method, QStringLiteral("card"));
        QCOMPARE(one->payments[0].amount, 857); // 30/70 of 19.99, to the cent by largest remainder
        QCOMPARE(onHand("SHIRT-v"), 8000);      // back on the shelf

        // What is left comes back whole, to the cent: 59.97 - 19.99, and the mug.
        auto again = returns().find(recorded->number);
        QCOMPARE(again->lines[0].returnableMilli(), 2000);
        auto rest =
            returns().refund(*again, {{0, 2000}, {1, 1000}}, "changed mind", m_cashier, shift->id, "REF-10", m_at);
        QVERIFY(rest.ok());
        QCOMPARE(rest->amount, 3998 + 1003);
        QCOMPARE(returns().find(recorded->number)->lines[0].returnableMilli(), 0);
        QCOMPARE(code(returns()
                          .refund(*returns().find(recorded->number), {{1, 1000}}, "again", m_cashier, shift->id,
                                  "REF-11", m_at)
                          .error()),
                 QStringLiteral("invalid_quantity")); // nothing is returned twice

        // The drawer paid out the cash shares; the Z report counts them.
        auto z = shifts.close(m_cashier, 0, m_at);
        QVERIFY(z.ok());
        QCOMPARE(z->totals.refunds, 2);
        QCOMPARE(z->totals.refundCash + z->totals.refundCard, 1999 + 3998 + 1003);
        QCOMPARE(z->totals.expectedCash(), 10000 + 4000 - z->totals.refundCash);

        auto queued = m_outbox->oldest(20);
        int refunds = 0;
        for (const OutboxMutation& mutation : *queued) {
            if (mutation.type != QLatin1String("order.refund"))
                continue;
            ++refunds;
            QCOMPARE(mutation.data.value("order_id").toString(), recorded->orderId);
            QVERIFY(mutation.data.value("restock").toBool());
        }
        QCOMPARE(refunds, 2);
    }
};

QTEST_GUILESS_MAIN(TestReceiptReturns)
#include "tst_receiptreturns.moc"
