#include <QTemporaryDir>
#include <QTest>

#include "ApiTestServer.h"
#include "OfficeReplica.h"
#include "SyncTestSupport.h"
#include "models/CampaignEdits.h"
#include "register/ItemLookup.h"

using tp::backoffice::CampaignDraft;
using tp::backoffice::CampaignEdits;
using tp::test::ApiResponse;
using tp::test::ApiTestServer;

// A price campaign made in the office, offline, reaches the server (campaign.upsert) and a
// register of its store, which sells at the campaign price while it runs and at the regular
// price before and after; a stale edit from a second office conflicts; withdrawing it (archived)
// takes the price off the registers.
class TestBackofficeCampaigns : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    QTemporaryDir m_dir;

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port())); }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("campaign");
        const ApiResponse made = m_server.post(
            "/api/v1/products",
            "{\"sku\":\"TEE\",\"name\":\"Tee\",\"price\":{\"amount\":2000,\"currency\":\"EUR\"},\"variants\":["
            "{\"sku\":\"TEE-S\",\"options\":{\"size\":\"S\"}},{\"sku\":\"TEE-M\",\"options\":{\"size\":\"M\"}}]}",
            m_shop.ownerToken);
        QVERIFY2(made.status == 201, made.body.c_str());
    }

    void aCampaignMadeInTheOfficePricesTheRegisters() {
        tp::test::OfficeReplica office(m_dir.filePath(QStringLiteral("office.db")), url(),
                                       QString::fromStdString(m_shop.ownerToken));
        tp::test::OfficeReplica second(m_dir.filePath(QStringLiteral("second.db")), url(),
                                       QString::fromStdString(m_shop.ownerToken));
        QVERIFY(office.pull() && second.pull());
        CampaignEdits campaigns(office.outbox, office.ids);

        CampaignDraft sale;
        sale.name = QStringLiteral("Summer sale");
        sale.startsAt = QDateTime::fromString(QStringLiteral("2026-07-01T00:00:00Z"), Qt::ISODate);
        sale.endsAt = QDateTime::fromString(QStringLiteral("2026-09-01T00:00:00Z"), Qt::ISODate);
        sale.storeIds = {QString::fromStdString(m_shop.mainStoreId)};
        sale.prices = {{QStringLiteral("TEE-S"), CampaignEdits::percentOff(2000, 25), QStringLiteral("EUR")}};
        CampaignDraft unknown = sale;
        unknown.prices = {{QStringLiteral("NOPE"), 100, QStringLiteral("EUR")}};
        QCOMPARE(campaigns.save(unknown).error().code, std::string("unknown_sku"));
        auto saved = campaigns.save(sale);
        QVERIFY2(saved.ok(), saved.ok() ? "" : saved.error().message.c_str());
        QCOMPARE(campaigns.list()->size(), 1); // listed at once, offline
        QVERIFY2(office.upload(), qPrintable(office.firstRefusal()));

        // A register of the store pulls it and sells at it in July only.
        const ApiResponse enrolled = m_server.post(
            "/api/v1/devices", "{\"store_id\":\"" + m_shop.mainStoreId + "\",\"name\":\"Till\"}", m_shop.ownerToken);
        QCOMPARE(enrolled.status, 201);
        tp::test::OfficeReplica till(m_dir.filePath(QStringLiteral("till.db")), url(),
                                     QString::fromStdString(enrolled.json->getValue<std::string>("device_token")));
        QVERIFY(till.pull());
        const auto priceAt = [&](const char* when, const char* sku) -> qint64 {
            const QDateTime moment = QDateTime::fromString(QString::fromLatin1(when), Qt::ISODate);
            auto item = tp::pos::ItemLookup(till.db, QString::fromStdString(m_shop.mainStoreId), [moment] {
                            return moment;
                        }).bySku(QString::fromLatin1(sku));
            return item.ok() && item->has_value() ? (*item)->unitPrice : -1;
        };
        QCOMPARE(priceAt("2026-06-30T12:00:00Z", "TEE-S"), 2000);
        QCOMPARE(priceAt("2026-07-14T12:00:00Z", "TEE-S"), 1500);
        QCOMPARE(priceAt("2026-07-14T12:00:00Z", "TEE-M"), 2000); // not in the campaign
        QCOMPARE(priceAt("2026-09-01T00:00:00Z", "TEE-S"), 2000);

        // A second office edits the old copy: refused, not applied, waiting to be settled.
        QVERIFY(second.pull());
        CampaignEdits secondCampaigns(second.outbox, second.ids);
        QVERIFY(office.pull());
        CampaignDraft longer = campaigns.list()->first();
        QCOMPARE(longer.version, 1);
        longer.endsAt = longer.endsAt.addDays(30);
        QVERIFY(campaigns.save(longer).ok());
        QVERIFY2(office.upload(), qPrintable(office.firstRefusal()));
        CampaignDraft stale = secondCampaigns.list()->first();
        stale.prices.first().amount = 1;
        QVERIFY(secondCampaigns.save(stale).ok());
        QVERIFY(!second.upload());
        QVERIFY(second.firstRefusal().contains(QLatin1String("version_conflict")));
        QVERIFY(till.pull());
        QCOMPARE(priceAt("2026-09-15T12:00:00Z", "TEE-S"), 1500); // the longer run, not the stale price

        // Withdrawn: archived in the office, the register sells at the regular price again.
        QVERIFY(office.pull());
        CampaignDraft withdrawn = campaigns.list()->first();
        withdrawn.status = QStringLiteral("archived");
        QVERIFY(campaigns.save(withdrawn).ok());
        QVERIFY2(office.upload(), qPrintable(office.firstRefusal()));
        QVERIFY(till.pull());
        QCOMPARE(priceAt("2026-07-14T12:00:00Z", "TEE-S"), 2000);
        QCOMPARE(office.db.select(QStringLiteral("SELECT count(*) FROM entities WHERE entity = 'campaign'"))
                     ->first()
                     .at(0)
                     .toInt(),
                 1);
    }
};

QTEST_MAIN(TestBackofficeCampaigns)
#include "tst_backoffice_campaigns.moc"
