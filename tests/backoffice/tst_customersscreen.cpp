#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "OrderSamples.h"
#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "domain/ids/UuidV7Generator.h"
#include "models/customers/CustomerActions.h"
#include "models/customers/CustomerListModel.h"
#include "models/customers/CustomerProfile.h"
#include "ui/CustomersScreen.h"

// The customers screen under QT_QPA_PLATFORM=offscreen: a customer-service search opening the
// one match, an edit, a data export and an anonymization.
class TestCustomersScreen : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    tp::client::testing::TempReplica m_replica;
    tp::domain::UuidV7Generator m_ids{tp::domain::UuidV7Generator::systemClock(),
                                      tp::domain::UuidV7Generator::systemRandomSource()};
    tp::client::Outbox m_outbox{m_replica.db(), m_ids};
    tp::backoffice::CustomerListModel m_customers{m_replica.db()};
    tp::backoffice::CustomerActions m_actions{m_outbox, m_ids};
    std::unique_ptr<tp::backoffice::ui::CustomersScreen> m_screen;

    template <typename T>
    T* find(const char* name) {
        return m_screen->findChild<T*>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase() {
        QVERIFY(tp::backoffice::testing::putSampleOrders(m_replica.db()));
        m_screen =
            std::make_unique<tp::backoffice::ui::CustomersScreen>(m_customers, m_actions, [this](const QString& id) {
                return tp::backoffice::CustomerProfile::load(m_replica.db(), id);
            });
        m_screen->resize(1280, 800);
        m_screen->show();
        m_screen->refresh();
    }

    void anOrderNumberFindsTheCustomerAndTheirHistory() {
        QTest::keyClicks(find<QLineEdit>("customerSearch"), QStringLiteral("B1-000101"));
        QCOMPARE(find<QTableView>("customers")->model()->rowCount(), 1);
        QVERIFY(m_screen->profile().has_value());
        QCOMPARE(find<QLineEdit>("customerName")->text(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(find<QTableWidget>("customerHistory")->rowCount(), 1);
        QCOMPARE(find<QTableWidget>("customerHistory")->item(0, 1)->text(), QStringLiteral("B1-000101"));
        find<QLineEdit>("customerHistoryFilter")->setText(QStringLiteral("no such thing"));
        QVERIFY(find<QTableWidget>("customerHistory")->isRowHidden(0));
        find<QLineEdit>("customerHistoryFilter")->setText(QStringLiteral("b1-0001"));
        QVERIFY(!find<QTableWidget>("customerHistory")->isRowHidden(0));
        find<QLineEdit>("customerHistoryFilter")->clear();
    }

    void detailsAreEditedExportedAndErased() {
        find<QLineEdit>("customerTags")->setText(QStringLiteral("vip, newsletter"));
        QVERIFY(m_screen->save());
        QCOMPARE(m_outbox.oldest(10)->last().type, QStringLiteral("customer.upsert"));
        QCOMPARE(m_screen->profile()->tags, (QStringList{"vip", "newsletter"}));

        const QString path = m_dir.filePath(QStringLiteral("ada.json"));
        QVERIFY(m_screen->exportTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("ada@example.com"));

        QVERIFY(!m_screen->anonymize(false)); // the person said no
        QVERIFY(m_screen->anonymize(true));
        QVERIFY(m_screen->profile()->anonymized);
        QVERIFY(!find<QLineEdit>("customerEmail")->isEnabled());
        QVERIFY(find<QLineEdit>("customerEmail")->text().isEmpty());
        QVERIFY(!find<QPushButton>("anonymizeCustomer")->isEnabled());
        QCOMPARE(m_outbox.oldest(10)->last().type, QStringLiteral("customer.anonymize"));
        find<QLineEdit>("customerSearch")->setText(QStringLiteral("ada@"));
        QCOMPARE(find<QTableView>("customers")->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestCustomersScreen)
#include "tst_customersscreen.moc"
