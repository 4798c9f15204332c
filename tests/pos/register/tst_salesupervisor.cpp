#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "TempReplica.h"
#include "register/RegisterAudit.h"
#include "register/Sale.h"
#include "register/SaleSupervisor.h"

using namespace tp;
using namespace tp::pos;
using namespace tp::client::testing;

// Discounts and price overrides under the approval policy: what a cashier may do alone, what
// needs a manager's approval, and the audit of both names and the reason.
class TestSaleSupervisor : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempReplica> m_replica;
    std::unique_ptr<RegisterAudit> m_audit;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 22), QTime(10, 30), Qt::UTC);
    const StaffSession m_cashier{"cal", "cal@shop.example", "cashier"};
    const StaffSession m_manager{"mia", "mia@shop.example", "manager"};

    static StoreProfile store() {
        return *StoreProfile::fromJson("berlin", QJsonObject{{"currency", "EUR"},
                                                             {"prices_include_tax", true},
                                                             {"tax_rates", QJsonObject{{"standard", 1900}}}});
    }

    static Sale saleOf(std::initializer_list<std::pair<QString, qint64>> items) {
        Sale sale(store());
        for (const auto& [sku, price] : items)
            if (!sale.add(
                    SellableItem{sku + "-v", sku + "-p", sku, "Item " + sku, "standard", price, "EUR", {}, {}, 0}))
                QTest::qFail("ringing the test's item failed", __FILE__, __LINE__);
        return sale;
    }

    SaleSupervisor supervisor(ApprovalPolicy policy = {}) {
        return SaleSupervisor(*m_audit, policy, [this] { return m_now; });
    }

    Approval approval(const QString& reason = "loyal customer") const {
        return Approval{"mia", "mia@shop.example", reason, m_now};
    }

    struct AuditEntry {
        QString event;
        QJsonObject detail;
    };
    QList<AuditEntry> audited() {
        auto rows = m_replica->db().select(QStringLiteral("SELECT event, detail FROM register_audit ORDER BY id"));
        QList<AuditEntry> entries;
        for (const auto& row : *rows)
            entries << AuditEntry{row.at(0).toString(),
                                  QJsonDocument::fromJson(row.at(1).toString().toUtf8()).object()};
        return entries;
    }

    static QString code(const domain::Result<void>& result) {
        return result.ok() ? QString() : QString::fromStdString(result.error().code);
    }

