#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "FakeSyncServer.h"
#include "FeedSamples.h"
#include "FixedTokenSource.h"
#include "OrderSamples.h"
#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "client/sync/SyncApi.h"
#include "domain/ids/UuidV7Generator.h"
#include "models/stock/CountSheetModel.h"
#include "models/stock/StockActions.h"
#include "models/stock/StockHistory.h"
#include "models/stock/StockLevelModel.h"
#include "ui/StockHistoryDialog.h"
#include "ui/StockScreen.h"

using tp::backoffice::CountSheetModel;
using tp::backoffice::StockLevelModel;
using tp::backoffice::testing::putEntity;

// The stock screen under QT_QPA_PLATFORM=offscreen: a delivery typed in and booked, a
// transfer, a blind count of a category, the levels filtered to what is low.
class TestStockScreen : public QObject {
    Q_OBJECT

    tp::client::testing::TempReplica m_replica;
    tp::domain::UuidV7Generator m_ids{tp::domain::UuidV7Generator::systemClock(),
                                      tp::domain::UuidV7Generator::systemRandomSource()};
    tp::client::Outbox m_outbox{m_replica.db(), m_ids};
    StockLevelModel m_levels{m_replica.db()};
    CountSheetModel m_sheet{m_replica.db()};
    tp::backoffice::StockActions m_actions{m_outbox};
    std::unique_ptr<tp::backoffice::ui::StockScreen> m_screen;

    template <typename T>
    T* find(const char* name) {
        return m_screen->findChild<T*>(QString::fromLatin1(name));
    }

    void type(QTableWidget* table, int row, int column, const QString& text) {
        table->setItem(row, column, new QTableWidgetItem(text));
    }

private slots:
    void initTestCase() {
        auto& db = m_replica.db();
        QVERIFY(putEntity(db, 1, "store", QJsonObject{{"id", "s-berlin"}, {"name", "Berlin"}, {"currency", "EUR"}}));
        QVERIFY(putEntity(db, 2, "store", QJsonObject{{"id", "s-hamburg"}, {"name", "Hamburg"}, {"currency", "EUR"}}));
        QVERIFY(putEntity(db, 3, "category", QJsonObject{{"id", "cat-kitchen"}, {"name", "Kitchen"}}));
        QJsonObject mug = tp::client::testing::productData("p-mug", "MUG-1", "Mug", 1250);
        mug.insert("category_ids", QJsonArray{"cat-kitchen"});
        QVERIFY(putEntity(db, 4, "product", mug));
        QVERIFY(putEntity(db, 5, "product", tp::client::testing::productData("p-tee", "TEE-1", "Tee", 1990)));
        QJsonObject level = tp::client::testing::stockLevelData("MUG-1", "p-mug-v", "s-berlin", 3000);
        level.insert("id", "s-berlin:p-mug-v");
        QVERIFY(putEntity(db, 6, "stock_level", level)); // 3 in Berlin, low at 2
        m_screen = std::make_unique<tp::backoffice::ui::StockScreen>(m_levels, m_sheet, m_actions, [] {
            return QList<std::pair<QString, QString>>{{"s-berlin", "Berlin"}, {"s-hamburg", "Hamburg"}};
        });
        m_screen->resize(1280, 800);
        m_screen->show();
        m_screen->refresh();
    }

    void aDeliveryAndATransferAreBooked() {
        auto* lines = find<QTableWidget>("movementLines");
        type(lines, 0, 0, "MUG-1");
        type(lines, 0, 1, "12");
        type(lines, 1, 0, "TEE-1");
        type(lines, 1, 1, "4");
        QVERIFY(m_screen->submitMovement());
        QVERIFY(find<QLabel>("movementMessage")->text().contains(QLatin1String("2 lines")));
        QCOMPARE(*m_outbox.pendingCount(), 2);

        auto* kind = find<QComboBox>("movementKind");
        kind->setCurrentIndex(kind->findData(tp::backoffice::ui::StockScreen::Transfer));
        auto* to = find<QComboBox>("toStore");
        to->setCurrentIndex(to->findData(QStringLiteral("s-hamburg")));
        type(lines, 0, 0, "MUG-1");
        type(lines, 0, 1, "14");
        QVERIFY(m_screen->submitMovement()); // more than Berlin has: negative stock is allowed, and shown
        type(lines, 0, 0, "NOPE");
        type(lines, 0, 1, "1");
        QVERIFY(!m_screen->submitMovement());
        QVERIFY(find<QLabel>("movementMessage")->text().contains(QLatin1String("NOPE")));
        QCOMPARE(*m_outbox.pendingCount(), 4);

        auto* levels = find<QTableView>("stockLevels");
        levels->sortByColumn(StockLevelModel::Store, Qt::AscendingOrder);
        QCOMPARE(levels->model()->rowCount(), 3); // mug in Berlin and Hamburg, tee in Berlin
        auto* store = find<QComboBox>("levelStore");
        store->setCurrentIndex(store->findData(QStringLiteral("s-hamburg")));
        QCOMPARE(levels->model()->rowCount(), 1);
        QCOMPARE(levels->model()->index(0, StockLevelModel::OnHand).data(Qt::UserRole).toLongLong(), 14000);
        store->setCurrentIndex(0);
        find<QCheckBox>("lowOnly")->setChecked(true); // Berlin's mug: 3 + 12 - 14 = 1, low at 2
        QCOMPARE(levels->model()->rowCount(), 1);
        QCOMPARE(levels->model()->index(0, StockLevelModel::Sku).data().toString(), QStringLiteral("MUG-1"));
        find<QCheckBox>("lowOnly")->setChecked(false);
    }

