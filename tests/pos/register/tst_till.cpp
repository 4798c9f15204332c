#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "CashDrawer.h"
#include "FakeBalances.h"
#include "FeedSamples.h"
#include "RegisterTestData.h"
#include "TempReplica.h"
#include "TransportFactory.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ChangeApplier.h"
#include "domain/ids/UuidV7Generator.h"
#include "register/DrawerControl.h"
#include "register/ReceiptDesk.h"
#include "register/RegisterAudit.h"
#include "register/Till.h"

using namespace tp;
using namespace tp::pos;
using namespace tp::client;
using namespace tp::client::testing;
using tp::pos::testing::FakeBalances;

namespace {

QString code(const domain::Error& error) {
    return QString::fromStdString(error.code);
}

// What a stored value tender came to: "" when taken, else the refusal's code.
struct TenderOutcome {
    std::optional<QString> code;
    Till::TenderDone receiver() {
        return [this](const domain::Result<void>& result) {
            code = result ? QString() : QString::fromStdString(result.error().code);
        };
    }
};

} // namespace

// The till as the UI drives it: nothing is sold before a login and an open shift; a scan
// rings, tenders finish the sale by themselves, and the shift closes only with the screen
// clear. Over a replica filled through the real change applier.
class TestTill : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempReplica> m_replica;
    std::unique_ptr<domain::UuidV7Generator> m_ids;
    std::unique_ptr<Outbox> m_outbox;
    QDateTime m_now = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);

    void apply(const QJsonObject& json) {
        auto change = FeedChange::fromJson(json);
        QVERIFY(change.ok());
        QVERIFY(m_replica->db().transaction([&] { return ChangeApplier(m_replica->db()).apply(*change); }).ok());
    }

    std::unique_ptr<Till> till() {
        auto started =
            Till::start({m_replica->db(), *m_outbox, *m_ids, "berlin", "reg-1", "R1", ApprovalPolicy{}, [this] {
                             return m_now;
                         }});
        if (!started)
            QTest::qFail(started.error().message.c_str(), __FILE__, __LINE__);
        return started ? std::move(started).value() : nullptr;
    }

    std::unique_ptr<Till> sellingTill() {
        auto t = till();
        if (!t->logIn("cal", "4826") || !t->openShift(10000))
            QTest::qFail("logging in or opening the shift failed", __FILE__, __LINE__);
        return t;
    }