private slots:
    void init() {
        m_replica = std::make_unique<TempReplica>();
        m_audit = std::make_unique<RegisterAudit>(m_replica->db());
    }

    void cleanup() {
        m_audit.reset();
        m_replica.reset();
    }

    void aCashierDiscountsUpToTheLimitAlone() {
        Sale sale = saleOf({{"SHIRT", 2000}});
        auto rules = supervisor();
        QVERIFY(rules.setLineDiscount(sale, m_cashier, 0, domain::Discount::percent(1000)).ok());
        QVERIFY(rules.setLineDiscount(sale, m_cashier, 0, domain::Discount::amount(200)).ok()); // 10 % as money
        QCOMPARE(sale.priced()->totals.total, 1800);
        QVERIFY2(audited().isEmpty(), "an ordinary discount is not an audit matter");
    }

    void moreNeedsAManagerAndTheRefusalChangesNothing() {
        Sale sale = saleOf({{"SHIRT", 2000}, {"MUG", 900}});
        auto rules = supervisor();
        const auto refused = rules.setLineDiscount(sale, m_cashier, 0, domain::Discount::amount(201));
        QCOMPARE(code(refused), QStringLiteral("approval_required"));
        QVERIFY2(QString::fromStdString(refused.error().message).contains("10"), refused.error().message.c_str());
        QVERIFY(sale.lines().at(0).discount.isNone());
        QCOMPARE(code(rules.setTicketDiscount(sale, m_cashier, domain::Discount::percent(1500))),
                 QStringLiteral("approval_required"));
        QVERIFY(sale.ticketDiscount().isNone());
        QCOMPARE(sale.priced()->totals.total, 2900);
        QVERIFY(audited().isEmpty());
    }

    void anApprovedDiscountIsAuditedWithBothNamesAndTheReason() {
        Sale sale = saleOf({{"SHIRT", 2000}});
        auto rules = supervisor();
        QVERIFY(rules.setLineDiscount(sale, m_cashier, 0, domain::Discount::percent(2500), approval()).ok());
        QCOMPARE(sale.priced()->totals.total, 1500);
        const auto entries = audited();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].event, QStringLiteral("approved"));
        const QJsonObject& detail = entries[0].detail;
        QCOMPARE(detail.value("action").toString(), QStringLiteral("line_discount"));
        QCOMPARE(detail.value("by").toObject().value("name").toString(), QStringLiteral("cal@shop.example"));
        QCOMPARE(detail.value("approved_by").toObject().value("name").toString(), QStringLiteral("mia@shop.example"));
        QCOMPARE(detail.value("approval_reason").toString(), QStringLiteral("loyal customer"));
        QCOMPARE(detail.value("amount_off").toInteger(), 500);
        QCOMPARE(detail.value("share_bp").toInteger(), 2500);
        QCOMPARE(detail.value("line").toObject().value("sku").toString(), QStringLiteral("SHIRT"));
    }

    void aTicketDiscountIsMeasuredAgainstWhatIsLeftAfterLineDiscounts() {
        Sale sale = saleOf({{"SHIRT", 2000}, {"MUG", 1000}});
        auto rules = supervisor();
        QVERIFY(rules.setLineDiscount(sale, m_cashier, 1, domain::Discount::amount(100)).ok());
        // 290 off 2,900 is exactly 10 %: allowed; 291 is not.
        QCOMPARE(code(rules.setTicketDiscount(sale, m_cashier, domain::Discount::amount(291))),
                 QStringLiteral("approval_required"));
        QVERIFY(rules.setTicketDiscount(sale, m_cashier, domain::Discount::amount(290)).ok());
        QCOMPARE(sale.priced()->totals.total, 2610);
    }

    void managersAndOwnersNeedNobody() {
        Sale sale = saleOf({{"SHIRT", 2000}});
        auto rules = supervisor();
        QVERIFY(rules.setLineDiscount(sale, m_manager, 0, domain::Discount::percent(5000)).ok());
        QVERIFY(rules
                    .setTicketDiscount(sale, StaffSession{"own", "own@shop.example", "owner"},
                                       domain::Discount::amount(300))
                    .ok());
        QCOMPARE(sale.priced()->totals.total, 700);
        QVERIFY(audited().isEmpty());
    }

    void everyPriceOverrideIsAuditedAndALowerOneNeedsAManager() {
        Sale sale = saleOf({{"SHIRT", 2000}, {"MUG", 900}});
        auto rules = supervisor();
        QCOMPARE(code(rules.overridePrice(sale, m_cashier, 0, 1500, "price match")),
                 QStringLiteral("approval_required"));
        QCOMPARE(sale.lines().at(0).item.unitPrice, 2000);
        QCOMPARE(code(rules.overridePrice(sale, m_cashier, 0, 1500, "  ", approval())),
                 QStringLiteral("reason_required"));

        QVERIFY(rules.overridePrice(sale, m_cashier, 1, 950, "gift box").ok()); // dearer: no manager
        QVERIFY(
            rules.overridePrice(sale, m_cashier, 0, 1500, "price match", approval("matches the shop opposite")).ok());
        QCOMPARE(sale.lines().at(0).item.unitPrice, 1500);
        QCOMPARE(*sale.lines().at(0).listPrice, 2000);
        QCOMPARE(sale.lines().at(0).overrideReason, QStringLiteral("price match"));
        QCOMPARE(sale.priced()->totals.total, 2450);

        const auto entries = audited();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].event, QStringLiteral("price_override"));
        QCOMPARE(entries[0].detail.value("price").toInteger(), 950);
        QCOMPARE(entries[0].detail.value("list_price").toInteger(), 900);
        QVERIFY(!entries[0].detail.contains("approved_by"));
        QCOMPARE(entries[1].event, QStringLiteral("approved"));
        QCOMPARE(entries[1].detail.value("action").toString(), QStringLiteral("price_override"));
        QCOMPARE(entries[1].detail.value("override_reason").toString(), QStringLiteral("price match"));
        QCOMPARE(entries[1].detail.value("approval_reason").toString(), QStringLiteral("matches the shop opposite"));
        QCOMPARE(entries[1].detail.value("approved_by").toObject().value("id").toString(), QStringLiteral("mia"));
        QCOMPARE(entries[1].detail.value("by").toObject().value("id").toString(), QStringLiteral("cal"));
    }

    void aSecondOverrideIsMeasuredFromTheCataloguePrice() {
        ApprovalPolicy policy;
        policy.cashierPriceCutLimit = 2000; // a cashier may take up to 20 % off
        Sale sale = saleOf({{"SHIRT", 2000}});
        auto rules = supervisor(policy);
        QVERIFY(rules.overridePrice(sale, m_cashier, 0, 1700, "scuffed").ok()); // 15 %
        // Another 15 % from 1,700 is 27.75 % off the catalogue's 2,000: over the limit.
        QCOMPARE(code(rules.overridePrice(sale, m_cashier, 0, 1445, "scuffed badly")),
                 QStringLiteral("approval_required"));
        QCOMPARE(sale.lines().at(0).item.unitPrice, 1700);
        QCOMPARE(*sale.lines().at(0).listPrice, 2000);
        // Back to the catalogue's price: no override left on the line.
        QVERIFY(rules.overridePrice(sale, m_cashier, 0, 2000, "mistake").ok());
        QVERIFY(!sale.lines().at(0).listPrice.has_value());
    }

    void anOverriddenPriceSurvivesParkingAsJson() {
        Sale sale = saleOf({{"SHIRT", 2000}});
        QVERIFY(sale.overridePrice(0, 1800, "price match").ok());
        auto back = Sale::fromJson(store(), sale.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->lines().at(0).item.unitPrice, 1800);
        QCOMPARE(*back->lines().at(0).listPrice, 2000);
        QCOMPARE(back->lines().at(0).overrideReason, QStringLiteral("price match"));
    }
};

QTEST_GUILESS_MAIN(TestSaleSupervisor)
#include "tst_salesupervisor.moc"
