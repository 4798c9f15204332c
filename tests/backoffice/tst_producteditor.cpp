#include <QJsonArray>
#include <QTest>

#include "FeedSamples.h"
#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ChangeApplier.h"
#include "client/replica/FeedChange.h"
#include "domain/barcode/Gtin.h"
#include "domain/barcode/InStoreGtin.h"
#include "domain/ids/UuidV7Generator.h"
#include "models/BulkProductEdits.h"
#include "models/ProductEditor.h"

using tp::backoffice::ProductDocument;
using tp::backoffice::ProductEditor;
using tp::backoffice::ProductOptionDraft;

namespace {

QString code(const tp::domain::Result<void>& result) {
    return result.ok() ? QString() : QString::fromStdString(result.error().code);
}

// A tee of the server's with variants S and M (ids "v-s", "v-m"), at version 4.
QJsonObject serverTee() {
    const auto variant = [](const char* id, const char* sku, const char* size, const char* barcode) {
        return QJsonObject{{"id", id},
                           {"sku", sku},
                           {"options", QJsonObject{{"Size", size}}},
                           {"price", tp::client::testing::money(1999)},
                           {"inherits_price", true},
                           {"barcodes", QJsonArray{barcode}},
                           {"status", "active"},
                           {"store_prices", QJsonArray{}}};
    };
    return QJsonObject{{"id", "p-tee"},
                       {"sku", "TEE"},
                       {"name", "Tee"},
                       {"description", ""},
                       {"status", "active"},
                       {"price", tp::client::testing::money(1999)},
                       {"tax_class", "reduced"},
                       {"options", QJsonArray{QJsonObject{{"name", "Size"}, {"values", QJsonArray{"S", "M"}}}}},
                       {"barcodes", QJsonArray{}},
                       {"variants", QJsonArray{variant("v-s", "TEE-S", "S", "4006381333931"),
                                               variant("v-m", "TEE-M", "M", "96385074")}},
                       {"version", 4}};
}

} // namespace

// The product editor's actions against a real replica and outbox: variants made from options,
// in-store barcodes, checks as the server makes them, and what a save writes and queues.
class TestProductEditor : public QObject {
    Q_OBJECT

    struct Office {
        tp::client::testing::TempReplica replica;
        tp::domain::UuidV7Generator ids{tp::domain::UuidV7Generator::systemClock(),
                                        tp::domain::UuidV7Generator::systemRandomSource()};
        tp::client::Outbox outbox{replica.db(), ids};
        ProductEditor editor{outbox, ids};

        bool seed(const QJsonObject& product, qint64 seq) {
            auto change = tp::client::FeedChange::fromJson(
                tp::client::testing::upsert(seq, QStringLiteral("product"), product.value("id").toString(), product));
            return change.ok() && tp::client::ChangeApplier(replica.db()).apply(*change).ok();
        }
        QList<tp::client::OutboxMutation> queued() { return *outbox.oldest(1000); }
    };

private slots:
    void aNewProductGetsVariantsFromItsOptionsAndInStoreBarcodes() {
        Office office;
        ProductDocument tee = office.editor.create(QStringLiteral("EUR"));
        QVERIFY(tee.isNew());
        QCOMPARE(tee.variants.size(), 1);
        tee.sku = QStringLiteral("TEE");
        tee.name = QStringLiteral("  Organic tee ");
        tee.price = 1999;
        tee.options = {ProductOptionDraft{"Size", {"S", "M", "L"}}, ProductOptionDraft{"Colour", {"Red", "Blue"}}};
        QVERIFY(office.editor.generateVariants(tee).ok());
        QCOMPARE(tee.variants.size(), 6);
        QCOMPARE(tee.variants.at(0).sku, QStringLiteral("TEE-S-Red"));
        QCOMPARE(tee.variants.at(5).sku, QStringLiteral("TEE-L-Blue"));
        QCOMPARE(tee.variants.at(3).options.value("Size"), QStringLiteral("M"));
        tee.variants[5].price = 2199;
        auto barcode = office.editor.newInStoreBarcode(tee);
        QVERIFY(barcode.ok());
        QVERIFY(tp::domain::InStoreGtin::isInStore(*tp::domain::Gtin::parse(barcode->toStdString())));
        tee.variants[0].barcodes << *barcode;

        QVERIFY(office.editor.save(office.editor.create(QStringLiteral("EUR")), tee).ok());
        const auto queued = office.queued();
        QCOMPARE(queued.size(), 1);
        const QJsonObject data = queued.first().data;
        QCOMPARE(data.value("id").toString(), tee.id);
        QVERIFY(!data.contains("version")); // a new product
        QCOMPARE(data.value("name").toString(), QStringLiteral("Organic tee"));
        const QJsonArray variants = data.value("variants").toArray();
        QCOMPARE(variants.size(), 6);
        QVERIFY(!variants.at(0).toObject().contains("id")); // made here: the server matches the sku
        QVERIFY(variants.at(0).toObject().value("price").isNull());
        QCOMPARE(variants.at(5).toObject().value("price").toObject().value("amount").toInteger(), 2199);
        QCOMPARE(variants.at(0).toObject().value("barcodes").toArray(), QJsonArray{*barcode});

        // In the replica at once: a scan finds the new barcode; the editor reads it back.
        auto scanned = office.replica.db().select(
            QStringLiteral("SELECT v.sku FROM variant_barcodes b JOIN variants v ON v.id = b.variant_id WHERE "
                           "b.barcode = ?"),
            {*barcode});
        QCOMPARE(scanned->first().at(0).toString(), QStringLiteral("TEE-S-Red"));
        auto again = office.editor.load(tee.id);
        QVERIFY(again.ok());
        QCOMPARE(again->version, 1); // what the server will have
        QCOMPARE(again->variants.size(), 6);
        QVERIFY(again->variants.at(0).local);
        QCOMPARE(again->variants.at(5).price, std::optional<qint64>(2199));

        // Edited again before any sync: the edit starts from the version the creation makes.
        ProductDocument renamed = *again;
        renamed.name = QStringLiteral("Organic tee, new cut");
        QVERIFY(office.editor.save(*again, renamed).ok());
        const QJsonObject second = office.queued().at(1).data;
        QCOMPARE(second.value("version").toInteger(), 1);
        QCOMPARE(second.keys(), (QStringList{"id", "name", "version"})); // only what changed
        QCOMPARE(office.editor.load(tee.id)->version, 2);
    }

