#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <tuple>

#include <Poco/JSON/Array.h>

#include "ApiTestServer.h"
#include "FixedTokenSource.h"
#include "SyncTestSupport.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"
#include "client/sync/ChangePuller.h"
#include "client/sync/OutboxUploader.h"
#include "client/sync/RetrySchedule.h"
#include "client/sync/SyncApi.h"
#include "domain/ids/UuidV7Generator.h"
#include "register/CouponBook.h"
#include "register/CustomerBook.h"
#include "register/ItemLookup.h"
#include "register/ReceiptReturns.h"
#include "register/RegisterAudit.h"
#include "register/Sale.h"
#include "register/SaleRecorder.h"
#include "register/SaleSupervisor.h"
#include "register/ServerBalanceCheck.h"
#include "register/ShiftBook.h"
#include "register/StaffLogin.h"
#include "register/StoreProfile.h"

using tp::test::ApiResponse;
using tp::test::ApiTestServer;

namespace {

// A register of the shop's main store on the real server, enrolled: its device token, its
// replica (opened at `path`) and the sync API it talks through.
struct TillOnServer {
    tp::client::testing::FixedTokenSource token;
    tp::client::ReplicaDatabase db;
    tp::client::SyncApi api;

    TillOnServer(const ApiTestServer& server, const ApiTestServer::Tenant& shop, const QString& path)
        : token(QString::fromStdString(tp::test::enrolDevice(server, shop, shop.mainStoreId)))
        , api(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())), token) {
        if (auto opened = db.open(path); !opened)
            QTest::qFail(opened.error().message.c_str(), __FILE__, __LINE__);
    }
};

} // namespace

// A sale rung by the register's logic (apps/pos/register) from what the feed brought, made
// durable and uploaded: the real server accepts it as it is and books it with the register's
// totals and payments — over real loopback HTTP, on the run's backend. The cashier logs in
// with the PIN set through the API, and a manager approves a discount with theirs: the
// hashes the server made are checked by the register offline.
class TestRegisterSale : public QObject {
    Q_OBJECT

    // The tenant's store taxed as in Germany (prices with VAT), a point per euro, and two products: tea (reduced
    // rate, with a barcode) and a mug.
    static void stockTheShop(ApiTestServer& server, const ApiTestServer::Tenant& shop) {
        const std::string storePath = "/api/v1/stores/" + shop.mainStoreId;
        const ApiResponse store = server.get(storePath, shop.ownerToken);
        QCOMPARE(store.status, 200);
        const long long version = store.json->getObject("store")->getValue<long long>("version");
        const ApiResponse taxed = server.request(
            "PATCH", storePath,
            "{\"version\":" + std::to_string(version) +
                ",\"currency\":\"EUR\",\"prices_include_tax\":true,\"tax_rates\":{\"standard\":1900,\"reduced\":700},"
                "\"loyalty_points_per_unit\":1}",
            shop.ownerToken);
        QCOMPARE(taxed.status, 200);
        for (const char* product :
             {"{\"sku\":\"TEA\",\"name\":\"Green tea\",\"tax_class\":\"reduced\",\"barcodes\":[\"4006381333931\"],"
              "\"price\":{\"amount\":449,\"currency\":\"EUR\"}}",
              "{\"sku\":\"MUG\",\"name\":\"Mug\",\"price\":{\"amount\":1290,\"currency\":\"EUR\"}}"}) {
            const ApiResponse created = server.post("/api/v1/products", product, shop.ownerToken);
            QVERIFY2(created.status == 201, created.body.c_str());
        }
    }

    // One pull of the feed into the register's replica, to the end.
    static void pullFeed(tp::client::ReplicaDatabase& db, tp::client::SyncApi& api) {
        tp::client::ChangePuller puller(db, api);
        QSignalSpy pulled(&puller, &tp::client::ChangePuller::finished);
        QVERIFY(puller.pull());
        QVERIFY(pulled.wait(20000));
        QVERIFY(pulled.first().first().toBool());
    }

