#include <QJsonArray>
#include <QTest>

#include "OrderSamples.h"
#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "domain/ids/UuidV7Generator.h"
#include "models/orders/OrderActions.h"
#include "models/orders/OrderListModel.h"
#include "models/orders/OrderView.h"

using tp::backoffice::OrderActions;
using tp::backoffice::OrderFilter;
using tp::backoffice::OrderListModel;
using tp::backoffice::OrderView;

// The office's orders from its replica, without a server: the list's filters and sorting,
// an order's detail, and what a status change, a note and a refund queue and show at once
// (tests/sync/tst_backoffice_orders proves the server takes them).
class TestOrders : public QObject {
    Q_OBJECT

    tp::client::testing::TempReplica m_replica;
    tp::domain::UuidV7Generator m_ids{tp::domain::UuidV7Generator::systemClock(),
                                      tp::domain::UuidV7Generator::systemRandomSource()};
    tp::client::Outbox m_outbox{m_replica.db(), m_ids};

    QStringList numbers(OrderListModel& list) {
        QStringList found;
        for (int row = 0; row < list.rowCount(); ++row)
            found << list.index(row, OrderListModel::Number).data().toString();
        return found;
    }

private slots:
    void initTestCase() { QVERIFY(tp::backoffice::testing::putSampleOrders(m_replica.db())); }