    void changingOptionsKeepsVariantsAndArchivesTheOnesGone() {
        Office office;
        QVERIFY(office.seed(serverTee(), 30));
        auto tee = office.editor.load(QStringLiteral("p-tee"));
        QVERIFY(tee.ok());
        QCOMPARE(tee->version, 4);
        ProductDocument edited = *tee;
        edited.options = {ProductOptionDraft{"Size", {"M", "L"}}};
        QVERIFY(office.editor.generateVariants(edited).ok());
        QCOMPARE(edited.variants.size(), 3); // M kept, L new, S archived
        QCOMPARE(edited.variants.at(0).id, QStringLiteral("v-m"));
        QCOMPARE(edited.variants.at(0).barcodes, QStringList{"96385074"});
        QCOMPARE(edited.variants.at(1).sku, QStringLiteral("TEE-L"));
        QCOMPARE(edited.variants.at(2).id, QStringLiteral("v-s"));
        QCOMPARE(edited.variants.at(2).status, QStringLiteral("archived"));

        QVERIFY(office.editor.save(*tee, edited).ok());
        const QJsonObject data = office.queued().first().data;
        QCOMPARE(data.value("version").toInteger(), 4);
        QVERIFY(!data.contains("name"));
        QVERIFY(data.contains("options"));
        const QJsonArray variants = data.value("variants").toArray();
        QCOMPARE(variants.at(0).toObject().value("id").toString(), QStringLiteral("v-m")); // the server's id
        QVERIFY(!variants.at(1).toObject().contains("id"));
        QCOMPARE(variants.at(2).toObject().value("status").toString(), QStringLiteral("archived"));
        // The local copy keeps what the editor does not manage.
        auto kept = office.replica.db().select(QStringLiteral("SELECT json_extract(data, '$.tax_class'), seq FROM "
                                                              "products WHERE id = 'p-tee'"));
        QCOMPARE(kept->first().at(0).toString(), QStringLiteral("reduced"));
        QCOMPARE(kept->first().at(1).toLongLong(), 30);
    }