    static void upload(tp::client::OutboxUploader& uploader) {
        QSignalSpy uploaded(&uploader, &tp::client::OutboxUploader::finished);
        QVERIFY(uploader.upload(tp::client::OutboxUploader::Timing::Now));
        QVERIFY(uploaded.wait(20000));
        QVERIFY(uploaded.first().first().toBool());
    }

private slots:
    void rungSaleIsAcceptedByTheServer() {
        ApiTestServer server;
        QVERIFY2(server.start(), server.error().c_str());
        const auto shop = server.createTenant("till", "enterprise");
        stockTheShop(server, shop);

        std::map<std::string, std::string> staffIds;
        for (const auto& [email, role, pin] :
             {std::tuple<std::string, std::string, std::string>{"cal@till.example", "cashier", "4826"},
              {"mia@till.example", "manager", "1397"}}) {
            const ApiResponse added =
                server.post("/api/v1/staff",
                            "{\"email\":\"" + email + "\",\"password\":\"a long password\",\"role\":\"" + role + "\"}",
                            shop.ownerToken);
            QVERIFY2(added.status == 201, added.body.c_str());
            staffIds[role] = added.json->getObject("user")->getValue<std::string>("id");
            const ApiResponse pinSet = server.request("PUT", "/api/v1/staff/" + staffIds[role] + "/pin",
                                                      "{\"pin\":\"" + pin + "\"}", shop.ownerToken);
            QVERIFY2(pinSet.status == 200, pinSet.body.c_str());
        }

        QTemporaryDir dir;
        TillOnServer till(server, shop, dir.filePath(QStringLiteral("register.db")));
        tp::client::ReplicaDatabase& db = till.db;
        tp::client::SyncApi& api = till.api;
        pullFeed(db, api);

        // The cashier's side: scan the tea twice, type the mug's sku, pay by card and cash.
        const QString storeId = QString::fromStdString(shop.mainStoreId);
        auto profile = tp::pos::StoreProfile::load(db, storeId);
        QVERIFY2(profile.ok(), profile.ok() ? "" : profile.error().message.c_str());
        tp::pos::ItemLookup lookup(db, storeId);
        auto tea = lookup.byBarcode(QStringLiteral("4006381333931"));
        QVERIFY(tea.ok() && tea->has_value());
        auto mug = lookup.bySku(QStringLiteral("MUG"));
        QVERIFY(mug.ok() && mug->has_value());
        tp::pos::RegisterAudit audit(db);
        const auto now = [] {
            return QDateTime::currentDateTimeUtc();
        };
        tp::pos::StaffLogin staff(db, audit, now);
        QVERIFY(!staff.login(QString::fromStdString(staffIds["cashier"]), QStringLiteral("4827")).ok());
        auto cashier = staff.login(QString::fromStdString(staffIds["cashier"]), QStringLiteral("4826"));
        QVERIFY2(cashier.ok(), cashier.ok() ? "" : cashier.error().message.c_str());
        QCOMPARE(cashier->name, QStringLiteral("cal@till.example"));

        tp::pos::Sale sale(*profile);
        // The customer is made at the till; the server gets them before the sale that names them.
        tp::domain::UuidV7Generator customerIds(tp::domain::UuidV7Generator::systemClock(),
                                                tp::domain::UuidV7Generator::systemRandomSource());
        tp::client::Outbox customerOutbox(db, customerIds);
        auto customer =
            tp::pos::CustomerBook(customerOutbox, customerIds).create(QStringLiteral("Anna Berg, anna@till.example"));
        QVERIFY(customer.ok());
        sale.setCustomer(customer->id, customer->name);
        QVERIFY(sale.add(**tea).ok());
        QVERIFY(sale.add(**tea).ok());
        QVERIFY(sale.add(**mug).ok());
        tp::pos::SaleSupervisor supervisor(audit, tp::pos::ApprovalPolicy{}, now);
        const auto threeEurosOff = tp::domain::Discount::amount(300); // 23 % of the mug: a manager's matter
        QCOMPARE(QString::fromStdString(supervisor.setLineDiscount(sale, *cashier, 1, threeEurosOff).error().code),
                 QStringLiteral("approval_required"));
        auto approval = staff.approve(QString::fromStdString(staffIds["manager"]), QStringLiteral("1397"),
                                      QStringLiteral("chipped"));
        QVERIFY2(approval.ok(), approval.ok() ? "" : approval.error().message.c_str());
        QVERIFY(supervisor.setLineDiscount(sale, *cashier, 1, threeEurosOff, *approval).ok());
        const qint64 total = 449 * 2 + 990; // the mug 3.00 off
        QCOMPARE(*sale.due(), total);
        QVERIFY(sale.payCard(1000, QStringLiteral("TERM-0042")).ok());
        QCOMPARE(*sale.payCash(2000), 2000 - (total - 1000));

        tp::domain::UuidV7Generator ids(tp::domain::UuidV7Generator::systemClock(),
                                        tp::domain::UuidV7Generator::systemRandomSource());
        tp::client::Outbox outbox(db, ids);
        tp::pos::ShiftBook shifts(outbox, ids, audit, storeId, QString(), profile->currency);
        auto shift = shifts.open(*cashier, 10000, QDateTime::currentDateTimeUtc());
        QVERIFY(shift.ok());
        auto recorded = tp::pos::SaleRecorder(outbox, ids, QString(), QStringLiteral("T1"))
                            .record(sale, QDateTime::currentDateTimeUtc(), shift->id);
        QVERIFY2(recorded.ok(), recorded.ok() ? "" : recorded.error().message.c_str());
        const qint64 cashTaken = total - 1000;
        auto z = shifts.close(*cashier, 10000 + cashTaken, QDateTime::currentDateTimeUtc());
        QVERIFY2(z.ok(), z.ok() ? "" : z.error().message.c_str());
        QCOMPARE(z->overShort(), 0);

        tp::client::RetrySchedule retry(db, QStringLiteral("push"), tp::client::RetryPolicy{});
        tp::client::OutboxUploader uploader(outbox, api, retry);
        upload(uploader);
        QCOMPARE(*outbox.pendingCount(), 0);
        QCOMPARE(*outbox.needsAttentionCount(), 0); // the sale and the shift's close accepted, not rejected

        const ApiResponse order = server.get("/api/v1/orders/" + recorded->orderId.toStdString(), shop.ownerToken);
        QVERIFY2(order.status == 200, order.body.c_str());
        const auto booked = order.json->getObject("order");
        QCOMPARE(QString::fromStdString(booked->getValue<std::string>("number")), recorded->number);
        QCOMPARE(booked->getObject("totals")->getValue<long long>("total"), total);
        QCOMPARE(booked->getArray("lines")->size(), std::size_t(2));
        QCOMPARE(booked->getArray("payments")->size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(booked->getValue<std::string>("shift_id")), shift->id);
        QCOMPARE(QString::fromStdString(booked->getValue<std::string>("customer_id")), customer->id);

        // One tea comes back with the receipt: the server books the refund against the order.
        tp::pos::ReceiptReturns returns(outbox, ids, audit);
        auto receipt = returns.find(recorded->number);
        QVERIFY(receipt.ok());
        auto refunded = returns.refund(*receipt, {{0, 1000}}, QStringLiteral("wrong flavour"), *cashier, QString(),
                                       QStringLiteral("TERM-REFUND-1"), QDateTime::currentDateTimeUtc());
        QVERIFY2(refunded.ok(), refunded.ok() ? "" : refunded.error().message.c_str());
        QCOMPARE(refunded->amount, 449);
        QSignalSpy uploadedAgain(&uploader, &tp::client::OutboxUploader::finished);
        QVERIFY(uploader.upload(tp::client::OutboxUploader::Timing::Now));
        QVERIFY(uploadedAgain.wait(20000));
        QCOMPARE(*outbox.pendingCount(), 0);
        QCOMPARE(*outbox.needsAttentionCount(), 0);
        const auto afterRefund =
            server.get("/api/v1/orders/" + recorded->orderId.toStdString(), shop.ownerToken).json->getObject("order");
        QCOMPARE(QString::fromStdString(afterRefund->getValue<std::string>("status")),
                 QStringLiteral("partially_refunded"));
        QCOMPARE(afterRefund->getValue<long long>("refunded_amount"), 449LL);
        // Anna's points come back in the feed: 18.88 earned 18, the 4.49 back took 4.
        pullFeed(db, api);
        QCOMPARE(*tp::pos::CustomerBook(customerOutbox, customerIds).points(customer->id), 14);

        // A mug comes back without a receipt (a manager approves): the server books the
        // negative sale and its cash paid out, and puts the mug back on the shelf.
        tp::pos::Sale giveBack(*profile);
        auto managerYes = staff.approve(QString::fromStdString(staffIds["manager"]), QStringLiteral("1397"),
                                        QStringLiteral("no receipt, unused"));
        QVERIFY(managerYes.ok());
        QVERIFY(supervisor.addReturn(giveBack, *cashier, **mug, 1000, *managerYes).ok());
        QCOMPARE(*giveBack.refundCash(), 1290);
        auto returned = tp::pos::SaleRecorder(outbox, ids, QString(), QStringLiteral("T1"))
                            .record(giveBack, QDateTime::currentDateTimeUtc());
        QVERIFY(returned.ok());
        QSignalSpy uploadedReturn(&uploader, &tp::client::OutboxUploader::finished);
        QVERIFY(uploader.upload(tp::client::OutboxUploader::Timing::Now));
        QVERIFY(uploadedReturn.wait(20000));
        QCOMPARE(*outbox.needsAttentionCount(), 0);
        const ApiResponse returnOrder =
            server.get("/api/v1/orders/" + returned->orderId.toStdString(), shop.ownerToken);
        QCOMPARE(returnOrder.status, 200);
        QCOMPARE(returnOrder.json->getObject("order")->getObject("totals")->getValue<long long>("total"), -1290LL);
    }

