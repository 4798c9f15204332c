#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "ApiTestServer.h"
#include "OfficeReplica.h"
#include "SyncTestSupport.h"
#include "models/OfficeAdmin.h"
#include "models/ProductEditor.h"
#include "models/StoreProfiles.h"
#include "models/StoreSettings.h"

using tp::backoffice::StoreSettings;
using tp::test::ApiResponse;
using tp::test::ApiTestServer;

// A store's receipt texts edited offline in the office reach the server (store.update) and
// every register's feed; a second office that edited the old version gets a version conflict;
// a register may not change store settings.
class TestBackofficeStores : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    QTemporaryDir m_dir;

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port())); }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("receipts");
    }

    void receiptTextsReachTheServerAndAStaleEditConflicts() {
        tp::test::OfficeReplica first(m_dir.filePath(QStringLiteral("first.db")), url(),
                                      QString::fromStdString(m_shop.ownerToken));
        tp::test::OfficeReplica second(m_dir.filePath(QStringLiteral("second.db")), url(),
                                       QString::fromStdString(m_shop.ownerToken));
        QVERIFY(first.isOpen() && second.isOpen());
        QVERIFY(first.pull());
        QVERIFY(second.pull());
        StoreSettings firstSettings(first.outbox);
        StoreSettings secondSettings(second.outbox);
        auto stores = firstSettings.stores();
        QVERIFY(stores.ok() && stores->size() == 1);
        const auto store = stores->first();
        QCOMPARE(store.storeId, QString::fromStdString(m_shop.mainStoreId));
        QCOMPARE(firstSettings.saveReceiptTexts(store, QString(QStringLiteral("x")).repeated(2001), {}).error().code,
                 std::string("text_too_long"));
        QVERIFY(firstSettings
                    .saveReceiptTexts(store, QStringLiteral("Torstraße 1\n10119 Berlin"), QStringLiteral("Thank you!"))
                    .ok());
        QCOMPARE(firstSettings.stores()->first().header, QStringLiteral("Torstraße 1\n10119 Berlin")); // at once
        QVERIFY2(first.upload(), qPrintable(first.firstRefusal()));
        const ApiResponse saved = m_server.get("/api/v1/stores/" + m_shop.mainStoreId, m_shop.ownerToken);
        QCOMPARE(saved.json->getObject("store")->getValue<std::string>("receipt_header"),
                 std::string("Torstraße 1\n10119 Berlin"));
        QCOMPARE(saved.json->getObject("store")->getValue<std::string>("receipt_footer"), std::string("Thank you!"));

        // The second office still has the old version: its edit is refused, not applied.
        QVERIFY(secondSettings.saveReceiptTexts(secondSettings.stores()->first(), QStringLiteral("Old"), {}).ok());
        QVERIFY(!second.upload());
        QVERIFY(second.firstRefusal().startsWith(QLatin1String("version_conflict")));
        QVERIFY(second.pull());
        QCOMPARE(secondSettings.stores()->first().footer, QStringLiteral("Thank you!"));

        const std::string device = tp::test::enrolDevice(m_server, m_shop, m_shop.mainStoreId);
        auto refused = tp::test::pushOne(m_server, device, "store.update",
                                         R"({"id":")" + m_shop.mainStoreId + R"(","version":2,"name":"Mine"})");
        QCOMPARE(tp::test::errorOf(refused), std::string("forbidden"));
    }

    void pricesPerStoreAreSetAndRemovedOffline() {
        const ApiResponse zurich =
            m_server.post("/api/v1/stores", R"({"code":"zurich","name":"Zurich","currency":"CHF"})", m_shop.ownerToken);
        QVERIFY2(zurich.status == 201, zurich.body.c_str());
        const std::string zurichId = zurich.json->getObject("store")->getValue<std::string>("id");
        const ApiResponse mug = m_server.post(
            "/api/v1/products", R"({"sku":"MUG-1","name":"Mug","price":{"amount":1250,"currency":"EUR"}})",
            m_shop.ownerToken);
        QVERIFY2(mug.status == 201, mug.body.c_str());
        const std::string mugId = mug.json->getObject("product")->getValue<std::string>("id");

        tp::test::OfficeReplica office(m_dir.filePath(QStringLiteral("prices.db")), url(),
                                       QString::fromStdString(m_shop.ownerToken));
        QVERIFY(office.pull());
        tp::backoffice::ProductEditor editor(office.outbox, office.ids);
        auto product = editor.load(QString::fromStdString(mugId));
        QVERIFY(product.ok());
        QCOMPARE(product->storeCurrencies.value(QString::fromStdString(zurichId)), QStringLiteral("CHF"));
        auto priced = *product;
        priced.name = QStringLiteral("Mug, large"); // an edit and two store prices in one save
        priced.variants[0].storePrices.insert(QString::fromStdString(m_shop.mainStoreId), 1100);
        priced.variants[0].storePrices.insert(QString::fromStdString(zurichId), 1400);
        QVERIFY(editor.save(*product, priced).ok());
        QVERIFY2(office.upload(), qPrintable(office.firstRefusal()));
        const auto stored = [&] {
            return m_server.get("/api/v1/products/" + mugId, m_shop.ownerToken).json->getObject("product");
        };
        auto prices = stored()->getArray("variants")->getObject(0)->getArray("store_prices");
        QCOMPARE(prices->size(), 2u);
        for (std::size_t i = 0; i < prices->size(); ++i) {
            const auto entry = prices->getObject(static_cast<unsigned>(i));
            const bool inZurich = entry->getValue<std::string>("store_id") == zurichId;
            QCOMPARE(entry->getObject("price")->getValue<std::string>("currency"),
                     std::string(inZurich ? "CHF" : "EUR"));
            QCOMPARE(entry->getObject("price")->getValue<long long>("amount"), inZurich ? 1400LL : 1100LL);
        }
        QCOMPARE(stored()->getValue<std::string>("name"), std::string("Mug, large"));

        // The next edit starts from the version all three made; Zurich's price goes again.
        auto again = editor.load(QString::fromStdString(mugId));
        QCOMPARE(again->version, stored()->getValue<long long>("version"));
        auto fewer = *again;
        fewer.variants[0].storePrices.remove(QString::fromStdString(zurichId));
        QVERIFY(editor.save(*again, fewer).ok());
        QVERIFY2(office.upload(), qPrintable(office.firstRefusal()));
        QCOMPARE(stored()->getArray("variants")->getObject(0)->getArray("store_prices")->size(), 1u);
    }

    void aProductGetsATemplatesAttributesOffline() {
        const ApiResponse set = m_server.post(
            "/api/v1/attribute-sets",
            R"({"name":"Clothing","attributes":[{"code":"material","name":"Material","type":"text","required":true},)"
            R"({"code":"fit","name":"Fit","type":"enum","values":["slim","regular"]}]})",
            m_shop.ownerToken);
        QVERIFY2(set.status == 201, set.body.c_str());
        const std::string setId = set.json->getObject("attribute_set")->getValue<std::string>("id");
        tp::test::OfficeReplica office(m_dir.filePath(QStringLiteral("templates.db")), url(),
                                       QString::fromStdString(m_shop.ownerToken));
        QVERIFY(office.pull());
        tp::backoffice::ProductEditor editor(office.outbox, office.ids);
        QCOMPARE(editor.templates()->size(), 1);
        auto tee = editor.create(QStringLiteral("EUR"));
        const auto blank = tee;
        tee.sku = QStringLiteral("TEE-T");
        tee.name = QStringLiteral("Tee with a template");
        tee.price = 1990;
        tee.attributeSetId = QString::fromStdString(setId);
        tee.attributes = QJsonObject{{"material", "organic cotton"}, {"fit", "regular"}};
        QVERIFY(editor.save(blank, tee).ok());
        QVERIFY2(office.upload(), qPrintable(office.firstRefusal()));
        const ApiResponse stored = m_server.get("/api/v1/products/" + tee.id.toStdString(), m_shop.ownerToken);
        QVERIFY2(stored.status == 200, stored.body.c_str());
        const auto product = stored.json->getObject("product");
        QCOMPARE(product->getValue<std::string>("attribute_set_id"), setId);
        QCOMPARE(product->getObject("attributes")->getValue<std::string>("material"), std::string("organic cotton"));
    }

    void storeSettingsChangeOfflineAndANewStoreIsMadeOnline() {
        tp::test::OfficeReplica office(m_dir.filePath(QStringLiteral("profiles.db")), url(),
                                       QString::fromStdString(m_shop.ownerToken));
        QVERIFY(office.pull());
        tp::backoffice::StoreProfiles profiles(office.outbox);
        auto stores = profiles.list();
        QVERIFY(stores.ok() && !stores->isEmpty());
        const tp::backoffice::StoreProfile original =
            *std::find_if(stores->begin(), stores->end(), [&](const auto& store) {
                return store.storeId == QString::fromStdString(m_shop.mainStoreId);
            });
        auto edited = original;
        edited.name = QStringLiteral("Berlin Mitte");
        edited.line1 = QStringLiteral("Torstraße 1");
        edited.postalCode = QStringLiteral("10119");
        edited.city = QStringLiteral("Berlin");
        edited.country = QStringLiteral("de");
        edited.timezone = QStringLiteral("Europe/Berlin");
        edited.taxRates = *tp::backoffice::StoreProfiles::parseTaxRates(QStringLiteral("standard 19 %, reduced 7 %"));
        edited.loyaltyPointsPerUnit = 2;
        auto badZone = edited;
        badZone.timezone = QStringLiteral("Mars/Olympus");
        QCOMPARE(profiles.save(original, badZone).error().code, std::string("invalid_timezone"));
        QVERIFY(profiles.save(original, edited).ok());
        QCOMPARE(profiles.list()->first().name, QStringLiteral("Berlin Mitte")); // at once, offline
        QVERIFY2(office.upload(), qPrintable(office.firstRefusal()));
        const ApiResponse saved = m_server.get("/api/v1/stores/" + m_shop.mainStoreId, m_shop.ownerToken);
        const auto store = saved.json->getObject("store");
        QCOMPARE(store->getValue<std::string>("name"), std::string("Berlin Mitte"));
        QCOMPARE(store->getValue<std::string>("timezone"), std::string("Europe/Berlin"));
        QCOMPARE(store->getObject("address")->getValue<std::string>("country"), std::string("DE"));
        QCOMPARE(store->getObject("tax_rates")->getValue<int>("reduced"), 700);
        QCOMPARE(store->getValue<int>("loyalty_points_per_unit"), 2);

        tp::backoffice::OfficeAdmin admin(office.db, office.api());
        std::optional<tp::domain::Result<QString>> added;
        admin.addStore(QStringLiteral("hamburg"), QStringLiteral("Hamburg"), QStringLiteral("eur"),
                       QStringLiteral("Europe/Berlin"), [&](auto result) { added = std::move(result); });
        QVERIFY(QTest::qWaitFor([&] { return added.has_value(); }, 20000));
        QVERIFY2(added->ok(), added->ok() ? "" : added->error().message.c_str());
        std::optional<tp::domain::Result<QString>> twice;
        admin.addStore(QStringLiteral("hamburg"), QStringLiteral("Hamburg again"), QStringLiteral("EUR"), {},
                       [&](auto result) { twice = std::move(result); });
        QVERIFY(QTest::qWaitFor([&] { return twice.has_value(); }, 20000));
        QVERIFY(!twice->ok()); // the code is taken: the server's refusal in its words
        QVERIFY(office.pull());
        const auto after = profiles.list();
        QVERIFY(after.ok());
        QVERIFY(std::any_of(after->begin(), after->end(), [&](const auto& store) {
            return store.storeId == **added && store.code == QLatin1String("hamburg") &&
                   store.timezone == QLatin1String("Europe/Berlin");
        }));
    }
};

QTEST_MAIN(TestBackofficeStores)
#include "tst_backoffice_stores.moc"
