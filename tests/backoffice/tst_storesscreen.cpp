#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include "FakeSyncServer.h"
#include "FixedTokenSource.h"
#include "OrderSamples.h"
#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "client/sync/SyncApi.h"
#include "domain/ids/UuidV7Generator.h"
#include "models/OfficeAdmin.h"
#include "models/StoreProfiles.h"
#include "ui/StoresScreen.h"

using tp::backoffice::StoreProfiles;
using tp::backoffice::ui::StoresScreen;
using tp::client::testing::FakeSyncServer;

// The stores screen under QT_QPA_PLATFORM=offscreen: the stores listed and filtered, one's
// address, time zone, tax rates and loyalty changed and queued with only what changed, mistakes
// said in words, and a new store made on a scripted server.
class TestStoresScreen : public QObject {
    Q_OBJECT

    tp::client::testing::TempReplica m_replica;
    tp::domain::UuidV7Generator m_ids{tp::domain::UuidV7Generator::systemClock(),
                                      tp::domain::UuidV7Generator::systemRandomSource()};
    tp::client::Outbox m_outbox{m_replica.db(), m_ids};

    QJsonObject lastQueued() {
        auto rows =
            m_replica.db().select(QStringLiteral("SELECT type, data FROM outbox ORDER BY position DESC LIMIT 1"));
        if (!rows || rows->isEmpty() || rows->first().at(0).toString() != QLatin1String("store.update"))
            return {};
        return QJsonDocument::fromJson(rows->first().at(1).toString().toUtf8()).object();
    }

private slots:
    void taxRatesAreReadAsPeopleWriteThem() {
        auto rates = StoreProfiles::parseTaxRates(QStringLiteral("standard 19 %; reduced 7,5\nzero 0"));
        QVERIFY(rates.ok());
        QCOMPARE(rates->value("standard"), 1900);
        QCOMPARE(rates->value("reduced"), 750);
        QCOMPARE(rates->value("zero"), 0);
        QCOMPARE(StoreProfiles::parseTaxRates(StoreProfiles::taxRatesText(*rates)).value(), *rates);
        QCOMPARE(StoreProfiles::parseTaxRates(QStringLiteral("standard nineteen")).error().code,
                 std::string("invalid_tax_rate"));
        QCOMPARE(StoreProfiles::parseTaxRates(QStringLiteral("luxury 101 %")).error().code,
                 std::string("invalid_tax_rate"));
    }