    void aCouponMadeInTheOfficeIsRedeemedAtTheTill() {
        ApiTestServer server;
        QVERIFY2(server.start(), server.error().c_str());
        const auto shop = server.createTenant("coupon-till", "enterprise");
        stockTheShop(server, shop);
        const std::string couponId = tp::test::newClientId();
        const ApiResponse defined =
            tp::test::push(server, shop.ownerToken,
                           {tp::test::mutationJson(tp::test::newClientId(), "coupon.upsert",
                                                   "{\"id\":\"" + couponId +
                                                       "\",\"code\":\"TEA-TIME\",\"type\":\"percent\",\"value\":2000,"
                                                       "\"skus\":[\"TEA\"],\"max_redemptions\":1}")});
        QCOMPARE(QString::fromStdString(tp::test::resultsOf(defined)->getObject(0)->getValue<std::string>("status")),
                 QStringLiteral("applied"));

        QTemporaryDir dir;
        TillOnServer till(server, shop, dir.filePath(QStringLiteral("register.db")));
        tp::client::ReplicaDatabase& db = till.db;
        tp::client::SyncApi& api = till.api;
        pullFeed(db, api);

        // The cashier types the code the customer shows: 20 % off the tea, not the mug.
        const QString storeId = QString::fromStdString(shop.mainStoreId);
        auto profile = tp::pos::StoreProfile::load(db, storeId);
        QVERIFY(profile.ok());
        tp::pos::ItemLookup lookup(db, storeId);
        tp::pos::Sale sale(*profile);
        QVERIFY(sale.add(**lookup.byBarcode(QStringLiteral("4006381333931"))).ok());
        QVERIFY(sale.add(**lookup.bySku(QStringLiteral("MUG"))).ok());
        tp::pos::CouponBook coupons(db);
        auto coupon = coupons.find(QStringLiteral("tea-time"), QString(), QDateTime::currentDateTimeUtc());
        QVERIFY2(coupon.ok(), coupon.ok() ? "" : coupon.error().message.c_str());
        QVERIFY(sale.setCoupon(*coupon).ok());
        QCOMPARE(sale.couponDiscount(), 90); // 20 % of 4.49, rounded
        QVERIFY(sale.payCash(2000).ok());
        tp::domain::UuidV7Generator ids(tp::domain::UuidV7Generator::systemClock(),
                                        tp::domain::UuidV7Generator::systemRandomSource());
        tp::client::Outbox outbox(db, ids);
        auto recorded = tp::pos::SaleRecorder(outbox, ids, QString(), QStringLiteral("T1"))
                            .record(sale, QDateTime::currentDateTimeUtc());
        QVERIFY(recorded.ok());
        // Offline still, the one use is spent on this till.
        auto again = coupons.find(QStringLiteral("TEA-TIME"), QString(), QDateTime::currentDateTimeUtc());
        QCOMPARE(QString::fromStdString(again->checkUsable(QStringLiteral("EUR")).error().code),
                 QStringLiteral("coupon_exhausted"));

        tp::client::RetrySchedule retry(db, QStringLiteral("push"), tp::client::RetryPolicy{});
        tp::client::OutboxUploader uploader(outbox, api, retry);
        upload(uploader);
        QCOMPARE(*outbox.needsAttentionCount(), 0);
        const ApiResponse order = server.get("/api/v1/orders/" + recorded->orderId.toStdString(), shop.ownerToken);
        QVERIFY2(order.status == 200, order.body.c_str());
        QCOMPARE(order.json->getObject("order")->getArray("flags")->size(), std::size_t(0));
        QCOMPARE(order.json->getObject("order")->getObject("totals")->getValue<long long>("discount"), 90LL);
        const ApiResponse counted = server.get("/api/v1/coupons/" + couponId, shop.ownerToken);
        QCOMPARE(counted.json->getObject("coupon")->getValue<long long>("redeemed"), 1LL);

        // The server's report of the use comes back in the feed: still counted once.
        pullFeed(db, api);
        QCOMPARE(coupons.countUses(coupon->id, QString())->total, 1);
    }