    void whatTheServerWouldRefuseIsRefusedHereInWords() {
        Office office;
        QVERIFY(office.seed(serverTee(), 30));
        QVERIFY(
            office.seed(tp::client::testing::productData(QStringLiteral("p-mug"), QStringLiteral("MUG-1"),
                                                         QStringLiteral("Mug"), 990, {QStringLiteral("036000291452")}),
                        31));
        const ProductDocument tee = *office.editor.load(QStringLiteral("p-tee"));

        ProductDocument bad = tee;
        bad.variants[0].barcodes = {QStringLiteral("4006381333932")};
        auto refused = office.editor.save(tee, bad);
        QCOMPARE(code(refused), QStringLiteral("invalid_barcode"));
        QVERIFY(QString::fromStdString(refused.error().message).contains(QLatin1String("should be 1")));

        bad = tee;
        bad.variants[1].barcodes = {QStringLiteral("4006381333931")}; // the S variant's
        QCOMPARE(code(office.editor.save(tee, bad)), QStringLiteral("barcode_taken"));

        bad = tee;
        bad.variants[0].barcodes = {QStringLiteral("036000291452")}; // the mug's
        refused = office.editor.save(tee, bad);
        QCOMPARE(code(refused), QStringLiteral("barcode_taken"));
        QVERIFY(QString::fromStdString(refused.error().message).contains(QLatin1String("Mug")));

        bad = tee;
        bad.variants[0].sku = QStringLiteral("MUG-1");
        QCOMPARE(code(office.editor.save(tee, bad)), QStringLiteral("sku_taken"));

        bad = tee;
        bad.sku = QStringLiteral("TEE SHIRT");
        QCOMPARE(code(office.editor.save(tee, bad)), QStringLiteral("invalid_sku"));

        bad = tee;
        bad.options = {ProductOptionDraft{"Size", {"S", "S"}}};
        QCOMPARE(code(office.editor.save(tee, bad)), QStringLiteral("invalid_option"));

        bad = tee;
        QStringList many;
        for (int i = 0; i < 11; ++i)
            many << QString::number(i);
        bad.options = {ProductOptionDraft{"A", many}, ProductOptionDraft{"B", many}, ProductOptionDraft{"C", many}};
        QCOMPARE(code(office.editor.generateVariants(bad)), QStringLiteral("too_many_variants"));

        QCOMPARE(code(office.editor.save(tee, tee)), QStringLiteral("nothing_changed"));
        QCOMPARE(office.queued().size(), 0); // nothing refused reached the outbox
    }

    void aSimpleProductsBarcodesAreItsOwn() {
        Office office;
        ProductDocument mug = office.editor.create(QStringLiteral("EUR"));
        mug.sku = QStringLiteral("MUG-9");
        mug.name = QStringLiteral("Mug");
        mug.price = 850;
        mug.status = QStringLiteral("draft");
        mug.variants[0].barcodes = {QStringLiteral("96385074")};
        QVERIFY(office.editor.save(office.editor.create(QStringLiteral("EUR")), mug).ok());
        const QJsonObject data = office.queued().first().data;
        QCOMPARE(data.value("barcodes").toArray(), QJsonArray{"96385074"});
        QVERIFY(!data.contains("variants"));
        QCOMPARE(data.value("status").toString(), QStringLiteral("draft"));
        auto row = office.replica.db().select(
            QStringLiteral("SELECT v.sku FROM variant_barcodes b JOIN variants v ON v.id = b.variant_id WHERE "
                           "b.barcode = '96385074'"));
        QCOMPARE(row->first().at(0).toString(), QStringLiteral("MUG-9")); // the default variant
    }

    void bulkEditsChangeASelectionAllOrNone() {
        Office office;
        QVERIFY(office.seed(serverTee(), 30));
        QJsonObject tee = serverTee();
        QJsonArray variants = tee.value("variants").toArray();
        QJsonObject own = variants.at(1).toObject();
        own.insert("price", tp::client::testing::money(2500));
        own.insert("inherits_price", false);
        variants.replace(1, own);
        tee.insert("variants", variants);
        QVERIFY(office.seed(tee, 31)); // TEE-M has a price of its own
        QVERIFY(office.seed(tp::client::testing::productData(QStringLiteral("p-mug"), QStringLiteral("MUG-1"),
                                                             QStringLiteral("Mug"), 995),
                            32));
        tp::backoffice::BulkProductEdits bulk(office.editor);
        QCOMPARE(tp::backoffice::BulkProductEdits::changedPrice(995, 1000), 1095);   // 1094.5 rounds up
        QCOMPARE(tp::backoffice::BulkProductEdits::changedPrice(1999, -2500), 1499); // 1499.25

        QVERIFY(bulk.changePrices({QStringLiteral("p-tee"), QStringLiteral("p-mug")}, 1000).ok());
        auto queued = office.queued();
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued.at(0).data.value("price").toObject().value("amount").toInteger(), 2199);
        const QJsonArray changed = queued.at(0).data.value("variants").toArray();
        QVERIFY(changed.at(0).toObject().value("price").isNull()); // still the product's
        QCOMPARE(changed.at(1).toObject().value("price").toObject().value("amount").toInteger(), 2750);
        QCOMPARE(queued.at(1).data.value("price").toObject().value("amount").toInteger(), 1095);
        QCOMPARE(queued.at(1).data.value("version").toInteger(), 1);

