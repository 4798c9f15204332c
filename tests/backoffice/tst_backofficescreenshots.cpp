#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QScreen>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "FeedSamples.h"
#include "OrderSamples.h"
#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "domain/ids/UuidV7Generator.h"
#include "models/CampaignEdits.h"
#include "models/ProductEditor.h"
#include "models/ProductListModel.h"
#include "models/StoreSettings.h"
#include "models/csv/CatalogExport.h"
#include "models/csv/CatalogImport.h"
#include "models/dashboard/DashboardFigures.h"
#include "models/orders/OrderActions.h"
#include "models/orders/OrderListModel.h"
#include "ui/CampaignsScreen.h"
#include "ui/CatalogScreen.h"
#include "ui/DashboardScreen.h"
#include "ui/OrderDetailView.h"
#include "ui/OrdersScreen.h"
#include "ui/ProductEditorDialog.h"
#include "ui/ReceiptTemplateEditor.h"

using tp::backoffice::CatalogImport;

// Screenshots of the backoffice's dashboard, catalog, product editor, order detail, receipt template and
// campaigns in real windows on a real X
// server (Xvfb, started by the test's command), into the build directory
// (TILLPOINT_SCREENSHOT_DIR) for people to look at. Each must be its window's size and show
// more than an empty background.
class TestBackofficeScreenshots : public QObject {
    Q_OBJECT

    QDir m_out;
    QTemporaryDir m_dir;

    void shoot(QWidget& window, const QString& name) {
        QApplication::processEvents();
        QTest::qWait(50);
        const QImage image = window.screen()->grabWindow(window.winId()).toImage();
        QCOMPARE(image.size(), window.size());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(name + QStringLiteral(" looks blank")));
        const QString path = m_out.filePath(name + QStringLiteral(".png"));
        QVERIFY2(image.save(path), qPrintable(path));
    }