    void aStoreIsEditedAndANewOneMade() {
        QVERIFY(tp::backoffice::testing::putEntity(m_replica.db(), 1, "store",
                                                   QJsonObject{{"id", "s-berlin"},
                                                               {"code", "main"},
                                                               {"name", "Berlin"},
                                                               {"currency", "EUR"},
                                                               {"timezone", "UTC"},
                                                               {"version", 4},
                                                               {"prices_include_tax", true},
                                                               {"tax_rates", QJsonObject{{"standard", 1900}}}}));
        QVERIFY(tp::backoffice::testing::putEntity(
            m_replica.db(), 2, "store",
            QJsonObject{{"id", "s-paris"}, {"code", "paris"}, {"name", "Paris"}, {"currency", "EUR"}, {"version", 1}}));
        FakeSyncServer server;
        server.setHandler([](const FakeSyncServer::Request& request) {
            if (request.method == "POST" && request.path == QLatin1String("/api/v1/stores"))
                return FakeSyncServer::Reaction::json(201, QJsonObject{{"store", QJsonObject{{"id", "s-new"}}}});
            return FakeSyncServer::Reaction::json(404, QJsonObject{});
        });
        tp::client::testing::FixedTokenSource token(QStringLiteral("owner-token"));
        tp::client::SyncApi api(server.url(), token);
        tp::backoffice::OfficeAdmin admin(m_replica.db(), api);
        StoreProfiles profiles(m_outbox);
        StoresScreen screen(profiles, admin);
        screen.resize(1280, 800);
        screen.show();
        screen.refresh();

        auto* table = screen.findChild<QTableWidget*>(QStringLiteral("stores"));
        QCOMPARE(table->rowCount(), 2);
        screen.findChild<QLineEdit*>(QStringLiteral("storeFilter"))->setText(QStringLiteral("par"));
        QCOMPARE(table->rowCount(), 1);
        screen.findChild<QLineEdit*>(QStringLiteral("storeFilter"))->clear();
        table->sortByColumn(StoresScreen::Name, Qt::AscendingOrder);
        QCOMPARE(table->item(0, StoresScreen::Name)->text(), QStringLiteral("Berlin"));
        table->setCurrentCell(1, 0); // Paris
        QCOMPARE(screen.findChild<QLineEdit*>(QStringLiteral("storeName"))->text(), QStringLiteral("Paris"));
        table->setCurrentCell(0, 0);
        QCOMPARE(screen.findChild<QLineEdit*>(QStringLiteral("storeName"))->text(), QStringLiteral("Berlin"));

        QVERIFY(!screen.save()); // nothing changed
        screen.findChild<QLineEdit*>(QStringLiteral("storeTaxRates"))->setText(QStringLiteral("standard nineteen"));
        QVERIFY(!screen.save());
        QVERIFY(screen.findChild<QLabel*>(QStringLiteral("storeMessage"))->text().contains(QLatin1String("nineteen")));
        screen.findChild<QLineEdit*>(QStringLiteral("storeTaxRates"))
            ->setText(QStringLiteral("standard 19 %, reduced 7 %"));
        screen.findChild<QLineEdit*>(QStringLiteral("storeLine1"))->setText(QStringLiteral("Torstraße 1"));
        screen.findChild<QLineEdit*>(QStringLiteral("storeCity"))->setText(QStringLiteral("Berlin"));
        screen.findChild<QComboBox*>(QStringLiteral("storeTimezone"))->setCurrentText(QStringLiteral("Europe/Berlin"));
        screen.findChild<QSpinBox*>(QStringLiteral("storeLoyalty"))->setValue(3);
        QVERIFY(screen.save());
        const QJsonObject queued = lastQueued();
        QCOMPARE(queued.value("id").toString(), QStringLiteral("s-berlin"));
        QCOMPARE(queued.value("version").toInt(), 4);
        QVERIFY(!queued.contains("name")); // only what changed
        QCOMPARE(queued.value("timezone").toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(queued.value("address").toObject().value("line1").toString(), QStringLiteral("Torstraße 1"));
        QCOMPARE(queued.value("tax_rates").toObject().value("reduced").toInt(), 700);
        QCOMPARE(queued.value("loyalty_points_per_unit").toInt(), 3);
        // Listed at once with the version the server will give it.
        QCOMPARE(table->item(0, StoresScreen::TimeZone)->text(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(profiles.list()->first().version, 5);

        QSignalSpy added(&screen, &StoresScreen::storeAdded);
        screen.findChild<QLineEdit*>(QStringLiteral("newStoreCode"))->setText(QStringLiteral("ham burg"));
        screen.findChild<QLineEdit*>(QStringLiteral("newStoreName"))->setText(QStringLiteral("Hamburg"));
        screen.addStore();
        QVERIFY(screen.findChild<QLabel*>(QStringLiteral("newStoreMessage"))->text().contains(QLatin1String("code")));
        screen.findChild<QLineEdit*>(QStringLiteral("newStoreCode"))->setText(QStringLiteral("hamburg"));
        screen.addStore();
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 20000);
        QCOMPARE(added.first().first().toString(), QStringLiteral("s-new"));
        QCOMPARE(server.requests().last().json().value("code").toString(), QStringLiteral("hamburg"));
        QCOMPARE(server.requests().last().json().value("currency").toString(), QStringLiteral("EUR"));
        QVERIFY(
            screen.findChild<QLabel*>(QStringLiteral("newStoreMessage"))->text().contains(QLatin1String("Hamburg")));
    }
};

QTEST_MAIN(TestStoresScreen)
#include "tst_storesscreen.moc"