    void giftCardsAndStoreCreditAreCheckedAndBookedByTheServer() {
        ApiTestServer server;
        QVERIFY2(server.start(), server.error().c_str());
        const auto shop = server.createTenant("gift-till", "enterprise");
        stockTheShop(server, shop);
        const ApiResponse issued = tp::test::push(
            server, shop.ownerToken,
            {tp::test::mutationJson(tp::test::newClientId(), "gift_card.issue",
                                    "{\"id\":\"" + tp::test::newClientId() +
                                        "\",\"code\":\"CARD-7788\",\"amount\":1000,\"currency\":\"EUR\"}")});
        QCOMPARE(QString::fromStdString(tp::test::resultsOf(issued)->getObject(0)->getValue<std::string>("status")),
                 QStringLiteral("applied"));

        QTemporaryDir dir;
        TillOnServer till(server, shop, dir.filePath(QStringLiteral("register.db")));
        tp::client::ReplicaDatabase& db = till.db;
        tp::client::SyncApi& api = till.api;
        pullFeed(db, api);

        // The till asks the real server what the card holds.
        tp::pos::ServerBalanceCheck balances(api);
        std::optional<tp::pos::BalanceAnswer> card;
        balances.giftCard(QStringLiteral("CARD-7788"), [&](const tp::pos::BalanceAnswer& answer) { card = answer; });
        QTRY_VERIFY_WITH_TIMEOUT(card.has_value(), 10000);
        QCOMPARE(int(card->kind), int(tp::pos::BalanceAnswer::Kind::Known));
        QCOMPARE(card->balance, 1000);
        QCOMPARE(card->currency, QStringLiteral("EUR"));
        std::optional<tp::pos::BalanceAnswer> none;
        balances.giftCard(QStringLiteral("NO-SUCH-CARD"), [&](const tp::pos::BalanceAnswer& answer) { none = answer; });
        QTRY_VERIFY_WITH_TIMEOUT(none.has_value(), 10000);
        QCOMPARE(int(none->kind), int(tp::pos::BalanceAnswer::Kind::NotFound));

        // A mug: 10.00 from the card, the rest in cash; then a mug back without a receipt goes
        // onto a customer's store credit.
        const QString storeId = QString::fromStdString(shop.mainStoreId);
        auto profile = tp::pos::StoreProfile::load(db, storeId);
        QVERIFY(profile.ok());
        tp::pos::ItemLookup lookup(db, storeId);
        const tp::pos::SellableItem mug = **lookup.bySku(QStringLiteral("MUG"));
        tp::domain::UuidV7Generator ids(tp::domain::UuidV7Generator::systemClock(),
                                        tp::domain::UuidV7Generator::systemRandomSource());
        tp::client::Outbox outbox(db, ids);
        tp::pos::Sale sale(*profile);
        QVERIFY(sale.add(mug).ok());
        QVERIFY(sale.payGiftCard(1000, QStringLiteral("card-7788")).ok()); // typed in small letters
        QVERIFY(sale.payCash(290).ok());
        tp::pos::SaleRecorder recorder(outbox, ids, QString(), QStringLiteral("T1"));
        QVERIFY(recorder.record(sale, QDateTime::currentDateTimeUtc()).ok());
        auto customer = tp::pos::CustomerBook(outbox, ids).create(QStringLiteral("Carl Credit"));
        QVERIFY(customer.ok());
        tp::pos::Sale giveBack(*profile);
        giveBack.setCustomer(customer->id, customer->name);
        QVERIFY(giveBack.add(mug, -1000).ok());
        QCOMPARE(*giveBack.refundStoreCredit(), 1290);
        QVERIFY(recorder.record(giveBack, QDateTime::currentDateTimeUtc()).ok());

        tp::client::RetrySchedule retry(db, QStringLiteral("push"), tp::client::RetryPolicy{});
        tp::client::OutboxUploader uploader(outbox, api, retry);
        upload(uploader);
        QCOMPARE(*outbox.needsAttentionCount(), 0);
        std::optional<tp::pos::BalanceAnswer> spent;
        balances.giftCard(QStringLiteral("CARD-7788"), [&](const tp::pos::BalanceAnswer& answer) { spent = answer; });
        QTRY_VERIFY_WITH_TIMEOUT(spent.has_value(), 10000);
        QCOMPARE(spent->balance, 0);
        std::optional<tp::pos::BalanceAnswer> credit;
        balances.storeCredit(customer->id, QStringLiteral("EUR"),
                             [&](const tp::pos::BalanceAnswer& answer) { credit = answer; });
        QTRY_VERIFY_WITH_TIMEOUT(credit.has_value(), 10000);
        QCOMPARE(int(credit->kind), int(tp::pos::BalanceAnswer::Kind::Known));
        QCOMPARE(credit->balance, 1290);
    }

