#include <QBuffer>
#include <QTest>

#include "models/csv/CsvReader.h"
#include "models/csv/ShopifyProductCsv.h"

using tp::backoffice::CsvRowError;
using tp::backoffice::ImportPlan;
using tp::backoffice::ShopifyProductCsv;

namespace {

const QByteArray kHeader = "Handle,Title,Body (HTML),Vendor,Tags,Published,Option1 Name,Option1 Value,Option2 Name,"
                           "Option2 Value,Option3 Name,Option3 Value,Variant SKU,Variant Grams,Variant Price,"
                           "Variant Barcode,Image Src,Status\n";

ImportPlan plan(const QByteArray& rows, const char* currency = "EUR") {
    QByteArray text = kHeader + rows;
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    tp::backoffice::CsvReader reader(buffer);
    ShopifyProductCsv csv(*tp::domain::Currency::fromCode(currency));
    auto header = reader.next();
    if (!header || !header->has_value() || !csv.readHeader(**header).ok())
        return {};
    while (auto record = reader.next()) {
        if (!record->has_value())
            break;
        csv.addRow(**record);
    }
    return csv.finish();
}

// "line:column" of every error, to compare at a glance.
QStringList where(const QList<CsvRowError>& errors) {
    QStringList places;
    for (const CsvRowError& error : errors)
        places << QStringLiteral("%1:%2").arg(error.line).arg(error.column);
    return places;
}

} // namespace

class TestShopifyProductCsv : public QObject {
    Q_OBJECT

private slots:
    void aFileAsShopifyWritesItBecomesProductsWithVariants() {
        const ImportPlan read = plan(
            // A simple product: Shopify's "Default Title" option.
            "mug,Blue mug,<p>Stoneware</p>,Acme,kitchen,TRUE,Title,Default Title,,,,,MUG-1,350,12.50,4006381333931,"
            "https://img/mug.jpg,active\n"
            "mug,,,,,,,,,,,,,,,,https://img/mug-2.jpg,\n" // an image row
            // Two options, three variants, one variant without a sku.
            "tee,Tee shirt,,Acme,,TRUE,Size,S,Colour,Red,,,TEE-S-RED,200,19.99,,,active\n"
            "tee,,,,,,,M,,Red,,,TEE-M-RED,200,19.99,96385074,,\n"
            "tee,,,,,,,L,,Blue,,,,200,21,,,\n"
            // No Status column value: Published FALSE makes a draft.
            "cap,Cap,,,,FALSE,Title,Default Title,,,,,,,9,,,\n");
        QCOMPARE(read.rows, 6);
        QCOMPARE(read.imageRows, 1);
        QVERIFY2(read.errors.isEmpty(), qPrintable(where(read.errors).join(QLatin1Char(' '))));
        QCOMPARE(read.ignoredColumns, (QStringList{"Vendor", "Tags", "Variant Grams"}));
        QCOMPARE(read.products.size(), 3);

        const auto& mug = read.products.at(0);
        QVERIFY(mug.isSimple());
        QCOMPARE(mug.sku, QStringLiteral("MUG-1"));
        QCOMPARE(mug.name, QStringLiteral("Blue mug"));
        QCOMPARE(mug.description, QStringLiteral("<p>Stoneware</p>"));
        QCOMPARE(mug.status, QStringLiteral("active"));
        QCOMPARE(mug.variants.size(), 1);
        QCOMPARE(mug.variants.first().price, 1250);
        QCOMPARE(mug.variants.first().barcode, QStringLiteral("4006381333931"));

        const auto& tee = read.products.at(1);
        QVERIFY(!tee.isSimple());
        QCOMPARE(tee.sku, QStringLiteral("tee")); // the handle
        QCOMPARE(tee.optionNames, (QStringList{"Size", "Colour"}));
        QCOMPARE(tee.variants.size(), 3);
        QCOMPARE(tee.variants.at(1).optionValues, (QStringList{"M", "Red"}));
        QCOMPARE(tee.variants.at(1).barcode, QStringLiteral("96385074")); // an EAN-8
        QCOMPARE(tee.variants.at(2).sku, QStringLiteral("tee-L-Blue"));   // made from handle and options
        QCOMPARE(tee.variants.at(2).price, 2100);
        QCOMPARE(tee.variants.at(2).line, 6);

        const auto& cap = read.products.at(2);
        QCOMPARE(cap.sku, QStringLiteral("cap")); // no sku: the handle
        QCOMPARE(cap.status, QStringLiteral("draft"));
        QCOMPARE(cap.variants.first().price, 900);
    }

