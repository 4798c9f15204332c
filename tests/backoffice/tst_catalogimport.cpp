#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "FeedSamples.h"
#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "client/replica/CatalogSearch.h"
#include "client/replica/ChangeApplier.h"
#include "client/replica/FeedChange.h"
#include "domain/ids/UuidV7Generator.h"
#include "models/ProductListModel.h"
#include "models/csv/CatalogExport.h"
#include "models/csv/CatalogImport.h"
#include "models/csv/ShopifyProductCsv.h"

using tp::backoffice::CatalogExport;
using tp::backoffice::CatalogImport;

namespace {

const QByteArray kHeader = "Handle,Title,Body (HTML),Option1 Name,Option1 Value,Option2 Name,Option2 Value,"
                           "Variant SKU,Variant Price,Variant Barcode,Status\n";

// `count` simple products "Item n" (sku ITEM-n, price n.00).
QByteArray items(int count, int from = 1) {
    QByteArray rows;
    for (int n = from; n < from + count; ++n)
        rows += QStringLiteral("item-%1,Item %1,,Title,Default Title,,,ITEM-%1,%1.00,,active\n").arg(n).toUtf8();
    return rows;
}

} // namespace

// Imports and exports against a real replica and outbox (no server: tests/sync proves the
// server takes what is queued): what the preview says, what lands in the replica and the
// outbox, updates of known products, cancelling, and a round trip through the export.
class TestCatalogImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    tp::domain::Currency m_eur = *tp::domain::Currency::fromCode("EUR");

    QString file(const QString& name, const QByteArray& text) {
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
            return QString();
        return path;
    }

    struct Office {
        tp::client::testing::TempReplica replica;
        tp::domain::UuidV7Generator ids{tp::domain::UuidV7Generator::systemClock(),
                                        tp::domain::UuidV7Generator::systemRandomSource()};
        tp::client::Outbox outbox{replica.db(), ids};
    };

    static bool readUntilSettled(CatalogImport& import, const QString& path, tp::domain::Currency currency) {
        import.read(path, currency);
        return QTest::qWaitFor([&import] { return import.state() != CatalogImport::State::Reading; }, 20000);
    }

    static bool importUntilSettled(CatalogImport& import) {
        import.start();
        return QTest::qWaitFor([&import] { return import.state() != CatalogImport::State::Importing; }, 20000);
    }

    static QList<tp::client::OutboxMutation> queued(Office& office) {
        auto pending = office.outbox.oldest(100000);
        return pending ? *pending : QList<tp::client::OutboxMutation>{};
    }

