#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include "FeedSamples.h"
#include "OrderSamples.h"
#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ChangeApplier.h"
#include "domain/ids/UuidV7Generator.h"
#include "models/CampaignEdits.h"
#include "ui/CampaignsScreen.h"

using tp::backoffice::CampaignEdits;
using tp::backoffice::ui::CampaignsScreen;

// The price campaigns screen under QT_QPA_PLATFORM=offscreen: a campaign typed in the form
// (items by SKU with their names and regular prices shown, 25 % off all of them at once, one
// store), queued for the server; mistakes said in words; the list with what each campaign is
// now; an edit keeps the version it started from.
class TestCampaignsScreen : public QObject {
    Q_OBJECT

    tp::client::testing::TempReplica m_replica;
    tp::domain::UuidV7Generator m_ids{tp::domain::UuidV7Generator::systemClock(),
                                      tp::domain::UuidV7Generator::systemRandomSource()};
    tp::client::Outbox m_outbox{m_replica.db(), m_ids};
    CampaignEdits m_campaigns{m_outbox, m_ids};
    std::unique_ptr<CampaignsScreen> m_screen;

    template <typename T>
    T* find(const char* name) {
        return m_screen->findChild<T*>(QString::fromLatin1(name));
    }

    void typeLine(int row, const QString& sku, const QString& price = {}) {
        auto* prices = find<QTableWidget>("campaignPrices");
        prices->item(row, CampaignsScreen::Sku)->setText(sku);
        if (!price.isEmpty())
            prices->item(row, CampaignsScreen::SalePrice)->setText(price);
    }

    QJsonObject lastQueued() {
        auto rows =
            m_replica.db().select(QStringLiteral("SELECT type, data FROM outbox ORDER BY position DESC LIMIT 1"));
        if (!rows || rows->isEmpty() || rows->first().at(0).toString() != QLatin1String("campaign.upsert"))
            return {};
        return QJsonDocument::fromJson(rows->first().at(1).toString().toUtf8()).object();
    }

private slots:
    void initTestCase() {
        using namespace tp::client::testing;
        for (const auto& [seq, id, sku, price] : {std::tuple{1, "p1", "TEE", 1999}, std::tuple{2, "p2", "MUG", 1250}}) {
            auto change = tp::client::FeedChange::fromJson(
                upsert(seq, "product", id, productData(id, sku, QStringLiteral("Item %1").arg(sku), price, {})));
            QVERIFY(change.ok());
            auto applied =
                m_replica.db().transaction([&] { return tp::client::ChangeApplier(m_replica.db()).apply(*change); });
            QVERIFY(applied.ok());
        }
        m_screen = std::make_unique<CampaignsScreen>(
            m_campaigns, [] { return *tp::domain::Currency::fromCode("EUR"); },
            [] {
                return QList<std::pair<QString, QString>>{{"s-berlin", "Berlin"}, {"s-paris", "Paris"}};
            });
        m_screen->resize(1280, 800);
        m_screen->show();
        m_screen->refresh();
    }

    void percentOffIsHalfUpToTheCent() {
        QCOMPARE(CampaignEdits::percentOff(1999, 25), 1499); // 1499.25
        QCOMPARE(CampaignEdits::percentOff(1250, 10), 1125);
        QCOMPARE(CampaignEdits::percentOff(999, 50), 500); // 499.5 up
        QCOMPARE(CampaignEdits::percentOff(100, 0), 100);
    }

