#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>

#include "OrderSamples.h"
#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "domain/ids/UuidV7Generator.h"
#include "models/CouponEdits.h"
#include "ui/CouponsScreen.h"

// The coupons screen under QT_QPA_PLATFORM=offscreen: a coupon made in the form, a mistake
// said in words, an edit, the list filtered and sorted.
class TestCouponsScreen : public QObject {
    Q_OBJECT

    tp::client::testing::TempReplica m_replica;
    tp::domain::UuidV7Generator m_ids{tp::domain::UuidV7Generator::systemClock(),
                                      tp::domain::UuidV7Generator::systemRandomSource()};
    tp::client::Outbox m_outbox{m_replica.db(), m_ids};
    tp::backoffice::CouponEdits m_coupons{m_outbox, m_ids};
    std::unique_ptr<tp::backoffice::ui::CouponsScreen> m_screen;

    template <typename T>
    T* find(const char* name) {
        return m_screen->findChild<T*>(QString::fromLatin1(name));
    }

    void fill(const char* code, const char* value, int type) {
        find<QLineEdit>("couponCode")->setText(QString::fromLatin1(code));
        find<QComboBox>("couponType")->setCurrentIndex(type);
        find<QLineEdit>("couponValue")->setText(QString::fromLatin1(value));
    }

private slots:
    void initTestCase() {
        QVERIFY(tp::backoffice::testing::putEntity(m_replica.db(), 1, "category",
                                                   QJsonObject{{"id", "cat-kitchen"}, {"name", "Kitchen"}}));
        m_screen = std::make_unique<tp::backoffice::ui::CouponsScreen>(
            m_coupons, [] { return *tp::domain::Currency::fromCode("EUR"); });
        m_screen->resize(1280, 800);
        m_screen->show();
        m_screen->refresh();
    }

    void couponsAreMadeAndEditedInTheForm() {
        fill("summer-10", "10", 0);
        find<QLineEdit>("couponName")->setText(QStringLiteral("Summer sale"));
        find<QLineEdit>("couponMinimum")->setText(QStringLiteral("50"));
        find<QLineEdit>("couponMaxUses")->setText(QStringLiteral("100"));
        auto* categories = find<QListWidget>("couponCategories");
        QCOMPARE(categories->count(), 1);
        categories->item(0)->setCheckState(Qt::Checked); // kitchenware only
        QVERIFY(m_screen->save());
        auto* table = find<QTableWidget>("coupons");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, tp::backoffice::ui::CouponsScreen::Code)->text(), QStringLiteral("SUMMER-10"));
        QCOMPARE(table->item(0, tp::backoffice::ui::CouponsScreen::Value)->text(), QStringLiteral("10 %"));
        const QJsonObject data = m_outbox.oldest(10)->last().data;
        QCOMPARE(data.value("value").toInteger(), 1000);
        QCOMPARE(data.value("minimum_order").toInteger(), 5000);
        QCOMPARE(data.value("max_redemptions").toInteger(), 100);
        QCOMPARE(data.value("category_ids").toArray(), QJsonArray{"cat-kitchen"});

        m_screen->newCoupon();
        fill("FIVE-OFF", "5.00", 1);
        find<QLineEdit>("couponMaxPerCustomer")->setText(QStringLiteral("zero"));
        QVERIFY(!m_screen->save());
        QVERIFY(find<QLabel>("couponMessage")->text().contains(QLatin1String("whole number")));
        find<QLineEdit>("couponMaxPerCustomer")->setText(QStringLiteral("1"));
        QVERIFY(m_screen->save());
        QCOMPARE(table->rowCount(), 2);

        m_screen->newCoupon();
        fill("summer-10", "15", 0); // the code is taken
        QVERIFY(!m_screen->save());
        QVERIFY(!find<QLabel>("couponMessage")->text().isEmpty());

        // Archive the five off.
        table->sortItems(tp::backoffice::ui::CouponsScreen::Code, Qt::AscendingOrder);
        table->setCurrentCell(0, 0);
        QCOMPARE(find<QLineEdit>("couponCode")->text(), QStringLiteral("FIVE-OFF"));
        find<QComboBox>("couponStatus")->setCurrentIndex(1);
        QVERIFY(m_screen->save());
        find<QLineEdit>("couponFilter")->setText(QStringLiteral("five"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, tp::backoffice::ui::CouponsScreen::Status)->text(), QStringLiteral("Archived"));
        QCOMPARE(*m_outbox.pendingCount(), 3);
    }
};

QTEST_MAIN(TestCouponsScreen)
#include "tst_couponsscreen.moc"