    void aSaleOfOneTillComesBackAtAnother() {
        ApiTestServer server;
        QVERIFY2(server.start(), server.error().c_str());
        const auto shop = server.createTenant("two-tills", "enterprise");
        stockTheShop(server, shop);
        QTemporaryDir dir;
        tp::domain::UuidV7Generator ids(tp::domain::UuidV7Generator::systemClock(),
                                        tp::domain::UuidV7Generator::systemRandomSource());
        const tp::pos::StaffSession cashier{QStringLiteral("cal"), QStringLiteral("cal@till.example"),
                                            QStringLiteral("cashier")};
        const QString storeId = QString::fromStdString(shop.mainStoreId);

        // Till 1 sells two mugs and uploads the sale.
        TillOnServer till1(server, shop, dir.filePath(QStringLiteral("till1.db")));
        tp::client::ReplicaDatabase& db1 = till1.db;
        tp::client::SyncApi& api1 = till1.api;
        pullFeed(db1, api1);
        tp::client::Outbox outbox1(db1, ids);
        tp::pos::Sale sale(*tp::pos::StoreProfile::load(db1, storeId));
        QVERIFY(sale.add(**tp::pos::ItemLookup(db1, storeId).bySku(QStringLiteral("MUG")), 2000).ok());
        QVERIFY(sale.payCash(3000).ok());
        auto sold = tp::pos::SaleRecorder(outbox1, ids, QString(), QStringLiteral("T1"))
                        .record(sale, QDateTime::currentDateTimeUtc());
        QVERIFY(sold.ok());
        tp::client::RetrySchedule retry1(db1, QStringLiteral("push"), tp::client::RetryPolicy{});
        tp::client::OutboxUploader uploader1(outbox1, api1, retry1);
        upload(uploader1);

        // At till 2 the customer brings one mug back with the receipt.
        TillOnServer till2(server, shop, dir.filePath(QStringLiteral("till2.db")));
        tp::client::ReplicaDatabase& db2 = till2.db;
        tp::client::SyncApi& api2 = till2.api;
        pullFeed(db2, api2);
        tp::client::Outbox outbox2(db2, ids);
        tp::pos::RegisterAudit audit2(db2);
        tp::pos::ReceiptReturns returns2(outbox2, ids, audit2);
        auto found = returns2.find(sold->number);
        QVERIFY2(found.ok(), found.ok() ? "" : found.error().message.c_str());
        QCOMPARE(found->lines.first().returnableMilli(), 2000);
        auto refunded = returns2.refund(*found, {{0, 1000}}, QStringLiteral("one too many"), cashier, QString(),
                                        QString(), QDateTime::currentDateTimeUtc());
        QVERIFY(refunded.ok());
        QCOMPARE(refunded->amount, 1290);
        tp::client::RetrySchedule retry2(db2, QStringLiteral("push"), tp::client::RetryPolicy{});
        tp::client::OutboxUploader uploader2(outbox2, api2, retry2);
        upload(uploader2);
        QCOMPARE(*outbox2.needsAttentionCount(), 0);
        const auto booked =
            server.get("/api/v1/orders/" + sold->orderId.toStdString(), shop.ownerToken).json->getObject("order");
        QCOMPARE(QString::fromStdString(booked->getValue<std::string>("status")), QStringLiteral("partially_refunded"));

        // Till 1 hears of it: the other mug is all that can still come back, at either till.
        pullFeed(db1, api1);
        tp::pos::RegisterAudit audit1(db1);
        auto atTill1 = tp::pos::ReceiptReturns(outbox1, ids, audit1).find(sold->number);
        QCOMPARE(atTill1->lines.first().returnableMilli(), 1000);
        pullFeed(db2, api2);
        QCOMPARE(returns2.find(sold->number)->lines.first().returnableMilli(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestRegisterSale)
#include "tst_register_sale.moc"
