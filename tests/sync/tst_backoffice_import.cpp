#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "ApiTestServer.h"
#include "OfficeReplica.h"
#include "domain/barcode/Gtin.h"
#include "models/csv/CatalogImport.h"
#include "models/csv/CsvWriter.h"

using tp::backoffice::CatalogImport;
using tp::test::ApiResponse;
using tp::test::ApiTestServer;

namespace {

// Shopify's product CSV columns as its help centre documents them, in its order.
const QStringList kShopifyColumns{"Handle",
                                  "Title",
                                  "Body (HTML)",
                                  "Vendor",
                                  "Product Category",
                                  "Type",
                                  "Tags",
                                  "Published",
                                  "Option1 Name",
                                  "Option1 Value",
                                  "Option1 Linked To",
                                  "Option2 Name",
                                  "Option2 Value",
                                  "Option2 Linked To",
                                  "Option3 Name",
                                  "Option3 Value",
                                  "Option3 Linked To",
                                  "Variant SKU",
                                  "Variant Grams",
                                  "Variant Inventory Tracker",
                                  "Variant Inventory Qty",
                                  "Variant Inventory Policy",
                                  "Variant Fulfillment Service",
                                  "Variant Price",
                                  "Variant Compare At Price",
                                  "Variant Requires Shipping",
                                  "Variant Taxable",
                                  "Variant Barcode",
                                  "Image Src",
                                  "Image Position",
                                  "Image Alt Text",
                                  "Gift Card",
                                  "SEO Title",
                                  "SEO Description",
                                  "Variant Image",
                                  "Variant Weight Unit",
                                  "Variant Tax Code",
                                  "Cost per item",
                                  "Status"};

// An in-store EAN-13 (prefix 200) with its check digit.
QString ean13(int n) {
    const std::string payload = QStringLiteral("200%1").arg(n, 9, 10, QLatin1Char('0')).toStdString();
    return QString::fromStdString(payload) + QString::number(tp::domain::Gtin::checkDigit(payload).value());
}

// Writes rows of named columns in Shopify's column order.
class ShopifyFile {
public:
    void row(const QHash<QString, QString>& values) {
        QStringList fields;
        for (const QString& column : kShopifyColumns)
            fields << values.value(column);
        const QByteArray record = tp::backoffice::csvRecord(fields);
        m_text += record;
        m_lines += int(record.count('\n')); // a quoted line break makes a record longer
        ++m_rows;
    }
    // The line of the file the next row starts on (the header is line 1).
    int nextLine() const { return m_lines + 2; }
    int rows() const { return m_rows; }
    QByteArray text() const { return tp::backoffice::csvRecord(kShopifyColumns) + m_text; }

private:
    QByteArray m_text;
    int m_rows = 0;
    int m_lines = 0;
};

} // namespace

