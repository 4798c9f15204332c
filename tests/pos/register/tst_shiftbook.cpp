#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "RegisterTestData.h"
#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "domain/ids/UuidV7Generator.h"
#include "register/RegisterAudit.h"
#include "register/Sale.h"
#include "register/SaleRecorder.h"
#include "register/ShiftBook.h"

using namespace tp;
using namespace tp::pos;
using namespace tp::client;
using namespace tp::client::testing;

// A register's shift from float to Z report: cash in and out with reasons, the X report for
// managers only, the blind count at the close with its over/short, and shift.close queued
// for the server with the Z report.
class TestShiftBook : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempReplica> m_replica;
    std::unique_ptr<domain::UuidV7Generator> m_ids;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<RegisterAudit> m_audit;
    const QDateTime m_morning = QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);
    const StaffSession m_cashier{"cal", "cal@shop.example", "cashier"};
    const StaffSession m_manager{"mia", "mia@shop.example", "manager"};

    static StoreProfile berlin() { return tp::pos::testing::berlinStore(); }

    ShiftBook book() { return ShiftBook(*m_outbox, *m_ids, *m_audit, "berlin", "reg-1", berlin().currency); }

    static QString code(const domain::Error& error) { return QString::fromStdString(error.code); }

    // A settled sale of one item at `price`, paid `card` by card and the rest in cash.
    void ringSale(qint64 price, qint64 card, const QString& shiftId) {
        Sale sale(berlin());
        QVERIFY(sale.add(SellableItem{"v1", "p1", "TS", "T-Shirt", "standard", price, "EUR", {}, {}, 0}).ok());
        if (card > 0)
            QVERIFY(sale.payCard(card, "TERM-1").ok());
        if (price > card)
            QVERIFY(sale.payCash(price - card + 500).ok()); // 5.00 more handed over: change
        auto recorded = SaleRecorder(*m_outbox, *m_ids, "reg-1", "R1").record(sale, m_morning.addSecs(3600), shiftId);
        QVERIFY2(recorded.ok(), recorded.ok() ? "" : recorded.error().message.c_str());
    }

    QStringList auditEvents() {
        auto rows = m_replica->db().select(QStringLiteral("SELECT event FROM register_audit ORDER BY id"));
        QStringList events;
        for (const auto& row : *rows)
            events << row.at(0).toString();
        return events;
    }