private slots:
    void init() {
        m_replica = std::make_unique<TempReplica>();
        m_ids = tp::pos::testing::newIds();
        m_outbox = std::make_unique<Outbox>(m_replica->db(), *m_ids);
        apply(upsert(1, "store", "berlin",
                     QJsonObject{{"id", "berlin"},
                                 {"name", "Berlin Mitte"},
                                 {"currency", "EUR"},
                                 {"prices_include_tax", true},
                                 {"tax_rates", QJsonObject{{"standard", 1900}}}}));
        QJsonObject shirt = productData("p1", "TS", "T-Shirt", 1999, {"4006381333931"});
        shirt.insert("tax_class", "standard");
        apply(upsert(2, "product", "p1", shirt));
        QJsonObject mug = productData("p2", "MUG", "Mug", 900, {});
        mug.insert("tax_class", "standard");
        apply(upsert(3, "product", "p2", mug));
        apply(upsert(4, "register_staff", "cal",
                     QJsonObject{{"id", "cal"},
                                 {"email", "cal@shop.example"},
                                 {"role", "cashier"},
                                 {"status", "active"},
                                 {"pin_hash", tp::pos::testing::kPinHash4826}}));
        apply(upsert(5, "register_staff", "mia",
                     QJsonObject{{"id", "mia"},
                                 {"email", "mia@shop.example"},
                                 {"role", "manager"},
                                 {"status", "active"},
                                 {"pin_hash", tp::pos::testing::kPinHash1397}}));
    }

    void cleanup() {
        m_outbox.reset();
        m_ids.reset();
        m_replica.reset();
    }

    void aTillNeedsItsStoreFromTheFeed() {
        auto started =
            Till::start({m_replica->db(), *m_outbox, *m_ids, "hamburg", "reg-1", "R1", ApprovalPolicy{}, [this] {
                             return m_now;
                         }});
        QVERIFY(!started.ok());
        QCOMPARE(code(started.error()), QStringLiteral("store_unknown"));
    }

    void nothingIsSoldBeforeALoginAndAnOpenShift() {
        auto t = till();
        QCOMPARE(code(t->scan("TS").error()), QStringLiteral("not_logged_in"));
        QCOMPARE(code(t->logIn("cal", "0000").error()), QStringLiteral("pin_wrong"));
        QSignalSpy sessions(t.get(), &Till::sessionChanged);
        QVERIFY(t->logIn("cal", "4826").ok());
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(t->session()->name, QStringLiteral("cal@shop.example"));
        QCOMPARE(code(t->scan("TS").error()), QStringLiteral("no_open_shift"));
        QVERIFY(t->openShift(10000).ok());
        QVERIFY(t->scan("TS").ok());
        t->logOut();
        QCOMPARE(code(t->scan("TS").error()), QStringLiteral("not_logged_in"));
        QCOMPARE(t->sale().lines().size(), 1); // the sale waits for the next person
    }

    void tendersFinishTheSaleByThemselves() {
        auto t = sellingTill();
        QSignalSpy recorded(t.get(), &Till::saleRecorded);
        QVERIFY(t->scan("4006381333931").ok());
        QVERIFY(t->scan(" 4006381333931 ").ok()); // the scanner's stray space
        QVERIFY(t->scan("MUG").ok());
        QCOMPARE(code(t->scan("NOPE").error()), QStringLiteral("item_not_found"));
        QCOMPARE(t->sale().lines().size(), 2);
        QCOMPARE(*t->sale().due(), 2 * 1999 + 900);
        QVERIFY(t->payCard(2000, "TERM-7").ok());
        QCOMPARE(recorded.size(), 0);
        auto change = t->payCash(5000);
        QVERIFY(change.ok());
        QCOMPARE(*change, 5000 - (4898 - 2000));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(t->lastSale()->number, QStringLiteral("R1-000001"));
        QVERIFY(t->sale().isEmpty());
        auto queued = m_outbox->oldest(10);
        QCOMPARE(queued->size(), 1);
        QCOMPARE(queued->first().type, QStringLiteral("order.create"));
        QCOMPARE(queued->first().data.value("shift_id").toString(), t->shift()->id);
    }

    void scaleLabelsRingTheirWeightOrPrice() {
        // Cheese at 24.90/kg, catalogued with its scale code (value digits zero); olives by
        // their PLU as the sku, priced on the label.
        QJsonObject cheese = productData("p3", "CHEESE", "Mountain cheese", 2490, {"2112345000008"});
        cheese.insert("tax_class", "standard");
        apply(upsert(6, "product", "p3", cheese));
        QJsonObject olives = productData("p4", "54321", "Olives", 999, {});
        olives.insert("tax_class", "standard");
        apply(upsert(7, "product", "p4", olives));
        auto t = sellingTill();
        QVERIFY(t->scan("2112345007502").ok()); // 0.750 kg
        QCOMPARE(t->sale().lines().at(0).qtyMilli, 750);
        QCOMPARE(t->sale().lines().at(0).item.sku, QStringLiteral("CHEESE"));
        QVERIFY(t->scan("2354321012999").ok()); // a tub priced 12.99 on its label
        QCOMPARE(t->sale().lines().at(1).item.unitPrice, 1299);
        QCOMPARE(t->sale().lines().at(1).qtyMilli, 1000);
        QCOMPARE(t->sale().priced()->totals.total, 1868 + 1299); // 0.750 × 24.90 = 18.675 → 18.68
        const auto unknown = t->scan("2111111005001");
        QCOMPARE(code(unknown.error()), QStringLiteral("item_not_found"));
        QVERIFY(QString::fromStdString(unknown.error().message).contains("11111"));
    }

    void aDiscountBeyondTheCashiersLimitWaitsForAManager() {
        auto t = sellingTill();
        QVERIFY(t->scan("TS").ok());
        QCOMPARE(code(t->setLineDiscount(0, domain::Discount::percent(2000)).error()),
                 QStringLiteral("approval_required"));
        QCOMPARE(code(t->approve("cal", "4826", "friend").error()), QStringLiteral("approver_not_manager"));
        auto approval = t->approve("mia", "1397", "damaged seam");
        QVERIFY(approval.ok());
        QVERIFY(t->setLineDiscount(0, domain::Discount::percent(2000), *approval).ok());
        QCOMPARE(t->sale().priced()->totals.total, 1599);
    }

    void aReturnWithoutReceiptNeedsAManagerAndPaysOutCash() {
        auto t = sellingTill();
        QCOMPARE(code(t->returnWithoutReceipt("MUG", 1000).error()), QStringLiteral("approval_required"));
        QVERIFY(t->sale().isEmpty());
        auto approval = t->approve("mia", "1397", "broken in the box, no receipt");
        QVERIFY(approval.ok());
        QVERIFY(t->returnWithoutReceipt("MUG", 1000, *approval).ok());
        QCOMPARE(*t->sale().due(), -900);
        QCOMPARE(code(t->payCash(1000).error()), QStringLiteral("nothing_due"));
        auto paidOut = t->refundCash();
        QVERIFY(paidOut.ok());
        QCOMPARE(*paidOut, 900);
        QVERIFY(t->sale().isEmpty());
        auto queued = m_outbox->oldest(10);
        QCOMPARE(queued->size(), 1);
        const QJsonObject order = queued->first().data;
        QCOMPARE(order.value("totals").toObject().value("total").toInteger(), -900);
        QCOMPARE(order.value("payments").toArray().first().toObject().value("amount").toInteger(), -900);
        QCOMPARE(order.value("lines").toArray().first().toObject().value("qty_milli").toInteger(), -1000);
    }

    void anExchangeIsOneTicket() {
        auto t = sellingTill();
        auto approval = t->approve("mia", "1397", "wrong size");
        QVERIFY(t->returnWithoutReceipt("MUG", 1000, *approval).ok());
        QVERIFY(t->scan("TS").ok());
        QCOMPARE(*t->sale().due(), 1999 - 900);
        QVERIFY(t->payCash(1099).ok());
        QVERIFY(t->lastSale().has_value());
        QVERIFY(t->sale().isEmpty());
    }

    // A crash (no orderly exit: the till is never destroyed) loses nothing rung: the open sale
    // and the card payment already approved come back; a recorded, parked or voided sale does
    // not come back to be sold twice.
    // The feed's coupon entity as the server writes it.
    static QJsonObject couponData(const QString& id, const QString& couponCode, const QJsonObject& rules) {
        QJsonObject json{{"id", id},
                         {"code", couponCode},
                         {"name", couponCode},
                         {"type", "fixed"},
                         {"value", 500},
                         {"currency", "EUR"},
                         {"status", "active"},
                         {"minimum_order", 0},
                         {"skus", QJsonArray{}},
                         {"category_ids", QJsonArray{}}};
        for (auto it = rules.begin(); it != rules.end(); ++it)
            json.insert(it.key(), it.value());
        return json;
    }

    void aCouponIsScannedOrTypedAndItsUsesCountOffline() {
        apply(upsert(6, "coupon", "cp1", couponData("cp1", "ONCE5", {{"max_redemptions", 1}})));
        auto t = sellingTill();
        QVERIFY(t->scan("TS").ok());
        QVERIFY(t->scan(" once5 ").ok()); // a printed coupon's barcode: no item, so the coupon
        QCOMPARE(t->sale().coupon()->code, QStringLiteral("ONCE5"));
        QCOMPARE(*t->sale().due(), 1999 - 500);
        QVERIFY(t->payCash(2000).ok());
        auto queued = m_outbox->oldest(10);
        QCOMPARE(queued->size(), 1);
        const QJsonObject used = queued->first().data.value("coupon").toObject();
        QCOMPARE(used.value("code").toString(), QStringLiteral("ONCE5"));
        QCOMPARE(used.value("discount").toInteger(), 500);
        auto audited = m_replica->db().select(
            QStringLiteral("SELECT json_extract(detail, '$.code') FROM register_audit WHERE event = 'coupon_applied'"));
        QCOMPARE(audited->size(), 1);
        QCOMPARE(audited->first().at(0).toString(), QStringLiteral("ONCE5"));

        // Still offline, the next customer: the one use is gone on this till.
        QVERIFY(t->scan("MUG").ok());
        auto again = t->applyCoupon("ONCE5");
        QCOMPARE(code(again.error()), QStringLiteral("coupon_exhausted"));
        QVERIFY(!QString::fromStdString(again.error().message).isEmpty());
        QCOMPARE(code(t->applyCoupon("NOSUCH").error()), QStringLiteral("coupon_unknown"));
        QCOMPARE(code(t->scan("NOSUCH").error()), QStringLiteral("item_not_found"));
        QCOMPARE(*t->sale().due(), 900);
    }

    void aCouponForOncePerCustomerFollowsTheCustomerAttached() {
        apply(upsert(6, "coupon", "cp2", couponData("cp2", "WELCOME", {{"max_redemptions_per_customer", 1}})));
        // Anna used it at another till already; the server told this one.
        apply(
            upsert(7, "coupon_redemption", "o-elsewhere",
                   QJsonObject{
                       {"order_id", "o-elsewhere"}, {"coupon_id", "cp2"}, {"customer_id", "anna"}, {"discount", 500}}));
        auto t = sellingTill();
        QVERIFY(t->scan("TS").ok());
        QCOMPARE(code(t->applyCoupon("WELCOME").error()), QStringLiteral("coupon_requires_customer"));
        QVERIFY(t->attachCustomer(CustomerCard{"bert", "Bert", {}, {}}).ok());
        QVERIFY(t->applyCoupon("WELCOME").ok());
        QCOMPARE(*t->sale().due(), 1499);
        QSignalSpy notices(t.get(), &Till::notice);
        QVERIFY(t->attachCustomer(CustomerCard{"anna", "Anna", {}, {}}).ok());
        QCOMPARE(notices.size(), 1);
        QVERIFY(!t->sale().coupon());
        QCOMPARE(*t->sale().due(), 1999);
        QVERIFY(t->removeCoupon().error().code == "no_coupon");
    }

    void aGiftCardPaysWhenTheServerSaysItHoldsEnough() {
        auto t = sellingTill();
        FakeBalances balances;
        t->setBalanceCheck(&balances, 0);
        QVERIFY(t->scan("TS").ok());
        balances.answer = FakeBalances::known(1000);
        TenderOutcome tooLittle;
        t->payGiftCard("gift 1234 5678", 1500, tooLittle.receiver());
        QCOMPARE(*tooLittle.code, QStringLiteral("balance_too_low"));
        QCOMPARE(balances.asked, QStringList{"GIFT12345678"});
        TenderOutcome blocked;
        balances.answer = FakeBalances::known(5000, false);
        t->payGiftCard("GIFT12345678", 1500, blocked.receiver());
        QCOMPARE(*blocked.code, QStringLiteral("gift_card_disabled"));
        TenderOutcome unknown;
        balances.answer = BalanceAnswer{BalanceAnswer::Kind::NotFound, 0, {}, true, {}};
        t->payGiftCard("NOPE", 1500, unknown.receiver());
        QCOMPARE(*unknown.code, QStringLiteral("gift_card_unknown"));

        balances.answer = FakeBalances::known(1000);
        TenderOutcome part;
        t->payGiftCard("gift 1234 5678", 1000, part.receiver());
        QCOMPARE(*part.code, QString());
        QCOMPARE(*t->sale().due(), 999);
        QVERIFY(t->payCash(1000).ok());
        auto queued = m_outbox->oldest(10);
        const QJsonArray payments = queued->first().data.value("payments").toArray();
        QCOMPARE(payments.size(), 2);
        QCOMPARE(payments.at(0).toObject().value("method").toString(), QStringLiteral("gift_card"));
        QCOMPARE(payments.at(0).toObject().value("reference").toString(), QStringLiteral("GIFT12345678"));
        QCOMPARE(payments.at(0).toObject().value("amount").toInteger(), 1000);

        // Still offline: the server says 1000 is on the card, but this till's waiting sale took
        // it all; the next customer cannot spend it again.
        QVERIFY(t->scan("MUG").ok());
        TenderOutcome again;
        t->payGiftCard("GIFT12345678", 500, again.receiver());
        QCOMPARE(*again.code, QStringLiteral("balance_too_low"));
        QVERIFY(t->sale().tenders().isEmpty());
    }

    void offlineTheShopsPolicyDecides() {
        auto t = sellingTill();
        FakeBalances balances;
        balances.answer = FakeBalances::unreachable();
        t->setBalanceCheck(&balances, 0);
        QVERIFY(t->scan("TS").ok());
        TenderOutcome refused;
        t->payGiftCard("GIFT-1", 500, refused.receiver());
        QCOMPARE(*refused.code, QStringLiteral("balance_unchecked"));
        t->setBalanceCheck(&balances, 1000); // up to 10.00 unchecked
        TenderOutcome tooMuch;
        t->payGiftCard("GIFT-1", 1500, tooMuch.receiver());
        QCOMPARE(*tooMuch.code, QStringLiteral("balance_unchecked"));
        TenderOutcome taken;
        t->payGiftCard("GIFT-1", 1000, taken.receiver());
        QCOMPARE(*taken.code, QString());
        auto audited = m_replica->db().select(QStringLiteral(
            "SELECT json_extract(detail, '$.checked'), json_extract(detail, '$.card_ends') FROM register_audit "
            "WHERE event = 'gift_card_taken'"));
        QCOMPARE(audited->size(), 1);
        QCOMPARE(audited->first().at(0).toInt(), 0);
        QCOMPARE(audited->first().at(1).toString(), QStringLiteral("FT-1"));
    }

    void anAnswerForASaleThatChangedPaysNothing() {
        auto t = sellingTill();
        FakeBalances balances;
        balances.hold = true;
        t->setBalanceCheck(&balances, 0);
        QVERIFY(t->scan("TS").ok());
        TenderOutcome late;
        t->payGiftCard("GIFT-2", 1999, late.receiver());
        QVERIFY(!late.code); // waiting for the server
        QVERIFY(t->voidSale("customer left").ok());
        QVERIFY(t->scan("MUG").ok()); // the next customer's sale
        balances.held.takeFirst()(FakeBalances::known(5000));
        QCOMPARE(*late.code, QStringLiteral("sale_changed"));
        QVERIFY(t->sale().tenders().isEmpty());
        QCOMPARE(*t->sale().due(), 900);
    }

    void storeCreditIsTheCustomersAndAReturnCanBecomeIt() {
        auto t = sellingTill();
        FakeBalances balances;
        t->setBalanceCheck(&balances, 0);
        QVERIFY(t->scan("MUG").ok());
        TenderOutcome nobody;
        t->payStoreCredit(900, nobody.receiver());
        QCOMPARE(*nobody.code, QStringLiteral("customer_required"));
        QVERIFY(balances.asked.isEmpty()); // nothing to ask without a customer
        QVERIFY(t->attachCustomer(CustomerCard{"anna", "Anna", {}, {}}).ok());
        balances.answer = FakeBalances::known(900);
        TenderOutcome paid;
        t->payStoreCredit(900, paid.receiver());
        QCOMPARE(*paid.code, QString());
        QCOMPARE(balances.asked, QStringList{"anna/EUR"});
        QVERIFY(t->sale().isEmpty()); // settled and recorded

        auto approval = t->approve("mia", "1397", "no receipt, unused");
        QVERIFY(t->returnWithoutReceipt("MUG", 1000, *approval).ok());
        QCOMPARE(code(t->refundStoreCredit().error()), QStringLiteral("customer_required"));
        QVERIFY(t->attachCustomer(CustomerCard{"anna", "Anna", {}, {}}).ok());
        auto credited = t->refundStoreCredit();
        QVERIFY(credited.ok());
        QCOMPARE(*credited, 900);
        auto queued = m_outbox->oldest(10);
        const QJsonObject giveBack = queued->last().data;
        QCOMPARE(giveBack.value("customer_id").toString(), QStringLiteral("anna"));
        const QJsonObject payment = giveBack.value("payments").toArray().first().toObject();
        QCOMPARE(payment.value("method").toString(), QStringLiteral("store_credit"));
        QCOMPARE(payment.value("amount").toInteger(), -900);
    }

    void aReceiptIsEmailedWithTheNextSync() {
        auto t = sellingTill();
        QVERIFY(t->scan("TS").ok());
        QVERIFY(t->payCash(2000).ok());
        QCOMPARE(code(t->emailReceipt({}, "anna@example.com").error()), QStringLiteral("no_receipts"));
        devices::ReceiptTemplate receiptTemplate;
        receiptTemplate.header = {QStringLiteral("Berlin Mitte")};
        ReceiptDesk desk(m_replica->db(), receiptTemplate, QLocale(QLocale::English));
        t->setReceiptDesk(&desk);
        QCOMPARE(code(t->emailReceipt({}, "anna at example").error()), QStringLiteral("invalid_email"));
        QCOMPARE(code(t->emailReceipt("R1-999999", "anna@example.com").error()), QStringLiteral("receipt_unknown"));
        QVERIFY(t->emailReceipt({}, " anna@example.com ").ok());
        auto queued = m_outbox->oldest(10);
        QCOMPARE(queued->size(), 2); // the sale first, then its e-mail
        QCOMPARE(queued->last().type, QStringLiteral("receipt.email"));
        const QJsonObject email = queued->last().data;
        QCOMPARE(email.value("order_id").toString(), queued->first().data.value("id").toString());
        QCOMPARE(email.value("email").toString(), QStringLiteral("anna@example.com"));
        QVERIFY(email.value("subject").toString().contains("R1-000001"));
        QVERIFY2(email.value("text").toString().contains("T-Shirt"), qPrintable(email.value("text").toString()));
        t->setReceiptDesk(nullptr);
    }

    void theOpenSaleOutlivesACrash() {
        auto crashed = sellingTill();
        QVERIFY(crashed->scan("TS").ok());
        QVERIFY(crashed->scan("MUG").ok());
        QVERIFY(crashed->payCard(1000, "TERM-9").ok());
        crashed.release(); // NOLINT: the process "dies" here with the till as it was

        auto restarted = till();
        QVERIFY(restarted->logIn("cal", "4826").ok());
        QCOMPARE(restarted->sale().lines().size(), 2);
        QCOMPARE(restarted->sale().tenders().size(), 1);
        QCOMPARE(restarted->sale().tenders().first().reference, QStringLiteral("TERM-9"));
        QCOMPARE(*restarted->sale().due(), 1999 + 900 - 1000);
        QVERIFY(restarted->payCash(2000).ok());
        QVERIFY(restarted->lastSale().has_value());
        restarted.release();
        QVERIFY2(till()->sale().isEmpty(), "a recorded sale never comes back");

        auto parking = till();
        QVERIFY(parking->logIn("cal", "4826").ok());
        QVERIFY(parking->scan("TS").ok());
        auto parked = parking->park("blue coat");
        QVERIFY(parked.ok());
        parking.release();
        auto afterPark = till();
        QVERIFY2(afterPark->sale().isEmpty(), "a parked sale is on the shelf, not on the till too");
        QVERIFY(afterPark->logIn("cal", "4826").ok());
        QVERIFY(afterPark->recall(*parked).ok());
        afterPark.release();
        auto afterRecall = till();
        QCOMPARE(afterRecall->sale().lines().size(), 1); // recalled: on the till, not lost
        QVERIFY(afterRecall->parked()->isEmpty());
    }

    void theDrawerOpensForCashAndEveryOpenIsAudited() {
        QTemporaryDir dir;
        const QString port = dir.filePath(QStringLiteral("printer.bin"));
        auto t = sellingTill();
        DrawerControl drawer(
            std::make_unique<devices::CashDrawer>(
                [port] { return devices::makeTransport(*devices::DeviceUri::parse(QStringLiteral("file://") + port)); },
                devices::CashDrawerConfig{}),
            t->audit());
        t->setDrawer(&drawer);
        QVERIFY(t->scan("MUG").ok());
        QVERIFY(t->payCash(1000).ok());
        QVERIFY(t->openDrawerNoSale().ok());
        const auto reasons = [this] {
            QStringList list;
            auto rows =
                m_replica->db().select(QStringLiteral("SELECT json_extract(detail, '$.reason') FROM register_audit "
                                                      "WHERE event = 'drawer_opened' ORDER BY id"));
            for (const auto& row : *rows)
                list << row.at(0).toString();
            return list;
        };
        QTRY_COMPARE_WITH_TIMEOUT(reasons(), (QStringList{"sale", "no_sale"}), 5000);
        QFile kicks(port);
        QVERIFY(kicks.open(QIODevice::ReadOnly));
        QCOMPARE(kicks.readAll().count("\x1bp"), 2); // ESC p: the drawer kick, twice
        t->setDrawer(nullptr);
    }

    void theShiftClosesWithTheScreenClear() {
        auto t = sellingTill();
        QVERIFY(t->scan("MUG").ok());
        QCOMPARE(code(t->closeShift(10000).error()), QStringLiteral("sale_in_progress"));
        auto parked = t->park("red coat");
        QVERIFY(parked.ok());
        QVERIFY(t->sale().isEmpty());
        QVERIFY(t->recall(*parked).ok());
        QCOMPARE(t->sale().lines().size(), 1);
        QCOMPARE(code(t->voidSale("").error()), QStringLiteral("reason_required"));
        QVERIFY(t->voidSale("customer left").ok());
        QSignalSpy shifts(t.get(), &Till::shiftChanged);
        auto z = t->closeShift(10000);
        QVERIFY(z.ok());
        QCOMPARE(z->overShort(), 0);
        QCOMPARE(shifts.size(), 1);
        QVERIFY(!t->shift().has_value());
        QCOMPARE(code(t->scan("MUG").error()), QStringLiteral("no_open_shift"));
        // A restarted till finds no shift open; one opened is found again after a restart.
        QVERIFY(!till()->shift().has_value());
        QVERIFY(t->openShift(5000).ok());
        QCOMPARE(till()->shift()->openingFloat, 5000);
    }
};

QTEST_GUILESS_MAIN(TestTill)
#include "tst_till.moc"