    void aCampaignIsTypedInTheForm() {
        m_screen->newCampaign();
        QCOMPARE(find<QLabel>("campaignMessage")->text().isEmpty(), false);
        QVERIFY(!m_screen->save()); // no name
        QVERIFY(find<QLabel>("campaignMessage")->text().contains(QLatin1String("name")));
        find<QLineEdit>("campaignName")->setText(QStringLiteral("Summer sale"));
        QVERIFY(!m_screen->save()); // no items
        QVERIFY(find<QLabel>("campaignMessage")->text().contains(QLatin1String("item")));

        m_screen->addItem();
        typeLine(0, QStringLiteral("TEE"));
        QVERIFY(!m_screen->save()); // no price
        QVERIFY(find<QLabel>("campaignMessage")->text().contains(QLatin1String("Line 1")));
        typeLine(0, QStringLiteral("TEE"), QStringLiteral("15"));
        auto* prices = find<QTableWidget>("campaignPrices");
        QCOMPARE(prices->item(0, CampaignsScreen::Item)->text(), QStringLiteral("Item TEE"));
        QVERIFY(prices->item(0, CampaignsScreen::Regular)->text().contains(QLatin1String("19")));
        m_screen->addItem();
        typeLine(1, QStringLiteral("NOPE"), QStringLiteral("1"));
        QCOMPARE(prices->item(1, CampaignsScreen::Item)->text(), QStringLiteral("No item with this SKU"));
        QVERIFY(!m_screen->save());
        QVERIFY(find<QLabel>("campaignMessage")->text().contains(QLatin1String("NOPE")));
        typeLine(1, QStringLiteral("MUG"), QString());
        find<QSpinBox>("campaignPercent")->setValue(25);
        m_screen->applyPercentOff();
        QCOMPARE(prices->item(0, CampaignsScreen::SalePrice)->text(), QLocale().toString(14.99, 'f', 2));
        QCOMPARE(prices->item(1, CampaignsScreen::SalePrice)->text(), QLocale().toString(9.38, 'f', 2));
        prices->item(1, CampaignsScreen::SalePrice)->setText(QStringLiteral("9.00")); // typed over
        auto* stores = find<QListWidget>("campaignStores");
        QCOMPARE(stores->count(), 2);
        stores->item(0)->setCheckState(Qt::Checked); // Berlin only
        find<QDateTimeEdit>("campaignFrom")->setDateTime(QDateTime(QDate(2026, 7, 1), QTime(0, 0)));
        find<QDateTimeEdit>("campaignUntil")->setDateTime(QDateTime(QDate(2026, 6, 1), QTime(0, 0)));
        QVERIFY(!m_screen->save());
        QVERIFY(find<QLabel>("campaignMessage")->text().contains(QLatin1String("end after")));
        find<QDateTimeEdit>("campaignUntil")->setDateTime(QDateTime(QDate(2026, 9, 1), QTime(0, 0)));
        QVERIFY(m_screen->save());

        const QJsonObject queued = lastQueued();
        QCOMPARE(queued.value("name").toString(), QStringLiteral("Summer sale"));
        QCOMPARE(queued.value("store_ids").toArray(), QJsonArray{"s-berlin"});
        QCOMPARE(queued.value("prices").toArray().size(), 2);
        QCOMPARE(queued.value("prices")[0]["sku"].toString(), QStringLiteral("TEE"));
        QCOMPARE(queued.value("prices")[0]["price"]["amount"].toInt(), 1499);
        QCOMPARE(queued.value("prices")[1]["price"]["amount"].toInt(), 900);
        QCOMPARE(queued.value("prices")[1]["price"]["currency"].toString(), QStringLiteral("EUR"));
        QVERIFY(!queued.contains("version")); // a new campaign
        QCOMPARE(QDateTime::fromString(queued.value("starts_at").toString(), Qt::ISODateWithMs),
                 QDateTime(QDate(2026, 7, 1), QTime(0, 0)).toUTC());

        auto* table = find<QTableWidget>("campaigns");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, CampaignsScreen::Items)->text(), QStringLiteral("2"));
        QCOMPARE(table->item(0, CampaignsScreen::Stores)->text(), QStringLiteral("Berlin"));
        const QString phase =
            QDate::currentDate() < QDate(2026, 9, 1) ? QStringLiteral("Running") : QStringLiteral("Ended");
        QCOMPARE(table->item(0, CampaignsScreen::Phase)->text(),
                 QDateTime::currentDateTime() < QDateTime(QDate(2026, 7, 1), QTime(0, 0)) ? QStringLiteral("Planned")
                                                                                          : phase);
    }

    void anEditKeepsTheVersionItStartedFrom() {
        // The server's copy arrives with its version; the edit carries it.
        auto list = m_campaigns.list();
        QVERIFY(list.ok() && list->size() == 1);
        QJsonObject served =
            QJsonDocument::fromJson(m_replica.db()
                                        .select(QStringLiteral("SELECT data FROM entities WHERE entity = 'campaign'"))
                                        ->first()
                                        .at(0)
                                        .toString()
                                        .toUtf8())
                .object();
        served.insert("version", 3);
        QVERIFY(tp::backoffice::testing::putEntity(m_replica.db(), 10, "campaign", served));
        m_screen->refresh();
        find<QTableWidget>("campaigns")->setCurrentCell(0, 0);
        QCOMPARE(find<QLineEdit>("campaignName")->text(), QStringLiteral("Summer sale"));
        QCOMPARE(find<QTableWidget>("campaignPrices")->rowCount(), 2);
        m_screen->removeItem(); // nothing selected: said in words
        find<QTableWidget>("campaignPrices")->setCurrentCell(1, 0);
        m_screen->removeItem();
        auto* status = find<QComboBox>("campaignStatus");
        status->setCurrentIndex(status->findData(QStringLiteral("archived")));
        QVERIFY(m_screen->save());
        const QJsonObject queued = lastQueued();
        QCOMPARE(queued.value("version").toInt(), 3);
        QCOMPARE(queued.value("status").toString(), QStringLiteral("archived"));
        QCOMPARE(queued.value("prices").toArray().size(), 1);
        QCOMPARE(find<QTableWidget>("campaigns")->item(0, CampaignsScreen::Phase)->text(), QStringLiteral("Archived"));
    }
};

QTEST_MAIN(TestCampaignsScreen)
#include "tst_campaignsscreen.moc"
