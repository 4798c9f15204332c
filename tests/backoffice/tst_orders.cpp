#include <QJsonArray>
#include <QTest>

#include "FeedSamples.h"
#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ChangeApplier.h"
#include "client/replica/FeedChange.h"
#include "domain/ids/UuidV7Generator.h"
#include "models/orders/OrderActions.h"
#include "models/orders/OrderListModel.h"
#include "models/orders/OrderView.h"

using tp::backoffice::OrderActions;
using tp::backoffice::OrderFilter;
using tp::backoffice::OrderListModel;
using tp::backoffice::OrderView;

namespace {

QJsonObject order(const QString& id, const QString& number, const QString& channel, const QString& status,
                  const QString& storeId, const QString& createdAt, qint64 total, const QJsonObject& extra = {}) {
    QJsonObject data{{"id", id},
                     {"number", number},
                     {"channel", channel},
                     {"status", status},
                     {"store_id", storeId},
                     {"currency", "EUR"},
                     {"created_at", createdAt},
                     {"refunded_amount", 0},
                     {"lines", QJsonArray{QJsonObject{{"sku", "MUG-1"},
                                                      {"name", "Mug"},
                                                      {"qty_milli", 2000},
                                                      {"unit_price", total / 2},
                                                      {"discount", 0},
                                                      {"tax", 0},
                                                      {"total", total}}}},
                     {"payments", QJsonArray{QJsonObject{{"method", "card"}, {"amount", total}}}},
                     {"totals", QJsonObject{{"subtotal", total}, {"discount", 0}, {"tax", 0}, {"total", total}}},
                     {"history", QJsonArray{QJsonObject{{"kind", "created"}, {"status", status}, {"at", createdAt}}}}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        data.insert(it.key(), it.value());
    return data;
}

} // namespace

// The office's orders from its replica, without a server: the list's filters and sorting,
// an order's detail, and what a status change, a note and a refund queue and show at once
// (tests/sync/tst_backoffice_orders proves the server takes them).
class TestOrders : public QObject {
    Q_OBJECT

    tp::client::testing::TempReplica m_replica;
    tp::domain::UuidV7Generator m_ids{tp::domain::UuidV7Generator::systemClock(),
                                      tp::domain::UuidV7Generator::systemRandomSource()};
    tp::client::Outbox m_outbox{m_replica.db(), m_ids};

    bool put(qint64 seq, const QString& entity, const QJsonObject& data) {
        auto change = tp::client::FeedChange::fromJson(
            tp::client::testing::upsert(seq, entity, data.value("id").toString(), data));
        return change.ok() && tp::client::ChangeApplier(m_replica.db()).apply(*change).ok();
    }

    QStringList numbers(OrderListModel& list) {
        QStringList found;
        for (int row = 0; row < list.rowCount(); ++row)
            found << list.index(row, OrderListModel::Number).data().toString();
        return found;
    }

private slots:
    void initTestCase() {
        QVERIFY(put(1, "store", QJsonObject{{"id", "s-berlin"}, {"name", "Berlin"}, {"currency", "EUR"}}));
        QVERIFY(put(2, "store", QJsonObject{{"id", "s-web"}, {"name", "Web shop"}, {"currency", "EUR"}}));
        QVERIFY(put(
            3, "customer",
            QJsonObject{
                {"id", "c-ada"}, {"name", "Ada Lovelace"}, {"email", "ada@example.com"}, {"phone", "+49 30 1234567"}}));
        QVERIFY(put(4, "order",
                    order("o-1", "B1-000101", "pos", "completed", "s-berlin", "2026-11-02T09:15:00.000Z", 2580,
                          {{"customer_id", "c-ada"}})));
        QVERIFY(put(5, "order",
                    order("o-2", "W-000007", "online", "paid", "s-web", "2026-11-10T18:40:00.000Z", 4990,
                          {{"email", "grace@example.org"}})));
        QVERIFY(put(6, "order",
                    order("o-3", "B1-000102", "pos", "completed", "s-berlin", "2026-11-20T12:00:00.000Z", 990)));
    }

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