    void everyChannelInOneListFilteredAndSorted() {
        OrderListModel list(m_replica.db());
        QVERIFY(list.reload().ok());
        QCOMPARE(numbers(list), (QStringList{"B1-000102", "W-000007", "B1-000101"})); // newest first
        QCOMPARE(list.index(2, OrderListModel::Customer).data().toString(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(list.index(1, OrderListModel::Store).data().toString(), QStringLiteral("Web shop"));
        QCOMPARE(list.index(1, OrderListModel::Channel).data().toString(), QStringLiteral("Online"));

        const auto only = [&](const OrderFilter& filter) {
            list.setFilter(filter);
            return list.reload().ok() ? numbers(list) : QStringList{"failed"};
        };
        QCOMPARE(only({"online", {}, {}, {}, {}, {}}), QStringList{"W-000007"});
        QCOMPARE(only({{}, "s-berlin", {}, {}, {}, {}}), (QStringList{"B1-000102", "B1-000101"}));
        QCOMPARE(only({{}, {}, "paid", {}, {}, {}}), QStringList{"W-000007"});
        QCOMPARE(only({{}, {}, {}, QDate(2026, 11, 5), QDate(2026, 11, 19), {}}), QStringList{"W-000007"});
        QCOMPARE(only({{}, {}, {}, {}, {}, "B1-"}), (QStringList{"B1-000102", "B1-000101"})); // number
        QCOMPARE(only({{}, {}, {}, {}, {}, "ada@exa"}), QStringList{"B1-000101"});            // customer's e-mail
        QCOMPARE(only({{}, {}, {}, {}, {}, "1234567"}), QStringList{"B1-000101"});            // customer's phone
        QCOMPARE(only({{}, {}, {}, {}, {}, "grace@"}), QStringList{"W-000007"});              // the order's e-mail
        QCOMPARE(only({{}, {}, {}, {}, {}, "100%"}), QStringList{}); // LIKE characters taken literally

        list.setFilter({});
        list.sort(OrderListModel::Total, Qt::DescendingOrder);
        QCOMPARE(numbers(list), (QStringList{"W-000007", "B1-000101", "B1-000102"}));
    }

    void anOnlineOrderShipsWithTrackingAndGetsANote() {
        auto web = OrderView::load(m_replica.db(), QStringLiteral("o-2"));
        QVERIFY(web.ok());
        QCOMPARE(web->storeName, QStringLiteral("Web shop"));
        QCOMPARE(web->customerEmail, QStringLiteral("grace@example.org"));
        QCOMPARE(web->nextStatuses(), (QStringList{"fulfilled", "shipped", "cancelled"}));
        OrderActions actions(m_outbox, m_ids);
        QCOMPARE(actions.changeStatus(*web, QStringLiteral("completed"), {}).error().code,
                 std::string("invalid_status"));
        QVERIFY(
            actions.changeStatus(*web, QStringLiteral("shipped"), QStringLiteral(" DHL 00340434161234567890 ")).ok());
        auto shipped = OrderView::load(m_replica.db(), QStringLiteral("o-2"));
        QCOMPARE(shipped->status, QStringLiteral("shipped")); // at once
        QCOMPARE(shipped->history.last().tracking, QStringLiteral("DHL 00340434161234567890"));
        QVERIFY(shipped->history.last().pending);
        QCOMPARE(shipped->nextStatuses(), QStringList{"completed"});

        QCOMPARE(actions.addNote(*shipped, QStringLiteral("   ")).error().code, std::string("invalid_note"));
        QVERIFY(actions.addNote(*shipped, QStringLiteral("Customer asked for a gift wrap.")).ok());
        const auto queued = *m_outbox.oldest(10);
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued.at(0).type, QStringLiteral("order.status"));
        QCOMPARE(queued.at(0).data.value("tracking").toString(), QStringLiteral("DHL 00340434161234567890"));
        QCOMPARE(queued.at(1).type, QStringLiteral("note.add"));
        QCOMPARE(OrderView::load(m_replica.db(), QStringLiteral("o-2"))->history.last().text,
                 QStringLiteral("Customer asked for a gift wrap."));
    }

    void aShopSaleIsRefundedInPartTheWayItWasPaid() {
        auto sale = OrderView::load(m_replica.db(), QStringLiteral("o-1"));
        QVERIFY(sale.ok());
        QVERIFY(sale->nextStatuses().isEmpty()); // completed at the till: refunds only
        QCOMPARE(sale->customerName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(OrderActions::lineShare(sale->lines.first(), 1000), 1290);
        QCOMPARE(OrderActions::lineShare(tp::backoffice::OrderLineView{"X", "X", 3000, 333, 0, 1000}, 1000),
                 333); // 333.33 rounds down
        OrderActions actions(m_outbox, m_ids);
        QCOMPARE(actions.refund(*sale, {{0, 1000}}, QStringLiteral("gift_card"), {}, true).error().code,
                 std::string("invalid_method"));
        QCOMPARE(actions.refund(*sale, {{0, 3000}}, QStringLiteral("card"), {}, true).error().code,
                 std::string("invalid_quantity"));
        QCOMPARE(actions.refund(*sale, {{0, 0}}, QStringLiteral("card"), {}, true).error().code,
                 std::string("nothing_to_refund"));
        auto refunded = actions.refund(*sale, {{0, 1000}}, QStringLiteral("card"), QStringLiteral("chipped"), true);
        QVERIFY(refunded.ok());
        QCOMPARE(*refunded, 1290);
        auto after = OrderView::load(m_replica.db(), QStringLiteral("o-1"));
        QCOMPARE(after->status, QStringLiteral("partially_refunded"));
        QCOMPARE(after->refunded, 1290);
        QCOMPARE(after->history.last().amount, 1290);
        const QJsonObject data = m_outbox.oldest(10)->last().data;
        QCOMPARE(data.value("lines").toArray().first().toObject().value("amount").toInteger(), 1290);
        QCOMPARE(data.value("reason").toString(), QStringLiteral("chipped"));
        // The rest onto Ada's store credit; nothing is left after that.
        QVERIFY(actions.refund(*after, {{0, 1000}}, QStringLiteral("store_credit"), {}, false).ok());
        auto all = OrderView::load(m_replica.db(), QStringLiteral("o-1"));
        QCOMPARE(all->status, QStringLiteral("refunded"));
        QCOMPARE(actions.refund(*all, {{0, 1000}}, QStringLiteral("card"), {}, true).error().code,
                 std::string("too_much"));
    }
};

QTEST_MAIN(TestOrders)
#include "tst_orders.moc"