// A Shopify product CSV of several hundred rows written by the test — apparel with size ×
// colour variants, simple products, image rows, an update of a product the shop has, and bad
// rows — imported in the backoffice, uploaded to the real server on loopback, and pulled back:
// the bad rows are reported (by line) and left out, and the server takes every product the
// import queued (its checks and the server's agree: nothing needs attention).
class TestBackofficeImport : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    QTemporaryDir m_dir;
    std::string m_existingId;

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("importer");
        const ApiResponse created = m_server.post(
            "/api/v1/products", R"({"sku":"OLD-1","name":"Old name","price":{"amount":500,"currency":"EUR"}})",
            m_shop.ownerToken);
        QVERIFY2(created.status == 201, created.body.c_str());
        m_existingId = created.json->getObject("product")->getValue<std::string>("id");
    }

    void aShopifyFileOfSeveralHundredRowsReachesTheServer() {
        tp::test::OfficeReplica office(m_dir.filePath(QStringLiteral("office.db")),
                                       QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port())),
                                       QString::fromStdString(m_shop.ownerToken));
        QVERIFY(office.isOpen());
        auto& db = office.db;
        auto& ids = office.ids;
        auto& outbox = office.outbox;
        const auto pull = [&office] {
            return office.pull();
        };
        QVERIFY(pull()); // the shop's catalog: OLD-1

        ShopifyFile file;
        QList<int> badLines;
        int barcode = 1;
        const QStringList sizes{"S", "M", "L"};
        const QStringList colours{"Black", "White"};
        for (int p = 1; p <= 60; ++p) {
            const QString handle = QStringLiteral("tee-%1").arg(p);
            bool first = true;
            for (const QString& size : sizes)
                for (const QString& colour : colours) {
                    QHash<QString, QString> row{
                        {"Handle", handle},
                        {"Option1 Value", size},
                        {"Option2 Value", colour},
                        {"Variant SKU", QStringLiteral("TEE-%1-%2-%3").arg(p).arg(size, colour)},
                        {"Variant Grams", "180"},
                        {"Variant Inventory Tracker", "shopify"},
                        {"Variant Inventory Qty", "12"},
                        {"Variant Price", QStringLiteral("%1.90").arg(10 + p % 7)},
                        {"Variant Barcode", ean13(barcode++)},
                        {"Variant Requires Shipping", "TRUE"},
                        {"Variant Taxable", "TRUE"}};
                    if (first)
                        row.insert({{"Title", QStringLiteral("Tee %1, organic").arg(p)},
                                    {"Body (HTML)", "<p>Soft cotton.\nMade to last.</p>"},
                                    {"Vendor", "Acme"},
                                    {"Tags", "tees, summer"},
                                    {"Published", "TRUE"},
                                    {"Option1 Name", "Size"},
                                    {"Option2 Name", "Colour"},
                                    {"Status", "active"}});
                    if (p % 15 == 0 && size == QLatin1String("L") && colour == QLatin1String("White")) {
                        row.insert("Variant Price", "12,90"); // a comma for a decimal point
                        badLines << file.nextLine();
                    }
                    first = false;
                    file.row(row);
                }
            file.row({{"Handle", handle}, {"Image Src", QStringLiteral("https://img.example/%1.jpg").arg(p)}});
        }
        for (int p = 1; p <= 60; ++p) {
            QHash<QString, QString> row{{"Handle", QStringLiteral("mug-%1").arg(p)},
                                        {"Title", QStringLiteral("Mug %1").arg(p)},
                                        {"Option1 Name", "Title"},
                                        {"Option1 Value", "Default Title"},
                                        {"Variant SKU", QStringLiteral("MUG-%1").arg(p)},
                                        {"Variant Price", "8.50"},
                                        {"Variant Barcode", ean13(barcode++)},
                                        {"Status", p % 10 == 0 ? "draft" : "active"}};
            if (p == 7) {
                row.insert("Variant Barcode", "2000000000002"); // a wrong check digit
                badLines << file.nextLine();
            }
            if (p == 8) {
                row.insert("Variant SKU", "MUG-1"); // mug 1's
                badLines << file.nextLine();
            }
            file.row(row);
        }
        // The shop's own product, renamed and repriced.
        file.row({{"Handle", "old-1"},
                  {"Title", "New name"},
                  {"Option1 Name", "Title"},
                  {"Option1 Value", "Default Title"},
                  {"Variant SKU", "OLD-1"},
                  {"Variant Price", "6.00"},
                  {"Status", "active"}});
        // A product without a title: its rows go with it.
        badLines << file.nextLine();
        file.row({{"Handle", "nameless"}, {"Option1 Name", "Size"}, {"Option1 Value", "S"}, {"Variant Price", "1"}});
        badLines << file.nextLine();
        file.row({{"Handle", "nameless"}, {"Option1 Value", "M"}, {"Variant Price", "1"}});
        QVERIFY(file.rows() > 400);

        const QString path = m_dir.filePath(QStringLiteral("products_export.csv"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file.text());
        out.close();

        CatalogImport import(outbox, ids);
        import.read(path, *tp::domain::Currency::fromCode("EUR"));
        QVERIFY(QTest::qWaitFor([&] { return import.state() != CatalogImport::State::Reading; }, 60000));
        QCOMPARE(import.state(), CatalogImport::State::Ready);
        const auto& plan = import.plan();
        QList<int> reported;
        for (const auto& error : plan.errors)
            if (!reported.contains(int(error.line)))
                reported << int(error.line);
        QCOMPARE(reported, badLines);
        QCOMPARE(plan.imageRows, 60);
        QVERIFY(plan.ignoredColumns.contains(QLatin1String("Vendor")));
        // 60 tees (4 with a variant fewer), 58 mugs (7 and 8 left out), OLD-1.
        QCOMPARE(plan.products.size(), 60 + 58 + 1);
        QCOMPARE(plan.variantCount(), 60 * 6 - 4 + 58 + 1);
        QCOMPARE(std::count_if(plan.products.begin(), plan.products.end(),
                               [](const auto& product) { return !product.existingId.isEmpty(); }),
                 1);

        import.start();
        QVERIFY(QTest::qWaitFor([&] { return import.state() != CatalogImport::State::Importing; }, 60000));
        QCOMPARE(import.state(), CatalogImport::State::Finished);
        QCOMPARE(*outbox.pendingCount(), 119);

        QVERIFY2(office.upload(), qPrintable(office.firstRefusal()));

        // The server has them as the file said.
        const ApiResponse old = m_server.get("/api/v1/products/" + m_existingId, m_shop.ownerToken);
        QVERIFY2(old.status == 200, old.body.c_str());
        QCOMPARE(old.json->getObject("product")->getValue<std::string>("name"), std::string("New name"));
        QCOMPARE(old.json->getObject("product")->getValue<long long>("version"), 2LL);

        // The feed brings the server's copies over the imported ones.
        QVERIFY(pull());
        auto counts = db.select(QStringLiteral("SELECT count(*), sum(seq = 0) FROM products"));
        QCOMPARE(counts->first().at(0).toInt(), 1 + 60 + 58);
        QCOMPARE(counts->first().at(1).toInt(), 0);
        auto tee = db.select(QStringLiteral("SELECT p.name, p.data, count(v.id) FROM products p JOIN variants v ON "
                                            "v.product_id = p.id WHERE p.sku = 'tee-15' GROUP BY p.id"));
        QCOMPARE(tee->first().at(0).toString(), QStringLiteral("Tee 15, organic"));
        QCOMPARE(tee->first().at(2).toInt(), 5); // L/White was left out
        QVERIFY(tee->first().at(1).toString().contains(QLatin1String("Made to last.")));
        auto scanned = db.select(
            QStringLiteral("SELECT v.sku FROM variant_barcodes b JOIN variants v ON v.id = b.variant_id WHERE "
                           "b.barcode = ?"),
            {ean13(1)});
        QCOMPARE(scanned->first().at(0).toString(), QStringLiteral("TEE-1-S-Black"));
        auto draft = db.select(QStringLiteral("SELECT status FROM products WHERE sku = 'MUG-10'"));
        QCOMPARE(draft->first().at(0).toString(), QStringLiteral("draft"));
        auto missing = db.select(QStringLiteral("SELECT count(*) FROM products WHERE sku IN ('MUG-7', 'nameless')"));
        QCOMPARE(missing->first().at(0).toInt(), 0);
    }
};

QTEST_MAIN(TestBackofficeImport)
#include "tst_backoffice_import.moc"