private slots:
    void aFileIsPreviewedThenLandsInTheReplicaAndTheOutbox() {
        Office office;
        CatalogImport import(office.outbox, office.ids);
        QSignalSpy progress(&import, &CatalogImport::progress);
        const QString path =
            file("first.csv", kHeader + "tee,Tee shirt,<b>Soft</b>,Size,S,Colour,Red,TEE-S,19.99,4006381333931,active\n"
                                        "tee,,,,M,,Red,TEE-M,19.99,,\n"
                                        "mug,Mug,,Title,Default Title,,,MUG-1,12.50,96385074,draft\n"
                                        "bad,Bad,,Title,Default Title,,,BAD-1,twelve,,active\n");
        QVERIFY(readUntilSettled(import, path, m_eur));
        QCOMPARE(import.state(), CatalogImport::State::Ready);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(import.plan().products.size(), 2);
        QCOMPARE(import.plan().errors.size(), 2); // the bad price, and its product left out
        QCOMPARE(queued(office).size(), 0);       // a preview writes nothing

        QVERIFY(importUntilSettled(import));
        QCOMPARE(import.state(), CatalogImport::State::Finished);
        QCOMPARE(import.importedProducts(), 2);

        tp::backoffice::ProductListModel list(office.replica.db());
        QVERIFY(list.reload().ok());
        QCOMPARE(list.rowCount(), 2);
        QCOMPARE(list.index(0, tp::backoffice::ProductListModel::Status).data().toString(),
                 QStringLiteral("Draft")); // the mug, first by name
        auto variants = office.replica.db().select(QStringLiteral("SELECT sku FROM variants ORDER BY sku"));
        QCOMPARE(variants->size(), 3);
        // A scan finds an imported barcode at once, and so does a search.
        auto scanned = office.replica.db().select(
            QStringLiteral(
                "SELECT v.sku FROM variant_barcodes b JOIN variants v ON v.id = b.variant_id WHERE b.barcode = ?"),
            {QStringLiteral("4006381333931")});
        QCOMPARE(scanned->first().at(0).toString(), QStringLiteral("TEE-S"));
        tp::client::CatalogSearch search(office.replica.db());
        auto found = search.search(QStringLiteral("tee"), 10);
        QVERIFY(found.ok() && !found->isEmpty());

        const auto mutations = queued(office);
        QCOMPARE(mutations.size(), 2);
        const QJsonObject tee = mutations.at(0).data;
        QCOMPARE(mutations.at(0).type, QStringLiteral("product.upsert"));
        QCOMPARE(tee.value("sku").toString(), QStringLiteral("tee"));
        QCOMPARE(tee.value("description").toString(), QStringLiteral("<b>Soft</b>"));
        QVERIFY(!tee.contains("version")); // new: no version to start from
        QCOMPARE(tee.value("options").toArray().size(), 2);
        const QJsonArray teeVariants = tee.value("variants").toArray();
        QCOMPARE(teeVariants.size(), 2);
        QCOMPARE(teeVariants.at(0).toObject().value("price").toObject().value("amount").toInteger(), 1999);
        QCOMPARE(teeVariants.at(1).toObject().value("options").toObject().value("Size").toString(),
                 QStringLiteral("M"));
        const QJsonObject mug = mutations.at(1).data;
        QCOMPARE(mug.value("status").toString(), QStringLiteral("draft"));
        QCOMPARE(mug.value("barcodes").toArray(), QJsonArray{"96385074"});
        QVERIFY(!mug.contains("variants")); // simple: the default variant follows the product
    }

    void aKnownSkuIsUpdatedFromItsVersionAndAnotherProductsSkuIsRefused() {
        Office office;
        auto seeded = tp::client::FeedChange::fromJson(
            tp::client::testing::upsert(40, QStringLiteral("product"), QStringLiteral("p-mug"), [] {
                QJsonObject mug = tp::client::testing::productData(QStringLiteral("p-mug"), QStringLiteral("MUG-1"),
                                                                   QStringLiteral("Mug"), 990);
                mug.insert(QStringLiteral("version"), 7);
                return mug;
            }()));
        QVERIFY(seeded.ok());
        QVERIFY(tp::client::ChangeApplier(office.replica.db()).apply(*seeded).ok());

        CatalogImport import(office.outbox, office.ids);
        const QString path = file("update.csv", kHeader + "mug,Big mug,,Title,Default Title,,,MUG-1,14.00,,active\n"
                                                          "cup,Cup,,Size,S,,,CUP-S,1,96385074,active\n"
                                                          "cup,,,,M,,,CUP-M,1,,\n");
        QVERIFY(readUntilSettled(import, path, m_eur));
        QCOMPARE(import.plan().products.size(), 2);
        QCOMPARE(import.plan().errors.size(), 0);
        QVERIFY(importUntilSettled(import));
        const auto mutations = queued(office);
        QCOMPARE(mutations.size(), 2);
        QCOMPARE(mutations.first().data.value("id").toString(), QStringLiteral("p-mug"));
        QCOMPARE(mutations.first().data.value("version").toInteger(), 7);
        QCOMPARE(mutations.first().data.value("name").toString(), QStringLiteral("Big mug"));
        // The replica shows the edit at once and keeps the variant's id (stock refers to it).
        auto mug =
            office.replica.db().select(QStringLiteral("SELECT p.name, p.seq, v.id FROM products p JOIN "
                                                      "variants v ON v.product_id = p.id WHERE p.sku = 'MUG-1'"));
        QCOMPARE(mug->first().at(0).toString(), QStringLiteral("Big mug"));
        QCOMPARE(mug->first().at(1).toLongLong(), 40);
        QCOMPARE(mug->first().at(2).toString(), QStringLiteral("p-mug-v"));

        // Now a file with the mug's sku on another product's variant and the cup's barcode on
        // another product: reported and left out, the rest imported.
        CatalogImport again(office.outbox, office.ids);
        const QString clash = file("clash.csv", kHeader + "jar,Jar,,Size,S,,,MUG-1,1,,active\n"
                                                          "jar,,,,M,,,JAR-M,1,,\n"
                                                          "vase,Vase,,Title,Default Title,,,V-1,1,96385074,active\n");
        QVERIFY(readUntilSettled(again, clash, m_eur));
        QCOMPARE(again.plan().errors.size(), 3);
        QCOMPARE(again.plan().errors.at(0).line, 2);
        QVERIFY(again.plan().errors.at(0).message.contains(QLatin1String("Big mug")));
        QCOMPARE(again.plan().errors.at(1).line, 4);
        QCOMPARE(again.plan().errors.at(1).column, QStringLiteral("Variant Barcode"));
        QVERIFY(again.plan().errors.at(1).message.contains(QLatin1String("Cup")));
        QCOMPARE(again.plan().errors.at(2).line, 4); // the vase had no other variant: left out
        QCOMPARE(again.plan().products.size(), 1);
        QCOMPARE(again.plan().products.first().variants.size(), 1);
    }

    void cancellingAnImportKeepsWholeBatchesOnly() {
        Office office;
        CatalogImport import(office.outbox, office.ids);
        import.setBatchSize(7);
        import.setSliceMilliseconds(1);
        QVERIFY(readUntilSettled(import, file("many.csv", kHeader + items(300)), m_eur));
        QCOMPARE(import.plan().products.size(), 300);
        QObject::connect(&import, &CatalogImport::progress, &import, [&import](qint64 done, qint64) {
            if (done >= 14)
                import.cancel();
        });
        QVERIFY(importUntilSettled(import));
        QCOMPARE(import.state(), CatalogImport::State::Cancelled);
        QVERIFY(import.importedProducts() >= 14 && import.importedProducts() < 300);
        QCOMPARE(import.importedProducts() % 7, 0);
        QCOMPARE(queued(office).size(), import.importedProducts());
        auto stored = office.replica.db().select(QStringLiteral("SELECT count(*) FROM products"));
        QCOMPARE(stored->first().at(0).toInt(), import.importedProducts());
    }

    void cancellingTheReadingChangesNothing() {
        Office office;
        CatalogImport import(office.outbox, office.ids);
        import.setSliceMilliseconds(1);
        QObject::connect(&import, &CatalogImport::progress, &import, [&import] { import.cancel(); });
        QVERIFY(readUntilSettled(import, file("cancel.csv", kHeader + items(20000)), m_eur));
        QCOMPARE(import.state(), CatalogImport::State::Cancelled);
        QCOMPARE(queued(office).size(), 0);
    }

    void aFileThatIsNoProductFileFailsInWords() {
        Office office;
        CatalogImport import(office.outbox, office.ids);
        QVERIFY(readUntilSettled(import, file("other.csv", "Name,Price\nmug,1\n"), m_eur));
        QCOMPARE(import.state(), CatalogImport::State::Failed);
        QVERIFY(import.failure().contains(QLatin1String("Handle")));
        QVERIFY(readUntilSettled(import, m_dir.filePath("missing.csv"), m_eur));
        QCOMPARE(import.state(), CatalogImport::State::Failed);
        QVERIFY(import.failure().contains(QLatin1String("missing.csv")));
    }

    void anExportImportsBackAsUpdatesOfTheSameProducts() {
        Office office;
        CatalogImport import(office.outbox, office.ids);
        QVERIFY(readUntilSettled(
            import,
            file("source.csv",
                 kHeader + items(25) +
                     "tee,\"Tee, \"\"soft\"\"\",\"<p>a\nb</p>\",Size,S,Colour,Red,TEE-S,19.99,4006381333931,"
                     "active\n"
                     "tee,,,,M,,Red,TEE-M,21.50,,\n"),
            m_eur));
        QVERIFY(importUntilSettled(import));
        QCOMPARE(import.importedProducts(), 26);

        CatalogExport exporter(office.replica.db());
        const QString exported = m_dir.filePath("export.csv");
        exporter.write(exported);
        QVERIFY(QTest::qWaitFor([&] { return exporter.state() != CatalogExport::State::Writing; }, 20000));
        QCOMPARE(exporter.state(), CatalogExport::State::Finished);
        QCOMPARE(exporter.exportedProducts(), 26);
        QFile text(exported);
        QVERIFY(text.open(QIODevice::ReadOnly));
        QVERIFY(text.readLine().startsWith("Handle,Title,Body (HTML),Status,Option1 Name"));

        CatalogImport back(office.outbox, office.ids);
        QVERIFY(readUntilSettled(back, exported, m_eur));
        QCOMPARE(back.plan().errors.size(), 0);
        QCOMPARE(back.plan().products.size(), 26);
        for (const auto& product : back.plan().products)
            QVERIFY2(!product.existingId.isEmpty(), qPrintable(product.sku)); // every one an update
        const auto& tee = *std::find_if(back.plan().products.begin(), back.plan().products.end(),
                                        [](const auto& p) { return p.sku == QLatin1String("tee"); });
        QCOMPARE(tee.name, QStringLiteral("Tee, \"soft\""));
        QCOMPARE(tee.description, QStringLiteral("<p>a\nb</p>"));
        QCOMPARE(tee.optionNames, (QStringList{"Size", "Colour"}));
        QCOMPARE(tee.variants.at(1).price, 2150);
        QCOMPARE(tee.variants.at(0).barcode, QStringLiteral("4006381333931"));
        QVERIFY(!tee.variants.at(0).existingId.isEmpty());
    }

    void aCancelledExportLeavesNoFile() {
        Office office;
        CatalogImport import(office.outbox, office.ids);
        QVERIFY(readUntilSettled(import, file("export-src.csv", kHeader + items(3000)), m_eur));
        QVERIFY(importUntilSettled(import));
        CatalogExport exporter(office.replica.db());
        const QString path = m_dir.filePath("cancelled.csv");
        exporter.write(path);
        exporter.cancel();
        QVERIFY(QTest::qWaitFor([&] { return exporter.state() != CatalogExport::State::Writing; }, 20000));
        QCOMPARE(exporter.state(), CatalogExport::State::Cancelled);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestCatalogImport)
#include "tst_catalogimport.moc"