        // Archiving: the mug twice in the selection's history — its second edit starts from
        // the version the first makes.
        QVERIFY(bulk.setStatus({QStringLiteral("p-mug")}, QStringLiteral("archived")).ok());
        QCOMPARE(office.queued().at(2).data.value("version").toInteger(), 2);
        QCOMPARE(code(bulk.setStatus({QStringLiteral("p-mug")}, QStringLiteral("archived"))),
                 QStringLiteral("nothing_changed"));

        QCOMPARE(code(bulk.changePrices({QStringLiteral("p-mug")}, -10001)), QStringLiteral("invalid_percent"));
        // A product that cannot be saved stops the lot: nothing of it is queued.
        QVERIFY(office.seed(tp::client::testing::productData(QStringLiteral("p-odd"), QStringLiteral("ODD SKU"),
                                                             QStringLiteral("Odd"), 100),
                            33));
        auto refused = bulk.changePrices({QStringLiteral("p-tee"), QStringLiteral("p-odd")}, 500);
        QCOMPARE(code(refused), QStringLiteral("invalid_sku"));
        QVERIFY(QString::fromStdString(refused.error().message).startsWith(QLatin1String("Odd (ODD SKU)")));
        QCOMPARE(office.queued().size(), 3);
    }

    void aTemplatesAttributesAreCheckedAsTheServerChecksThem() {
        Office office;
        const QJsonObject clothing{
            {"id", "set-clothing"},
            {"name", "Clothing"},
            {"attributes",
             QJsonArray{
                 QJsonObject{{"code", "material"}, {"name", "Material"}, {"type", "text"}, {"required", true}},
                 QJsonObject{
                     {"code", "fit"}, {"name", "Fit"}, {"type", "enum"}, {"values", QJsonArray{"slim", "regular"}}},
                 QJsonObject{{"code", "weight_g"}, {"type", "integer"}},
                 QJsonObject{{"code", "organic"}, {"type", "boolean"}}}}};
        auto change = tp::client::FeedChange::fromJson(
            tp::client::testing::upsert(5, QStringLiteral("attribute_set"), QStringLiteral("set-clothing"), clothing));
        QVERIFY(change.ok() && tp::client::ChangeApplier(office.replica.db()).apply(*change).ok());
        auto templates = office.editor.templates();
        QVERIFY(templates.ok());
        QCOMPARE(templates->size(), 1);
        QCOMPARE(templates->first().fields.size(), 4);

        ProductDocument tee = office.editor.create(QStringLiteral("EUR"));
        tee.sku = QStringLiteral("TEE");
        tee.name = QStringLiteral("Tee");
        tee.attributeSetId = QStringLiteral("set-clothing");
        tee.attributes = QJsonObject{{"fit", "slim"}};
        const ProductDocument blank = office.editor.create(QStringLiteral("EUR"));
        auto refused = office.editor.save(blank, tee);
        QCOMPARE(code(refused), QStringLiteral("invalid_attribute"));
        QVERIFY(QString::fromStdString(refused.error().message).contains(QLatin1String("Material")));
        tee.attributes = QJsonObject{{"material", "cotton"}, {"fit", "baggy"}};
        QCOMPARE(code(office.editor.save(blank, tee)), QStringLiteral("invalid_attribute"));
        tee.attributes = QJsonObject{{"material", "cotton"}, {"colour", "red"}};
        QCOMPARE(code(office.editor.save(blank, tee)), QStringLiteral("invalid_attribute")); // not the set's
        tee.attributes = QJsonObject{{"material", "cotton"}, {"fit", "slim"}, {"weight_g", 180}, {"organic", true}};
        QVERIFY(office.editor.save(blank, tee).ok());
        const QJsonObject data = office.queued().last().data;
        QCOMPARE(data.value("attribute_set_id").toString(), QStringLiteral("set-clothing"));
        QCOMPARE(data.value("attributes").toObject().value("weight_g").toInteger(), 180);
        QCOMPARE(office.editor.load(tee.id)->attributes.value("fit").toString(), QStringLiteral("slim"));
    }
};

QTEST_MAIN(TestProductEditor)
#include "tst_producteditor.moc"