private slots:
    void initTestCase() {
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
                 "this test wants a real X server (xvfb-run), not the offscreen platform");
        const QString dir = qEnvironmentVariable("TILLPOINT_SCREENSHOT_DIR");
        QVERIFY2(!dir.isEmpty(), "TILLPOINT_SCREENSHOT_DIR names where the screenshots go");
        QVERIFY(QDir().mkpath(dir));
        m_out = QDir(dir);
    }

    void catalogAndProductEditor() {
        tp::client::testing::TempReplica replica;
        tp::domain::UuidV7Generator ids(tp::domain::UuidV7Generator::systemClock(),
                                        tp::domain::UuidV7Generator::systemRandomSource());
        tp::client::Outbox outbox(replica.db(), ids);
        tp::backoffice::ProductListModel products(replica.db());
        tp::backoffice::ProductEditor editor(outbox, ids);
        CatalogImport import(outbox, ids);
        tp::backoffice::CatalogExport exporter(replica.db());

        // A small shop, imported as a store owner would bring it over.
        QByteArray csv = "Handle,Title,Body (HTML),Option1 Name,Option1 Value,Option2 Name,Option2 Value,Variant SKU,"
                         "Variant Price,Variant Barcode,Status\n";
        const char* sizes[] = {"S", "M", "L"};
        const char* colours[] = {"Black", "White"};
        bool first = true;
        for (const char* size : sizes)
            for (const char* colour : colours) {
                csv += QStringLiteral("tee,%1,%2,Size,%3,Colour,%4,TEE-%3-%4,19.90,,active\n")
                           .arg(first ? QStringLiteral("Organic tee") : QString(),
                                first ? QStringLiteral("\"<p>Soft, heavy cotton.</p>\"") : QString(),
                                QString::fromLatin1(size), QString::fromLatin1(colour))
                           .toUtf8();
                first = false;
            }
        for (const char* item : {"Mug,MUG-1,12.50,4006381333931", "Espresso cup,CUP-2,8.90,96385074",
                                 "Tote bag,BAG-1,14.00,", "Notebook A5,NB-5,6.50,", "Pencil set,PEN-3,4.20,"}) {
            const QStringList f = QString::fromLatin1(item).split(QLatin1Char(','));
            csv +=
                QStringLiteral("%1,%2,,Title,Default Title,,,%1,%3,%4,active\n").arg(f[1], f[0], f[2], f[3]).toUtf8();
        }
        const QString path = m_dir.filePath(QStringLiteral("shop.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        import.read(path, *tp::domain::Currency::fromCode("EUR"));
        QTRY_VERIFY_WITH_TIMEOUT(import.state() == CatalogImport::State::Ready, 20000);
        import.start();
        QTRY_VERIFY_WITH_TIMEOUT(import.state() == CatalogImport::State::Finished, 20000);

        tp::backoffice::ui::CatalogScreen catalog(products, editor, import, exporter,
                                                  [] { return *tp::domain::Currency::fromCode("EUR"); });
        catalog.setWindowFlag(Qt::FramelessWindowHint);
        catalog.resize(1280, 800);
        catalog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&catalog));
        catalog.refresh();
        shoot(catalog, QStringLiteral("backoffice-catalog"));

        QString teeId;
        for (int row = 0; row < products.rowCount(); ++row)
            if (products.index(row, tp::backoffice::ProductListModel::Sku).data().toString() == QLatin1String("tee"))
                teeId = products.productId(row);
        auto* dialog = catalog.openProduct(teeId);
        QVERIFY(dialog);
        dialog->setWindowFlag(Qt::FramelessWindowHint);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto* variants = dialog->findChild<QTableWidget*>(QStringLiteral("variants"));
        QCOMPARE(variants->rowCount(), 6);
        shoot(*dialog, QStringLiteral("backoffice-product-editor"));
    }

    void orderDetail() {
        tp::client::testing::TempReplica replica;
        QVERIFY(tp::backoffice::testing::putSampleOrders(replica.db()));
        tp::domain::UuidV7Generator ids(tp::domain::UuidV7Generator::systemClock(),
                                        tp::domain::UuidV7Generator::systemRandomSource());
        tp::client::Outbox outbox(replica.db(), ids);
        tp::backoffice::OrderListModel orders(replica.db());
        tp::backoffice::OrderActions actions(outbox, ids);
        auto web = orders.load(QStringLiteral("o-2"));
        QVERIFY(web.ok());
        QVERIFY(actions.changeStatus(*web, QStringLiteral("shipped"), QStringLiteral("00340434161234567890")).ok());
        QVERIFY(actions.addNote(*orders.load(QStringLiteral("o-2")), QStringLiteral("Gift wrap, please.")).ok());

        tp::backoffice::ui::OrdersScreen screen(orders, actions);
        screen.setWindowFlag(Qt::FramelessWindowHint);
        screen.resize(1280, 800);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        screen.refresh();
        for (int row = 0; row < orders.rowCount(); ++row)
            if (orders.orderId(row) == QLatin1String("o-2"))
                screen.choose(row);
        QVERIFY(screen.detail()->order().has_value());
        shoot(screen, QStringLiteral("backoffice-order-detail"));
    }

    void dashboard() {
        tp::client::testing::TempReplica replica;
        QVERIFY(tp::backoffice::testing::putSampleMonth(replica.db(), QDate::currentDate()));
        tp::backoffice::ui::DashboardScreen screen([&replica](const QDate& from, const QDate& to) {
            return tp::backoffice::DashboardFigures::compute(replica.db(), from, to, QStringLiteral("EUR"));
        });
        screen.setWindowFlag(Qt::FramelessWindowHint);
        screen.resize(1280, 800);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        QVERIFY(screen.figures().orders > 0);
        shoot(screen, QStringLiteral("backoffice-dashboard"));
    }

    void receiptTemplate() {
        tp::client::testing::TempReplica replica;
        QVERIFY(tp::backoffice::testing::putEntity(replica.db(), 1, "store",
                                                   QJsonObject{{"id", "s-berlin"},
                                                               {"name", "Tillpoint Berlin"},
                                                               {"currency", "EUR"},
                                                               {"receipt_header", "Torstraße 1\n10119 Berlin"},
                                                               {"receipt_footer", "Thank you!\nReturns within 30 days"},
                                                               {"version", 1}}));
        tp::domain::UuidV7Generator ids(tp::domain::UuidV7Generator::systemClock(),
                                        tp::domain::UuidV7Generator::systemRandomSource());
        tp::client::Outbox outbox(replica.db(), ids);
        tp::backoffice::StoreSettings settings(outbox);
        tp::backoffice::ui::ReceiptTemplateEditor editor(settings);
        editor.setWindowFlag(Qt::FramelessWindowHint);
        editor.resize(1280, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.refresh();
        QVERIFY(!editor.preview().isNull());
        shoot(editor, QStringLiteral("backoffice-receipt-template"));
    }

    void campaigns() {
        tp::client::testing::TempReplica replica;
        for (const auto& [seq, id, sku, name, price] :
             {std::tuple{1, "p1", "TEE-S", "Organic tee S", 1999}, std::tuple{2, "p2", "MUG-1", "Stoneware mug", 1250},
              std::tuple{3, "p3", "CAP-1", "Cotton cap", 1590}})
            QVERIFY(tp::backoffice::testing::putEntity(
                replica.db(), seq, "product",
                tp::client::testing::productData(id, sku, QString::fromLatin1(name), price, {})));
        tp::domain::UuidV7Generator ids(tp::domain::UuidV7Generator::systemClock(),
                                        tp::domain::UuidV7Generator::systemRandomSource());
        tp::client::Outbox outbox(replica.db(), ids);
        tp::backoffice::CampaignEdits campaigns(outbox, ids);
        tp::backoffice::CampaignDraft summer;
        summer.name = QStringLiteral("Summer sale");
        summer.startsAt = QDateTime::currentDateTimeUtc().addDays(-3);
        summer.endsAt = QDateTime::currentDateTimeUtc().addDays(11);
        summer.prices = {{"TEE-S", 1499, "EUR"}, {"MUG-1", 990, "EUR"}, {"CAP-1", 1190, "EUR"}};
        QVERIFY(campaigns.save(summer).ok());
        tp::backoffice::CampaignDraft autumn = summer;
        autumn.name = QStringLiteral("Autumn week");
        autumn.startsAt = QDateTime::currentDateTimeUtc().addDays(40);
        autumn.endsAt = QDateTime::currentDateTimeUtc().addDays(47);
        autumn.prices = {{"MUG-1", 1000, "EUR"}};
        QVERIFY(campaigns.save(autumn).ok());
        tp::backoffice::ui::CampaignsScreen screen(
            campaigns, [] { return *tp::domain::Currency::fromCode("EUR"); },
            [] {
                return QList<std::pair<QString, QString>>{{"s-berlin", "Berlin"}, {"s-zurich", "Zurich"}};
            });
        screen.setWindowFlag(Qt::FramelessWindowHint);
        screen.resize(1280, 800);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        screen.refresh();
        auto* list = screen.findChild<QTableWidget*>(QStringLiteral("campaigns"));
        QCOMPARE(list->rowCount(), 2);
        for (int row = 0; row < list->rowCount(); ++row)
            if (list->item(row, 0)->text() == QLatin1String("Summer sale"))
                list->setCurrentCell(row, 0);
        QCOMPARE(screen.findChild<QTableWidget*>(QStringLiteral("campaignPrices"))->rowCount(), 3);
        shoot(screen, QStringLiteral("backoffice-campaigns"));
    }
};

QTEST_MAIN(TestBackofficeScreenshots)
#include "tst_backofficescreenshots.moc"
