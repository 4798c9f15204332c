#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "FeedSamples.h"
#include "RegisterTestData.h"
#include "TempReplica.h"
#include "client/outbox/LocalWrite.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ChangeApplier.h"
#include "domain/ids/UuidV7Generator.h"
#include "register/CouponBook.h"

using namespace tp;
using namespace tp::pos;
using namespace tp::client;
using namespace tp::client::testing;

// The register's coupons come from the feed; their uses are every till's the server reported
// plus this till's own not yet reported, each sale counted once however both sources hold it.
class TestCouponBook : public QObject {
    Q_OBJECT

    std::unique_ptr<TempReplica> m_replica;
    std::unique_ptr<domain::UuidV7Generator> m_ids;
    std::unique_ptr<Outbox> m_outbox;
    qint64 m_seq = 0;
    const QDateTime m_now = QDateTime(QDate(2026, 5, 10), QTime(12, 0), Qt::UTC);

    void put(const QString& entity, const QString& id, const QJsonObject& data) {
        auto change = FeedChange::fromJson(upsert(++m_seq, entity, id, data));
        QVERIFY(change.ok());
        QVERIFY(m_replica->db().transaction([&] { return ChangeApplier(m_replica->db()).apply(*change); }).ok());
    }

    void redeemedElsewhere(const QString& orderId, const QString& customerId) {
        QJsonObject data{{"order_id", orderId}, {"coupon_id", "cp1"}, {"discount", 100}};
        if (!customerId.isEmpty())
            data.insert("customer_id", customerId);
        put("coupon_redemption", orderId, data);
    }

    void usedHere(const QString& orderId, const QString& customerId) {
        QVERIFY(
            m_outbox->write([&](LocalWrite& write) { CouponBook::recordUse(write, orderId, "cp1", customerId); }).ok());
    }

private slots:
    void init() {
        m_replica = std::make_unique<TempReplica>();
        m_ids = tp::pos::testing::newIds();
        m_outbox = std::make_unique<Outbox>(m_replica->db(), *m_ids);
        // Clothing > Shirts > Polos, and Kitchen beside it.
        put("category", "clothing", {{"id", "clothing"}, {"name", "Clothing"}, {"parent_id", QJsonValue::Null}});
        put("category", "shirts", {{"id", "shirts"}, {"name", "Shirts"}, {"parent_id", "clothing"}});
        put("category", "polos", {{"id", "polos"}, {"name", "Polos"}, {"parent_id", "shirts"}});
        put("category", "kitchen", {{"id", "kitchen"}, {"name", "Kitchen"}, {"parent_id", QJsonValue::Null}});
        put("coupon", "cp1",
            {{"id", "cp1"},
             {"code", "SUMMER-15"},
             {"name", "Summer clothing"},
             {"type", "percent"},
             {"value", 1500},
             {"status", "active"},
             {"minimum_order", 0},
             {"max_redemptions", 100},
             {"skus", QJsonArray{"MUG"}},
             {"category_ids", QJsonArray{"clothing"}}});
    }

    void cleanup() {
        m_outbox.reset();
        m_ids.reset();
        m_replica.reset();
    }

    void foundByItsCodeInAnyCase() {
        CouponBook book(m_replica->db());
        auto found = book.find(" summer-15 ", {}, m_now);
        QVERIFY(found.ok());
        QCOMPARE(found->id, QStringLiteral("cp1"));
        QCOMPARE(found->name, QStringLiteral("Summer clothing"));
        QCOMPARE(found->rules.value, 1500);
        QCOMPARE(found->appliedAt, m_now);
        QCOMPARE(found->rules.skus, std::vector<std::string>{"MUG"});
        auto unknown = book.find("WINTER", {}, m_now);
        QCOMPARE(QString::fromStdString(unknown.error().code), QStringLiteral("coupon_unknown"));
        QCOMPARE(QString::fromStdString(book.find("  ", {}, m_now).error().code), QStringLiteral("coupon_unknown"));
    }

    void aCategoryCouponReachesEverySubcategory() {
        auto found = CouponBook(m_replica->db()).find("SUMMER-15", {}, m_now);
        QVERIFY(found.ok());
        std::vector<std::string> scope = found->rules.categoryIds;
        std::sort(scope.begin(), scope.end());
        QCOMPARE(scope, (std::vector<std::string>{"clothing", "polos", "shirts"}));
        QVERIFY(found->rules.appliesTo("TEE", {"polos"}));
        QVERIFY(!found->rules.appliesTo("PAN", {"kitchen"}));
    }

    void usesAreEveryTillsEachSaleOnce() {
        redeemedElsewhere("o-1", "anna");
        redeemedElsewhere("o-2", {});
        usedHere("o-3", "anna"); // this till's sale, not reported yet
        usedHere("o-4", "bert");
        redeemedElsewhere("o-4", "bert"); // the server's report of this till's sale o-4
        CouponBook book(m_replica->db());
        auto anna = book.countUses("cp1", "anna");
        QVERIFY(anna.ok());
        QCOMPARE(anna->total, 4);
        QCOMPARE(anna->byThisCustomer, 2);
        QVERIFY(anna->customerKnown);
        auto walkIn = book.countUses("cp1", {});
        QCOMPARE(walkIn->total, 4);
        QCOMPARE(walkIn->byThisCustomer, 0);
        QVERIFY(!walkIn->customerKnown);
        QCOMPARE(book.find("SUMMER-15", "bert", m_now)->counts.byThisCustomer, 1);
    }

    void aCouponTheFeedCannotHaveSentIsRefusedInWords() {
        put("coupon", "cp2", {{"id", "cp2"}, {"code", "BROKEN"}, {"type", "bogo"}, {"value", 1}});
        auto broken = CouponBook(m_replica->db()).find("BROKEN", {}, m_now);
        QCOMPARE(QString::fromStdString(broken.error().code), QStringLiteral("coupon_unreadable"));
        QVERIFY(QString::fromStdString(broken.error().message).contains("BROKEN"));
    }
};

QTEST_GUILESS_MAIN(TestCouponBook)
#include "tst_couponbook.moc"