    void aBlindCountOfTheKitchen() {
        auto* category = find<QComboBox>("countCategory");
        category->setCurrentIndex(category->findData(QStringLiteral("cat-kitchen")));
        QVERIFY(m_screen->makeSheet());
        auto* sheet = find<QTableView>("countSheet");
        QCOMPARE(sheet->model()->rowCount(), 1); // only the mug is kitchenware
        QCOMPARE(sheet->model()->index(0, CountSheetModel::Expected).data().toString(), QStringLiteral("—"));
        QVERIFY(sheet->model()->setData(sheet->model()->index(0, CountSheetModel::Counted), QStringLiteral("2")));
        QVERIFY(m_screen->sendCount());
        QCOMPARE(m_outbox.oldest(10)->last().type, QStringLiteral("stock.count"));
        find<QLineEdit>("stockSearch")->setText(QStringLiteral("Mug"));
        auto* levels = find<QTableView>("stockLevels");
        QCOMPARE(levels->model()->rowCount(), 2);
        auto* store = find<QComboBox>("levelStore");
        store->setCurrentIndex(store->findData(QStringLiteral("s-berlin")));
        QCOMPARE(levels->model()->index(0, StockLevelModel::OnHand).data(Qt::UserRole).toLongLong(), 2000);
    }

    void theSelectedItemsHistoryComesFromTheServer() {
        tp::client::testing::FakeSyncServer server;
        server.setHandler([](const tp::client::testing::FakeSyncServer::Request& request) {
            if (request.path != QLatin1String("/api/v1/inventory/movements"))
                return tp::client::testing::FakeSyncServer::Reaction::json(404, {});
            return tp::client::testing::FakeSyncServer::Reaction::json(
                200, QJsonObject{{"movements", QJsonArray{QJsonObject{{"occurred_at", "2026-11-20T10:00:00Z"},
                                                                      {"reason", "count"},
                                                                      {"delta_milli", -1000},
                                                                      {"counted_milli", 2000},
                                                                      {"actor", "user:1"}},
                                                          QJsonObject{{"occurred_at", "2026-11-19T10:00:00Z"},
                                                                      {"reason", "receipt"},
                                                                      {"delta_milli", 12000},
                                                                      {"actor", "user:1"}}}}});
        });
        tp::client::testing::FixedTokenSource token(QStringLiteral("staff-token"));
        tp::client::SyncApi api(server.url(), token);
        tp::backoffice::StockHistory history(api);
        m_screen->setHistory(history);
        auto* levels = find<QTableView>("stockLevels");
        levels->setCurrentIndex(levels->model()->index(0, 0));
        auto* dialog = qobject_cast<tp::backoffice::ui::StockHistoryDialog*>(m_screen->showHistory());
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 20000);
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("stockHistory"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Counted"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("+12"));
        dialog->findChild<QLineEdit*>(QStringLiteral("stockHistoryFilter"))->setText(QStringLiteral("count"));
        QVERIFY(!table->isRowHidden(0));
        QVERIFY(table->isRowHidden(1)); // the delivery
        dialog->findChild<QLineEdit*>(QStringLiteral("stockHistoryFilter"))->clear();
        QVERIFY(!table->isRowHidden(1));
        QCOMPARE(server.requests().last().query.queryItemValue(QStringLiteral("sku")),
                 levels->model()->index(0, StockLevelModel::Sku).data().toString());
        dialog->close();
    }

    void offlineTheHistoryShowsWhatTheOfficeKnows() {
        // A sale of the selected item in the replica, and the server out of reach.
        auto* levels = find<QTableView>("stockLevels");
        levels->setCurrentIndex(levels->model()->index(0, 0));
        const QString sku = levels->model()->index(0, StockLevelModel::Sku).data().toString();
        const QString store = m_levels.storeIdAt(0);
        QVERIFY(putEntity(m_replica.db(), 50, "order",
                          QJsonObject{{"id", "o-offline"},
                                      {"number", "B1-0007"},
                                      {"store_id", store},
                                      {"created_at", "2026-11-21T09:30:00.000Z"},
                                      {"lines", QJsonArray{QJsonObject{{"sku", sku}, {"qty_milli", 2000}}}}}));
        tp::client::testing::FixedTokenSource token(QStringLiteral("staff-token"));
        tp::client::SyncApi nowhere(QUrl(QStringLiteral("http://127.0.0.1:1")), token);
        tp::backoffice::StockHistory history(nowhere, &m_replica.db());
        m_screen->setHistory(history);
        auto* dialog = qobject_cast<tp::backoffice::ui::StockHistoryDialog*>(m_screen->showHistory());
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 20000);
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("stockHistory"));
        QVERIFY(table->rowCount() >= 1);
        bool sold = false;
        for (int row = 0; row < table->rowCount(); ++row)
            sold = sold || (table->item(row, 1)->text() == QStringLiteral("Sold") &&
                            table->item(row, 2)->text() == QStringLiteral("-2") &&
                            table->item(row, 4)->text().contains(QLatin1String("B1-0007")));
        QVERIFY(sold);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("stockHistoryMessage"))
                    ->text()
                    .contains(QLatin1String("Offline")));
        dialog->close();
    }
};

QTEST_MAIN(TestStockScreen)
#include "tst_stockscreen.moc"
