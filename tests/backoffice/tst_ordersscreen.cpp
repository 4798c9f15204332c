#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "OrderSamples.h"
#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "domain/ids/UuidV7Generator.h"
#include "models/orders/OrderActions.h"
#include "models/orders/OrderListModel.h"
#include "ui/OrderDetailView.h"
#include "ui/OrdersScreen.h"
#include "ui/RefundDialog.h"

using tp::backoffice::OrderListModel;

// The orders screen under QT_QPA_PLATFORM=offscreen, driven through its widgets: filtering,
// an online order shipped with tracking and noted, a shop sale refunded in part.
class TestOrdersScreen : public QObject {
    Q_OBJECT

    tp::client::testing::TempReplica m_replica;
    tp::domain::UuidV7Generator m_ids{tp::domain::UuidV7Generator::systemClock(),
                                      tp::domain::UuidV7Generator::systemRandomSource()};
    tp::client::Outbox m_outbox{m_replica.db(), m_ids};
    OrderListModel m_orders{m_replica.db()};
    tp::backoffice::OrderActions m_actions{m_outbox, m_ids};
    std::unique_ptr<tp::backoffice::ui::OrdersScreen> m_screen;

    template <typename T>
    T* find(const char* name) {
        return m_screen->findChild<T*>(QString::fromLatin1(name));
    }

    int rowOf(const QString& number) {
        for (int row = 0; row < m_orders.rowCount(); ++row)
            if (m_orders.index(row, OrderListModel::Number).data().toString() == number)
                return row;
        return -1;
    }

private slots:
    void initTestCase() {
        QVERIFY(tp::backoffice::testing::putSampleOrders(m_replica.db()));
        m_screen = std::make_unique<tp::backoffice::ui::OrdersScreen>(m_orders, m_actions);
        m_screen->resize(1280, 800);
        m_screen->show();
        m_screen->refresh();
    }

    void theListIsFilteredFromItsWidgets() {
        auto* table = find<QTableView>("orders");
        QCOMPARE(table->model()->rowCount(), 3);
        QTest::keyClicks(find<QLineEdit>("orderSearch"), QStringLiteral("ada@"));
        QCOMPARE(table->model()->rowCount(), 1);
        find<QLineEdit>("orderSearch")->clear();
        auto* channel = find<QComboBox>("channelFilter");
        channel->setCurrentIndex(channel->findData(QStringLiteral("online")));
        QCOMPARE(table->model()->rowCount(), 1);
        channel->setCurrentIndex(0);
        auto* store = find<QComboBox>("storeFilter");
        QCOMPARE(store->count(), 3); // all, Berlin, Web shop
        store->setCurrentIndex(store->findText(QStringLiteral("Berlin")));
        QCOMPARE(table->model()->rowCount(), 2);
        store->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), 3);
    }

    void anOnlineOrderIsShippedWithTrackingAndNoted() {
        m_screen->choose(rowOf(QStringLiteral("W-000007")));
        QVERIFY(find<QLabel>("orderTitle")->text().contains(QLatin1String("W-000007")));
        auto* next = find<QComboBox>("nextStatus");
        QCOMPARE(next->count(), 3);
        next->setCurrentIndex(next->findData(QStringLiteral("shipped")));
        QTest::keyClicks(find<QLineEdit>("tracking"), QStringLiteral("00340434161234567890"));
        QTest::mouseClick(find<QPushButton>("applyStatus"), Qt::LeftButton);
        QVERIFY(find<QLabel>("orderTitle")->text().contains(QLatin1String("Shipped")));
        auto* history = find<QTableWidget>("orderHistory");
        QCOMPARE(history->rowCount(), 2);
        // Oldest first: placed, then shipped — the office's own step marked as not yet confirmed.
        QVERIFY(history->item(1, 3)->text().contains(QLatin1String("00340434161234567890")));
        QVERIFY(history->item(1, 3)->text().contains(QLatin1String("not yet confirmed")));
        history->sortItems(0, Qt::DescendingOrder); // a header click: newest first
        QVERIFY(history->item(0, 3)->text().contains(QLatin1String("00340434161234567890")));
        QCOMPARE(m_orders.index(rowOf(QStringLiteral("W-000007")), OrderListModel::Status).data().toString(),
                 QStringLiteral("Shipped"));

        QTest::keyClicks(find<QPlainTextEdit>("note"), QStringLiteral("Gift wrap, please."));
        QTest::mouseClick(find<QPushButton>("addNote"), Qt::LeftButton);
        QCOMPARE(history->rowCount(), 3);
        QCOMPARE(*m_outbox.pendingCount(), 2);
    }

    void aShopSaleIsRefundedInPart() {
        m_screen->choose(rowOf(QStringLiteral("B1-000101")));
        QVERIFY(!find<QPushButton>("applyStatus")->isEnabled()); // completed at the till
        QTest::mouseClick(find<QPushButton>("refundOrder"), Qt::LeftButton);
        auto* dialog = m_screen->findChild<tp::backoffice::ui::RefundDialog*>();
        QVERIFY(dialog);
        auto* lines = dialog->findChild<QTableWidget*>(QStringLiteral("refundLines"));
        lines->item(0, tp::backoffice::ui::RefundDialog::Back)->setText(QStringLiteral("1"));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("refundAmount"))->text().contains(QLatin1String("12.90")));
        auto* method = dialog->findChild<QComboBox*>(QStringLiteral("refundMethod"));
        QCOMPARE(method->count(), 2); // card, Ada's store credit
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("confirmRefund")), Qt::LeftButton);
        QTRY_VERIFY(find<QLabel>("orderTotals")->text().contains(QLatin1String("refunded")));
        QVERIFY(find<QLabel>("orderTitle")->text().contains(QLatin1String("Partly refunded")));
        QCOMPARE(*m_outbox.pendingCount(), 3);
    }
};

QTEST_MAIN(TestOrdersScreen)
#include "tst_ordersscreen.moc"
