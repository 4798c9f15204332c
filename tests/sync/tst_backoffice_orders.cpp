#include <QTemporaryDir>
#include <QTest>

#include "ApiTestServer.h"
#include "OfficeReplica.h"
#include "SyncTestSupport.h"
#include "models/orders/OrderActions.h"
#include "models/orders/OrderListModel.h"
#include "models/orders/OrderView.h"

using tp::backoffice::OrderListModel;
using tp::backoffice::OrderView;
using tp::test::ApiResponse;
using tp::test::ApiTestServer;

// Orders rung at a register reach the office through the feed; the office refunds one in
// part and notes why, offline first; the server takes both and its copy comes back.
class TestBackofficeOrders : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    QTemporaryDir m_dir;
    std::string m_saleId;

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("orders");
        const ApiResponse mug = m_server.post(
            "/api/v1/products", R"({"sku":"MUG-1","name":"Mug","price":{"amount":1290,"currency":"EUR"}})",
            m_shop.ownerToken);
        QVERIFY2(mug.status == 201, mug.body.c_str());
        const std::string customerId = tp::test::newClientId();
        auto customer = tp::test::pushOne(m_server, m_shop.ownerToken, "customer.upsert",
                                          R"({"id":")" + customerId +
                                              R"(","name":"Ada Lovelace","email":"ada@example.com",)"
                                              R"("phone":"+49 30 1234567"})");
        QCOMPARE(tp::test::statusOf(customer), std::string("applied"));
        const std::string device = tp::test::enrolDevice(m_server, m_shop, m_shop.mainStoreId);
        m_saleId = tp::test::newClientId();
        auto sale = tp::test::pushOne(m_server, device, "order.create",
                                      tp::test::oneLineOrder(m_saleId, "R1-000001", m_shop.mainStoreId, "MUG-1", 1290,
                                                             2000, R"([{"method":"card","amount":2580}])", customerId));
        QCOMPARE(tp::test::statusOf(sale), std::string("applied"));
        auto cash = tp::test::pushOne(
            m_server, device, "order.create",
            tp::test::oneLineOrder(tp::test::newClientId(), "R1-000002", m_shop.mainStoreId, "MUG-1", 1290, 1000));
        QCOMPARE(tp::test::statusOf(cash), std::string("applied"));
    }

    void aSaleFromTheTillIsRefundedInPartAndNotedInTheOffice() {
        tp::test::OfficeReplica office(m_dir.filePath(QStringLiteral("office.db")),
                                       QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port())),
                                       QString::fromStdString(m_shop.ownerToken));
        QVERIFY(office.isOpen());
        auto& db = office.db;
        auto& ids = office.ids;
        auto& outbox = office.outbox;
        const auto pull = [&office] {
            return office.pull();
        };
        QVERIFY(pull());

        OrderListModel list(db);
        QVERIFY(list.reload().ok());
        QCOMPARE(list.rowCount(), 2);
        list.setFilter({{}, {}, {}, {}, {}, QStringLiteral("ada@")});
        QVERIFY(list.reload().ok());
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.index(0, OrderListModel::Customer).data().toString(), QStringLiteral("Ada Lovelace"));
        const QString saleId = list.orderId(0);
        QCOMPARE(saleId, QString::fromStdString(m_saleId));

        auto sale = OrderView::load(db, saleId);
        QVERIFY(sale.ok());
        QCOMPARE(sale->total, 2580);
        tp::backoffice::OrderActions actions(outbox, ids);
        QVERIFY(actions.addNote(*sale, QStringLiteral("One mug arrived chipped; refunded to the card.")).ok());
        sale = OrderView::load(db, saleId);
        auto refunded = actions.refund(*sale, {{0, 1000}}, QStringLiteral("card"), QStringLiteral("chipped"), false);
        QVERIFY2(refunded.ok(), refunded.ok() ? "" : refunded.error().message.c_str());

        QVERIFY2(office.upload(), qPrintable(office.firstRefusal()));

        const ApiResponse stored = m_server.get("/api/v1/orders/" + m_saleId, m_shop.ownerToken);
        QVERIFY2(stored.status == 200, stored.body.c_str());
        const auto order = stored.json->getObject("order");
        QCOMPARE(order->getValue<std::string>("status"), std::string("partially_refunded"));
        QCOMPARE(order->getValue<long long>("refunded_amount"), 1290LL);

        // The server's copy replaces the office's: the same story, nothing pending any more.
        QVERIFY(pull());
        auto confirmed = OrderView::load(db, saleId);
        QCOMPARE(confirmed->status, QStringLiteral("partially_refunded"));
        QCOMPARE(confirmed->refunded, 1290);
        // (The server orders the history by when things happened: a refund by when it was made
        // here, a note by when it arrived.)
        QMap<QString, tp::backoffice::OrderEventView> byKind;
        for (const auto& event : confirmed->history) {
            byKind.insert(event.kind, event);
            QVERIFY(!event.pending);
        }
        QCOMPARE(byKind.keys(), (QStringList{"created", "note", "refund"}));
        QCOMPARE(byKind.value("note").text, QStringLiteral("One mug arrived chipped; refunded to the card."));
        QCOMPARE(byKind.value("refund").amount, 1290);
    }
};

QTEST_MAIN(TestBackofficeOrders)
#include "tst_backoffice_orders.moc"
