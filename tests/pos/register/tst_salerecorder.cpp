#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "FeedSamples.h"
#include "RegisterTestData.h"
#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ChangeApplier.h"
#include "domain/ids/UuidV7Generator.h"
#include "register/Sale.h"
#include "register/SaleRecorder.h"

using namespace tp;
using namespace tp::pos;
using namespace tp::client;
using namespace tp::client::testing;

// A finished sale is on disk with its order.create, the register's stock and the audit of
// its voided lines in one transaction, numbered for the receipt; an unpaid one writes nothing.
class TestSaleRecorder : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempReplica> m_replica;
    std::unique_ptr<domain::UuidV7Generator> m_ids;
    std::unique_ptr<Outbox> m_outbox;

    QVariant single(const QString& sql) {
        auto rows = m_replica->db().select(sql);
        return rows && !rows->isEmpty() ? rows->first().value(0) : QVariant();
    }

    static StoreProfile berlin() { return tp::pos::testing::berlinStore(); }

    static SellableItem shirt() {
        return SellableItem{"p1-v", "p1", "TS", "T-Shirt", "standard", 1999, "EUR", {}, {}, 0};
    }

private slots:
    void init() {
        m_replica = std::make_unique<TempReplica>();
        m_ids = tp::pos::testing::newIds();
        m_outbox = std::make_unique<Outbox>(m_replica->db(), *m_ids);
        auto level =
            FeedChange::fromJson(upsert(1, "stock_level", "l1", stockLevelData("TS", "p1-v", "berlin", 10000)));
        QVERIFY(level.ok());
        QVERIFY(m_replica->db().transaction([&] { return ChangeApplier(m_replica->db()).apply(*level); }).ok());
    }

    void cleanup() {
        m_outbox.reset();
        m_ids.reset();
        m_replica.reset();
    }

    void settledSaleIsWrittenWhole() {
        Sale sale(berlin());
        QVERIFY(sale.add(shirt(), 2000).ok());
        QVERIFY(sale.add(SellableItem{"p2-v", "p2", "MUG", "Mug", "standard", 899, "EUR", {}, {}, 0}).ok());
        QVERIFY(sale.voidLine(1, "scanned twice").ok());
        QVERIFY(sale.payCash(5000).ok());
        SaleRecorder recorder(*m_outbox, *m_ids, "reg-1", "R1");
        const QDateTime at = QDateTime::currentDateTimeUtc();
        auto recorded = recorder.record(sale, at);
        QVERIFY2(recorded.ok(), recorded.ok() ? "" : recorded.error().message.c_str());
        QCOMPARE(recorded->number, QStringLiteral("R1-000001"));

        auto pending = m_outbox->oldest(10);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().mutationId, recorded->mutationId);
        QCOMPARE(pending->first().type, QStringLiteral("order.create"));
        const QJsonObject order = pending->first().data;
        QCOMPARE(order.value("id").toString(), recorded->orderId);
        QCOMPARE(order.value("number").toString(), recorded->number);
        QCOMPARE(order.value("store_id").toString(), QStringLiteral("berlin"));
        QCOMPARE(order.value("register_id").toString(), QStringLiteral("reg-1"));
        QCOMPARE(order.value("totals").toObject().value("total").toInteger(), 3998);
        QCOMPARE(order.value("lines").toArray().size(), 1);

        QCOMPARE(single("SELECT total FROM local_orders WHERE id = '" + recorded->orderId + "'").toLongLong(), 3998);
        QCOMPARE(single("SELECT on_hand FROM stock_levels WHERE id = 'l1'").toLongLong(), 8000);
        QCOMPARE(single("SELECT event FROM register_audit").toString(), QStringLiteral("line_voided"));
        const QJsonObject voided =
            QJsonDocument::fromJson(single("SELECT detail FROM register_audit").toString().toUtf8()).object();
        QCOMPARE(voided.value("reason").toString(), QStringLiteral("scanned twice"));
        QCOMPARE(voided.value("sku").toString(), QStringLiteral("MUG"));
    }

    void receiptNumbersFollowOnAcrossRestarts() {
        for (int i = 0; i < 2; ++i) {
            Sale sale(berlin());
            QVERIFY(sale.add(shirt()).ok());
            QVERIFY(sale.payCard(1999, "T-" + QString::number(i)).ok());
            auto recorded =
                SaleRecorder(*m_outbox, *m_ids, "reg-1", "R1").record(sale, QDateTime::currentDateTimeUtc());
            QVERIFY(recorded.ok());
            QCOMPARE(recorded->number, QStringLiteral("R1-00000%1").arg(i + 1));
            m_outbox.reset();
            m_replica->reopen();
            m_outbox = std::make_unique<Outbox>(m_replica->db(), *m_ids);
        }
        QCOMPARE(*m_outbox->pendingCount(), 2);
    }

    void voidedTicketLeavesOnlyItsAudit() {
        Sale sale(berlin());
        QVERIFY(sale.add(shirt(), 2000).ok());
        QVERIFY(sale.add(SellableItem{"p2-v", "p2", "MUG", "Mug", "standard", 899, "EUR", {}, {}, 0}).ok());
        QVERIFY(sale.voidLine(1, "wrong colour").ok());
        SaleRecorder recorder(*m_outbox, *m_ids, "reg-1", "R1");
        const QDateTime at = QDateTime::currentDateTimeUtc();
        QCOMPARE(recorder.recordVoided(sale, " ", at).error().code, std::string("reason_required"));
        QVERIFY(sale.payCard(1000, "T-1").ok());
        QCOMPARE(recorder.recordVoided(sale, "customer left", at).error().code, std::string("tender_in_progress"));
        sale.removeTenders();
        QVERIFY(recorder.recordVoided(sale, "customer left", at).ok());

        QCOMPARE(*m_outbox->pendingCount(), 0);
        QCOMPARE(single("SELECT count(*) FROM local_orders").toInt(), 0);
        QCOMPARE(single("SELECT on_hand FROM stock_levels WHERE id = 'l1'").toLongLong(), 10000);
        auto audit = m_replica->db().select("SELECT event, order_id, detail FROM register_audit ORDER BY id");
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 2);
        QCOMPARE(audit->at(0).at(0).toString(), QStringLiteral("line_voided"));
        QCOMPARE(audit->at(1).at(0).toString(), QStringLiteral("ticket_voided"));
        QVERIFY(audit->at(1).at(1).isNull());
        const QJsonObject ticket = QJsonDocument::fromJson(audit->at(1).at(2).toString().toUtf8()).object();
        QCOMPARE(ticket.value("reason").toString(), QStringLiteral("customer left"));
        QCOMPARE(ticket.value("total").toInteger(), 3998);
        QCOMPARE(ticket.value("lines").toArray().size(), 1);
        QCOMPARE(ticket.value("lines").toArray().first().toObject().value("sku").toString(), QStringLiteral("TS"));

        Sale empty(berlin());
        QCOMPARE(recorder.recordVoided(empty, "nothing", at).error().code, std::string("sale_empty"));
    }

    void unpaidSaleWritesNothing() {
        Sale sale(berlin());
        QVERIFY(sale.add(shirt()).ok());
        QVERIFY(sale.payCash(1000).ok()); // half paid
        auto recorded = SaleRecorder(*m_outbox, *m_ids, "reg-1", "R1").record(sale, QDateTime::currentDateTimeUtc());
        QVERIFY(!recorded.ok());
        QCOMPARE(recorded.error().code, std::string("sale_not_settled"));
        QCOMPARE(*m_outbox->pendingCount(), 0);
        QCOMPARE(single("SELECT count(*) FROM local_orders").toInt(), 0);
        QCOMPARE(single("SELECT on_hand FROM stock_levels WHERE id = 'l1'").toLongLong(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestSaleRecorder)
#include "tst_salerecorder.moc"