    void badRowsAreReportedAndLeftOutTheRestIsKept() {
        const ImportPlan read =
            plan("tee,Tee,,,,,Size,S,,,,,T-S,,10.00,,,active\n"        // 2 fine
                 "tee,,,,,,,M,,,,,T-M,,10.001,,,\n"                    // 3 three decimals
                 "tee,,,,,,,,,,,,T-L,,10,,,\n"                         // 4 no size
                 "tee,,,,,,,S,,,,,T-S2,,10,,,\n"                       // 5 S again
                 "tee,,,,,,,XL,,,,,T-S,,10,,,\n"                       // 6 sku of line 2
                 "tee,,,,,,,XXL,,,,,T-XXL,,10,4006381333932,,\n"       // 7 wrong check digit
                 "tee,,,,,,,3XL,,,,,T 3XL,,10,,,\n"                    // 8 space in sku
                 "tee,,,,,,,4XL,,,,,T-4XL,,-1,,,\n"                    // 9 negative
                 "tee,,,,,,,5XL,Colour,Red,,,T-5XL,,10,,,\n"           // 10 value of an option the product lacks
                 ",Orphan,,,,,,,,,,,X-1,,1,,,\n"                       // 11 no handle
                 "hat,,,,,,Title,Default Title,,,,,H-1,,5,,,\n"        // 12 first row without title
                 "hat,,,,,,,,,,,,H-2,,5,,,\n"                          // 13 goes with its product
                 "bag,Bag,,,,,Title,Default Title,,,,,B-1,,5,,,sold\n" // 14 no such status
                 "pen,Pen,,,,,Title,Default Title,,,,,P-1,,abc,,,\n"   // 15 its only variant is bad
                 "box,Box,,,,,Title,Default Title,,,,,B-2,,5,,,\n"     // 16 fine
                 "box,,,,,,,,,,,,B-3,,5,,,\n"                          // 17 second variant without options
                 "jug,Jug,,,,,,,,,,,J-1,,5,96385074,,\n"               // 18 fine
                 "cup,Cup,,,,,,,,,,,C-1,,5,0096385074,,\n");           // 19 not a GTIN length: any code
        QCOMPARE(where(read.errors),
                 (QStringList{"3:Variant Price", "4:Option1 Value", "5:Option1 Value", "6:Variant SKU",
                              "7:Variant Barcode", "8:Variant SKU", "9:Variant Price", "10:Option2 Value", "11:Handle",
                              "12:Title", "13:Handle", "14:Status", "15:Variant Price", "15:", "17:"}));
        QVERIFY(read.errors.at(4).message.contains(QLatin1String("should be 1")));
        QVERIFY(read.errors.at(10).message.contains(QLatin1String("line 12")));
        QStringList skus;
        for (const auto& product : read.products)
            skus << product.sku;
        QCOMPARE(skus, (QStringList{"tee", "B-2", "J-1", "C-1"}));
        QCOMPARE(read.products.first().variants.size(), 1);
    }

    void barcodesAndSkusRepeatedAcrossProductsAreCaught() {
        const ImportPlan read = plan("a,A,,,,,,,,,,,A-1,,1,036000291452,,\n"
                                     "b,B,,,,,,,,,,,B-1,,1,0036000291452,,\n" // the same item as EAN-13
                                     "c,C,,,,,,,,,,,A-1,,1,,,\n");
        QCOMPARE(where(read.errors), (QStringList{"3:Variant Barcode", "3:", "4:Variant SKU", "4:"}));
        QCOMPARE(read.products.size(), 1);
    }

    void aHandleUsedForTwoDifferentTitlesIsRefused() {
        const ImportPlan read = plan("a,Apple,,,,,Size,S,,,,,A-S,,1,,,\n"
                                     "a,Avocado,,,,,Size,M,,,,,A-M,,1,,,\n");
        QCOMPARE(where(read.errors), QStringList{"3:Title"});
        QCOMPARE(read.products.first().variants.size(), 1);
    }

    void pricesFollowTheCurrencysDecimals() {
        const ImportPlan yen = plan("a,A,,,,,,,,,,,A-1,,1250,,,\nb,B,,,,,,,,,,,B-1,,12.5,,,\n", "JPY");
        QCOMPARE(yen.products.size(), 1);
        QCOMPARE(yen.products.first().variants.first().price, 1250);
        QCOMPARE(where(yen.errors), (QStringList{"3:Variant Price", "3:"}));
        QVERIFY(yen.errors.first().message.contains(QLatin1String("JPY")));
    }

    void aFileWithoutHandleIsNoProductFile() {
        QByteArray text = "Name,Price\nmug,1\n";
        QBuffer buffer(&text);
        buffer.open(QIODevice::ReadOnly);
        tp::backoffice::CsvReader reader(buffer);
        ShopifyProductCsv csv(*tp::domain::Currency::fromCode("EUR"));
        auto header = reader.next();
        auto refused = csv.readHeader(**header);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, std::string("csv_no_handle"));
    }
};

QTEST_APPLESS_MAIN(TestShopifyProductCsv)
#include "tst_shopifyproductcsv.moc"
