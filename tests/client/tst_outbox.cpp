#include <QSignalSpy>
#include <QTest>

#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "domain/ids/Uuid.h"
#include "domain/ids/UuidV7Generator.h"

using namespace tp::client;
using tp::client::testing::TempReplica;
using tp::domain::UuidV7Generator;

// A local change and its outbox row commit together or not at all; rows keep the order they
// were written in; the server's answers settle them, and rejected ones wait for a person.
class TestOutbox : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempReplica> m_replica;
    std::unique_ptr<UuidV7Generator> m_ids;
    std::unique_ptr<Outbox> m_outbox;

    int count(const QString& sql) {
        auto rows = m_replica->db().select(sql);
        return rows.ok() ? rows->first().value(0).toInt() : -1;
    }

    QStringList sellOne(const QString& saleId, qint64 total) {
        auto ids = m_outbox->write([&](LocalWrite& w) {
            w.exec("INSERT INTO local_sales(id, total) VALUES(?, ?)", {saleId, total});
            w.enqueue("order.create", QJsonObject{{"id", saleId}, {"total", total}});
        });
        return ids.ok() ? *ids : QStringList{};
    }

private slots:
    void init() {
        m_replica = std::make_unique<TempReplica>();
        m_ids =
            std::make_unique<UuidV7Generator>(UuidV7Generator::systemClock(), UuidV7Generator::systemRandomSource());
        m_outbox = std::make_unique<Outbox>(m_replica->db(), *m_ids);
        // Stands in for the register's own tables, which live beside the replica's.
        QVERIFY(m_replica->db().exec("CREATE TABLE local_sales (id TEXT PRIMARY KEY, total INTEGER NOT NULL)").ok());
    }

    void cleanup() {
        m_outbox.reset();
        m_ids.reset();
        m_replica.reset();
    }

    void changeAndOutboxRowCommitTogether() {
        QSignalSpy changed(m_outbox.get(), &Outbox::changed);
        QSignalSpy written(m_outbox.get(), &Outbox::written);
        const QStringList ids = sellOne("sale-1", 1250);
        QCOMPARE(ids.size(), 1);
        auto parsed = tp::domain::Uuid::parse(ids.first().toStdString());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->version(), 7);
        QCOMPARE(count("SELECT count(*) FROM local_sales"), 1);
        auto pending = m_outbox->oldest(10);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().mutationId, ids.first());
        QCOMPARE(pending->first().type, QStringLiteral("order.create"));
        QCOMPARE(pending->first().data.value("total").toInteger(), 1250);
        QCOMPARE(*m_outbox->pendingCount(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(written.size(), 1);
    }

    void failingLocalWriteLeavesNothing_data() {
        QTest::addColumn<int>("failAt");
        QTest::newRow("the local change fails after the row was queued") << 0;
        QTest::newRow("the local change fails before the row is queued") << 1;
        QTest::newRow("the caller abandons the write") << 2;
    }

    void failingLocalWriteLeavesNothing() {
        QFETCH(int, failAt);
        sellOne("sale-1", 100);
        QSignalSpy changed(m_outbox.get(), &Outbox::changed);
        auto ids = m_outbox->write([&](LocalWrite& w) {
            if (failAt == 1)
                w.exec("INSERT INTO local_sales(id, total) VALUES('sale-1', 1)"); // duplicate key
            w.exec("INSERT INTO local_sales(id, total) VALUES('sale-2', 200)");
            w.enqueue("order.create", QJsonObject{{"id", "sale-2"}});
            if (failAt == 0)
                w.exec("INSERT INTO local_sales(id, total) VALUES('sale-1', 1)");
            if (failAt == 2)
                w.fail("drawer_jammed", "the sale was abandoned");
            w.enqueue("order.create", QJsonObject{{"id", "sale-3"}});
        });
        QVERIFY(!ids.ok());
        QCOMPARE(ids.error().code, std::string(failAt == 2 ? "drawer_jammed" : "storage_error"));
        QCOMPARE(count("SELECT count(*) FROM local_sales"), 1);
        QCOMPARE(count("SELECT count(*) FROM local_sales WHERE id = 'sale-2'"), 0);
        QCOMPARE(*m_outbox->pendingCount(), 1);
        QCOMPARE(changed.size(), 0);
    }

    void rowsKeepTheirOrder() {
        QStringList written;
        for (int i = 0; i < 300; ++i)
            written << sellOne(QStringLiteral("sale-%1").arg(i), i);
        // Several facts in one write keep their order too.
        auto batch = m_outbox->write([](LocalWrite& w) {
            for (int i = 0; i < 5; ++i)
                w.enqueue("stock.move", QJsonObject{{"n", i}});
        });
        QVERIFY(batch.ok());
        written << *batch;
        auto pending = m_outbox->oldest(1000);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), written.size());
        QStringList read;
        qint64 lastPosition = 0;
        for (const OutboxMutation& mutation : *pending) {
            QVERIFY(mutation.position > lastPosition);
            lastPosition = mutation.position;
            read << mutation.mutationId;
        }
        QCOMPARE(read, written);
        QStringList sorted = written;
        sorted.sort();
        QCOMPARE(sorted, written); // UUIDv7 ids sort in creation order too
    }

    void positionsAreNeverReused() {
        sellOne("a", 1);
        const QString newest = sellOne("b", 2).first();
        const qint64 before = m_outbox->oldest(10)->last().position;
        QVERIFY(m_outbox->settle({MutationOutcome{newest, MutationOutcome::Status::Applied, {}, {}, {}}}).ok());
        sellOne("c", 3);
        QVERIFY(m_outbox->oldest(10)->last().position > before);
    }

    void settleRemovesAcknowledgedAndKeepsRejected() {
        const QString applied = sellOne("a", 1).first();
        const QString duplicate = sellOne("b", 2).first();
        const QString rejected = sellOne("c", 3).first();
        const QString unsent = sellOne("d", 4).first();
        QSignalSpy changed(m_outbox.get(), &Outbox::changed);
        QSignalSpy written(m_outbox.get(), &Outbox::written);
        auto settled = m_outbox->settle({
            {applied, MutationOutcome::Status::Applied, {}, {}, {}},
            {duplicate, MutationOutcome::Status::Duplicate, {}, {}, {}},
            {rejected, MutationOutcome::Status::Rejected, "invalid_request", "totals do not add up", {}},
        });
        QVERIFY(settled.ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(written.size(), 0); // settling is not a local write: it must not trigger an upload
        auto pending = m_outbox->oldest(10);
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().mutationId, unsent);
        auto attention = m_outbox->needsAttention();
        QVERIFY(attention.ok());
        QCOMPARE(attention->size(), 1);
        const RejectedMutation& item = attention->first();
        QCOMPARE(item.mutationId, rejected);
        QCOMPARE(item.type, QStringLiteral("order.create"));
        QCOMPARE(item.data.value("id").toString(), QStringLiteral("c"));
        QCOMPARE(item.errorCode, QStringLiteral("invalid_request"));
        QCOMPARE(item.errorMessage, QStringLiteral("totals do not add up"));
        QVERIFY(item.rejectedAt.isValid());
        QVERIFY(item.serverCopy.isEmpty()); // the server sent no copy with this refusal
        QCOMPARE(*m_outbox->needsAttentionCount(), 1);
        // The local sale itself stays: the server's refusal does not unsell the goods.
        QCOMPARE(count("SELECT count(*) FROM local_sales"), 4);

        QVERIFY(m_outbox->dismiss(rejected).ok());
        QCOMPARE(*m_outbox->needsAttentionCount(), 0);
        QCOMPARE(changed.size(), 2);
    }

    void pendingRowsSurviveARestart() {
        const QStringList first = sellOne("a", 1);
        const QStringList second = sellOne("b", 2);
        m_outbox.reset();
        m_replica->reopen();
        m_outbox = std::make_unique<Outbox>(m_replica->db(), *m_ids);
        auto pending = m_outbox->oldest(10);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 2);
        QCOMPARE(pending->at(0).mutationId, first.first());
        QCOMPARE(pending->at(1).mutationId, second.first());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