private slots:
    void init() {
        m_replica = std::make_unique<TempReplica>();
        m_ids = tp::pos::testing::newIds();
        m_outbox = std::make_unique<Outbox>(m_replica->db(), *m_ids);
        m_audit = std::make_unique<RegisterAudit>(m_replica->db());
    }

    void cleanup() {
        m_audit.reset();
        m_outbox.reset();
        m_ids.reset();
        m_replica.reset();
    }

    void oneShiftIsOpenAtATimeAndSurvivesARestart() {
        QCOMPARE(code(book().cashIn(m_cashier, 1000, "change", m_morning).error()), QStringLiteral("no_open_shift"));
        QCOMPARE(code(book().open(m_cashier, -1, m_morning).error()), QStringLiteral("invalid_amount"));
        auto opened = book().open(m_cashier, 15000, m_morning);
        QVERIFY(opened.ok());
        QCOMPARE(code(book().open(m_manager, 15000, m_morning).error()), QStringLiteral("shift_already_open"));
        m_outbox.reset();
        m_audit.reset();
        m_replica->reopen();
        m_outbox = std::make_unique<Outbox>(m_replica->db(), *m_ids);
        m_audit = std::make_unique<RegisterAudit>(m_replica->db());
        auto current = book().current();
        QVERIFY(current.ok() && current->has_value());
        QCOMPARE((*current)->id, opened->id);
        QCOMPARE((*current)->openingFloat, 15000);
        QCOMPARE((*current)->openedBy, QStringLiteral("cal@shop.example"));
        QCOMPARE((*current)->openedAt, m_morning);
    }

    void cashMovesNeedAReasonAndCannotEmptyMoreThanTheDrawer() {
        QVERIFY(book().open(m_cashier, 10000, m_morning).ok());
        QCOMPARE(code(book().cashIn(m_cashier, 0, "change", m_morning).error()), QStringLiteral("invalid_amount"));
        QCOMPARE(code(book().cashIn(m_cashier, 500, " ", m_morning).error()), QStringLiteral("reason_required"));
        QVERIFY(book().cashIn(m_cashier, 2000, "coins from the bank", m_morning).ok());
        const auto tooMuch = book().cashOut(m_cashier, 12001, "bank drop", m_morning);
        QCOMPARE(code(tooMuch.error()), QStringLiteral("not_enough_cash"));
        QVERIFY2(QString::fromStdString(tooMuch.error().message).contains("120"), tooMuch.error().message.c_str());
        QVERIFY(book().cashOut(m_cashier, 12000, "bank drop", m_morning).ok());
        QCOMPARE(auditEvents(), (QStringList{"shift_opened", "cash_in", "cash_out"}));
    }

    void theXReportIsForManagers() {
        auto shift = book().open(m_cashier, 10000, m_morning);
        QVERIFY(shift.ok());
        ringSale(1999, 0, shift->id);    // cash
        ringSale(4500, 4500, shift->id); // card
        ringSale(3000, 1000, shift->id); // split
        QVERIFY(book().cashOut(m_cashier, 2000, "window cleaner", m_morning).ok());
        QCOMPARE(code(book().xReport(m_cashier).error()), QStringLiteral("x_report_needs_manager"));
        auto x = book().xReport(m_manager);
        QVERIFY(x.ok());
        QCOMPARE(x->sales, 3);
        QCOMPARE(x->total, 1999 + 4500 + 3000);
        QCOMPARE(x->cash, 1999 + 2000);
        QCOMPARE(x->card, 4500 + 1000);
        QCOMPARE(x->cashOut, 2000);
        QCOMPARE(x->expectedCash(), 10000 + 1999 + 2000 - 2000);
        QVERIFY(x->tax > 0);
    }

    void theCloseIsABlindCountQueuedForTheServer() {
        auto shift = book().open(m_cashier, 10000, m_morning);
        QVERIFY(shift.ok());
        ringSale(1999, 0, shift->id);
        ringSale(2500, 2500, shift->id);
        ringSale(700, 0, QString()); // not in this shift (rung before shifts existed)
        QVERIFY(book().cashIn(m_cashier, 1000, "coins", m_morning).ok());
        const QDateTime evening = m_morning.addSecs(10 * 3600);
        auto z = book().close(m_cashier, 12950, evening); // counted 49 cents short
        QVERIFY2(z.ok(), z.ok() ? "" : z.error().message.c_str());
        QCOMPARE(z->totals.expectedCash(), 10000 + 1999 + 1000);
        QCOMPARE(z->overShort(), -49);
        QCOMPARE(z->totals.sales, 2);
        QCOMPARE(z->closedBy, QStringLiteral("cal@shop.example"));

        auto current = book().current();
        QVERIFY(current.ok() && !current->has_value());
        QCOMPARE(code(book().close(m_cashier, 0, evening).error()), QStringLiteral("no_open_shift"));
        QVERIFY2(book().open(m_manager, 10000, evening).ok(), "the next day opens a new shift");

        auto queued = m_outbox->oldest(100);
        QVERIFY(queued.ok());
        const auto close = std::find_if(queued->begin(), queued->end(),
                                        [](const OutboxMutation& m) { return m.type == QLatin1String("shift.close"); });
        QVERIFY(close != queued->end());
        QCOMPARE(close->data.value("shift_id").toString(), shift->id);
        QCOMPARE(close->data.value("store_id").toString(), QStringLiteral("berlin"));
        QCOMPARE(close->data.value("register_id").toString(), QStringLiteral("reg-1"));
        const QJsonObject report = close->data.value("z_report").toObject();
        QCOMPARE(report.value("counted_cash").toInteger(), 12950);
        QCOMPARE(report.value("expected_cash").toInteger(), 12999);
        QCOMPARE(report.value("over_short").toInteger(), -49);
        QCOMPARE(report.value("payments").toObject().value("card").toInteger(), 2500);
        QVERIFY(auditEvents().contains("shift_closed"));

        // The sales of the shift name it in what goes to the server.
        int inShift = 0;
        for (const OutboxMutation& m : *queued)
            inShift += m.type == QLatin1String("order.create") && m.data.value("shift_id").toString() == shift->id;
        QCOMPARE(inShift, 2);
    }
};

QTEST_GUILESS_MAIN(TestShiftBook)
#include "tst_shiftbook.moc"
