#include <QTest>

#include <map>
#include <set>

#include <Poco/JSON/Array.h>

#include "ApiTestServer.h"
#include "ScratchDatabase.h"
#include "SyncTestSupport.h"
#include "catalog/ProductDocumentCache.h"
#include "db/Database.h"
#include "protocol/JsonText.h"

using tp::test::ApiResponse;
using tp::test::ApiTestServer;

namespace {

QString describe(const ApiResponse& response) {
    return QStringLiteral("%1 %2").arg(response.status).arg(QString::fromStdString(response.body.substr(0, 600)));
}

// Fills "$name" tokens of a JSON template. (Bodies are whole-JSON raw strings with tokens rather
// than concatenated fragments: Qt 6.4's moc skips a file whose raw strings hold an odd number of
// quotes.)
std::string fill(std::string text, const std::map<std::string, std::string>& values) {
    for (auto it = values.rbegin(); it != values.rend(); ++it) { // longer keys of one stem first
        const std::string token = "$" + it->first;
        for (auto at = text.find(token); at != std::string::npos; at = text.find(token, at + it->second.size()))
            text.replace(at, token.size(), it->second);
    }
    return text;
}

std::string message(const ApiResponse& response) {
    if (!response.json || !response.json->has("error"))
        return {};
    return response.json->getObject("error")->getValue<std::string>("message");
}

std::string text(const Poco::JSON::Object::Ptr& object, const std::string& name) {
    return object->getValue<std::string>(name);
}

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

tp::server::catalog::ProductDocumentCache& cacheOf(ApiTestServer& server) {
    return *server.server().context().productDocuments;
}

// The product's name as GET on `server` shows it ("" when the read failed).
QString nameOn(const ApiTestServer& server, const std::string& path, const std::string& token) {
    const ApiResponse read = server.get(path, token);
    if (read.status != 200 || !read.json || !read.json->has("product"))
        return {};
    return q(read.json->getObject("product")->getValue<std::string>("name"));
}

// GET on `server`, after which its cache holds the product: true unless the read failed, or a
// forget in the same shard (another process's write, heard by notification) turned it away.
bool readIntoCache(ApiTestServer& server, const std::string& tenantId, const std::string& productId,
                   const std::string& token) {
    const ApiResponse read = server.get("/api/v1/products/" + productId, token);
    return read.status == 200 && cacheOf(server).find(tenantId, productId).document;
}

} // namespace

// Evaluates `response` once (QVERIFY2 evaluates its message eagerly: a request written inside
// both would be sent twice).
#define EXPECT_STATUS(response, expected)                                                                              \
    do {                                                                                                               \
        const ApiResponse& answered = (response);                                                                      \
        QVERIFY2(answered.status == (expected), qPrintable(describe(answered)));                                       \
    } while (false)

// The catalog over real HTTP on the backend the run names: products and variants, skus and
// barcodes, money, search and pages, optimistic concurrency, categories, attribute sets,
// store prices, plan limits and tenant isolation.
class TestCatalog : public QObject {
    Q_OBJECT

private:
    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    ApiTestServer::Tenant m_other;
    int m_serial = 0;

    std::string unique(const std::string& stem) { return stem + "-" + std::to_string(++m_serial); }

    ApiResponse createProduct(const std::string& body, const std::string& token = {}) {
        return m_server.post("/api/v1/products", body, token.empty() ? m_shop.ownerToken : token);
    }

    Poco::JSON::Object::Ptr createSimple(const std::string& sku, const std::string& name = "Plain tee",
                                         const std::string& extra = {}) {
        const ApiResponse created =
            createProduct(fill(R"({"sku":"$sku","name":"$name","price":{"amount":1999,"currency":"EUR"}$extra})",
                               {{"sku", sku}, {"name", name}, {"extra", extra}}));
        if (created.status != 201) {
            QTest::qFail(qPrintable(describe(created)), __FILE__, __LINE__);
            return new Poco::JSON::Object;
        }
        return created.json->getObject("product");
    }

    ApiResponse patch(const std::string& path, const std::string& body, const std::string& token = {}) {
        return m_server.request("PATCH", path, body, token.empty() ? m_shop.ownerToken : token);
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        // On PostgreSQL the product cache serves once the server listens for other servers' writes.
        QTRY_VERIFY_WITH_TIMEOUT(!cacheOf(m_server).suspended(), 10000);
        m_shop = m_server.createTenant("catalog");
        m_other = m_server.createTenant("catalog-other");
        QVERIFY(!m_shop.ownerToken.empty());
        QVERIFY(!m_other.ownerToken.empty());
    }

    void productWithoutVariantsGetsADefaultVariant() {
        const ApiResponse created = createProduct(
            R"({"sku":"TEE-PLAIN","name":"Plain tee","price":{"amount":1999,"currency":"EUR"},"tax_class":"standard","barcodes":["4006381333931"]})");
        EXPECT_STATUS(created, 201);
        const auto product = created.json->getObject("product");
        QCOMPARE(product->getValue<int>("version"), 1);
        QCOMPARE(q(text(product, "status")), QStringLiteral("active"));
        QCOMPARE(product->getObject("price")->getValue<int>("amount"), 1999);
        const auto variants = product->getArray("variants");
        QCOMPARE(variants->size(), std::size_t{1});
        const auto variant = variants->getObject(0);
        QCOMPARE(q(text(variant, "sku")), QStringLiteral("TEE-PLAIN"));
        QVERIFY(!text(variant, "id").empty());
        QCOMPARE(q(variant->getArray("barcodes")->getElement<std::string>(0)), QStringLiteral("4006381333931"));
        QCOMPARE(variant->getObject("price")->getValue<int>("amount"), 1999);
        QCOMPARE(variant->getValue<bool>("inherits_price"), true);

        const ApiResponse read = m_server.get("/api/v1/products/" + text(product, "id"), m_shop.ownerToken);
        EXPECT_STATUS(read, 200);
        QCOMPARE(q(text(read.json->getObject("product"), "name")), QStringLiteral("Plain tee"));
    }

    void productWithVariants() {
        const ApiResponse created =
            createProduct(R"({"sku":"HOODIE","name":"Hoodie","price":{"amount":4900,"currency":"EUR"},
            "options":[{"name":"size","values":["S","M","L"]},{"name":"colour","values":["black","grey"]}],
            "variants":[{"sku":"HOODIE-S-BLK","options":{"size":"S","colour":"black"},"barcodes":["4006381333948"]},
                        {"sku":"HOODIE-M-BLK","options":{"size":"M","colour":"black"}},
                        {"sku":"HOODIE-L-GRY","options":{"size":"L","colour":"grey"},"price":{"amount":5400,"currency":"EUR"}}]})");
        EXPECT_STATUS(created, 201);
        const auto product = created.json->getObject("product");
        const auto variants = product->getArray("variants");
        QCOMPARE(variants->size(), std::size_t{3});
        std::set<std::string> ids;
        for (std::size_t i = 0; i < variants->size(); ++i)
            ids.insert(text(variants->getObject(static_cast<unsigned>(i)), "id"));
        QCOMPARE(ids.size(), std::size_t{3});
        QCOMPARE(q(text(variants->getObject(0)->getObject("options"), "size")), QStringLiteral("S"));
        QCOMPARE(variants->getObject(2)->getObject("price")->getValue<int>("amount"), 5400);
        QCOMPARE(variants->getObject(2)->getValue<bool>("inherits_price"), false);
        QCOMPARE(variants->getObject(1)->getObject("price")->getValue<int>("amount"), 4900);
        QCOMPARE(product->getArray("barcodes")->size(), std::size_t{0}); // not a simple product
    }

    void variantOptionsAreChecked_data() {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("value outside the option's values")
            << R"({"sku":"OPT-A","name":"x","price":{"amount":1,"currency":"EUR"},"options":[{"name":"size","values":["S"]}],"variants":[{"sku":"OPT-A-XL","options":{"size":"XL"}}]})"
            << "variants[0].options.size";
        QTest::newRow("option missing on a variant")
            << R"({"sku":"OPT-B","name":"x","price":{"amount":1,"currency":"EUR"},"options":[{"name":"size","values":["S"]}],"variants":[{"sku":"OPT-B-1","options":{}}]})"
            << "variants[0].options.size";
        QTest::newRow("two variants with the same options")
            << R"({"sku":"OPT-C","name":"x","price":{"amount":1,"currency":"EUR"},"variants":[{"sku":"OPT-C-1","options":{"size":"S"}},{"sku":"OPT-C-2","options":{"size":"S"}}]})"
            << "variants[1].options";
        QTest::newRow("the same sku twice in one product")
            << R"({"sku":"OPT-D","name":"x","price":{"amount":1,"currency":"EUR"},"variants":[{"sku":"OPT-D-1","options":{"size":"S"}},{"sku":"OPT-D-1","options":{"size":"M"}}]})"
            << "variants[1].sku";
        QTest::newRow("options without variants")
            << R"({"sku":"OPT-E","name":"x","price":{"amount":1,"currency":"EUR"},"options":[{"name":"size","values":["S"]}]})"
            << "variants";
        QTest::newRow("product barcodes beside variants")
            << R"({"sku":"OPT-F","name":"x","price":{"amount":1,"currency":"EUR"},"barcodes":["123"],"variants":[{"sku":"OPT-F-1"}]})"
            << "barcodes";
        QTest::newRow("sku with a space") << R"({"sku":"BAD SKU","name":"x","price":{"amount":1,"currency":"EUR"}})"
                                          << "sku";
    }

    void variantOptionsAreChecked() {
        QFETCH(QString, body);
        QFETCH(QString, field);
        const ApiResponse answer = createProduct(body.toStdString());
        EXPECT_STATUS(answer, 400);
        QCOMPARE(q(answer.errorCode()), QStringLiteral("invalid_request"));
        QVERIFY2(q(message(answer)).startsWith(field), message(answer).c_str());
    }

    void skuIsUniqueAcrossProductsAndVariants_data() {
        QTest::addColumn<QString>("body");
        QTest::newRow("product sku already a product's sku")
            << R"({"sku":"UNIQ-BASE","name":"x","price":{"amount":1,"currency":"EUR"}})";
        QTest::newRow("product sku already another product's variant sku")
            << R"({"sku":"UNIQ-VAR-M","name":"x","price":{"amount":1,"currency":"EUR"}})";
        QTest::newRow("variant sku already another product's sku")
            << R"({"sku":"UNIQ-NEW-1","name":"x","price":{"amount":1,"currency":"EUR"},"variants":[{"sku":"UNIQ-BASE"}]})";
        QTest::newRow("variant sku already another product's variant sku")
            << R"({"sku":"UNIQ-NEW-2","name":"x","price":{"amount":1,"currency":"EUR"},"variants":[{"sku":"UNIQ-NEW-2-S","options":{"size":"S"}},{"sku":"UNIQ-VAR-M","options":{"size":"M"}}]})";
    }

    void skuIsUniqueAcrossProductsAndVariants() {
        if (QTest::currentDataTag() == QStringLiteral("product sku already a product's sku")) {
            createSimple("UNIQ-BASE");
            EXPECT_STATUS(
                createProduct(
                    R"({"sku":"UNIQ-VAR","name":"x","price":{"amount":1,"currency":"EUR"},"variants":[{"sku":"UNIQ-VAR-S","options":{"size":"S"}},{"sku":"UNIQ-VAR-M","options":{"size":"M"}}]})"),
                201);
        }
        QFETCH(QString, body);
        const ApiResponse answer = createProduct(body.toStdString());
        EXPECT_STATUS(answer, 409);
        QCOMPARE(q(answer.errorCode()), QStringLiteral("sku_taken"));
    }

    void refusedProductLeavesNothingBehind() {
        createSimple("LEFT-A", "Left A", R"(,"barcodes":["96385074"])");
        // The second product's own sku and first barcode are new, its second barcode is taken.
        const ApiResponse refused = createProduct(
            R"({"sku":"LEFT-B","name":"Left B","price":{"amount":1,"currency":"EUR"},"barcodes":["73513537","96385074"]})");
        EXPECT_STATUS(refused, 409);
        QCOMPARE(q(refused.errorCode()), QStringLiteral("conflict"));
        QVERIFY2(message(refused).find("96385074") != std::string::npos, message(refused).c_str());
        // Its sku and its free barcode were rolled back with it.
        EXPECT_STATUS(
            createProduct(
                R"({"sku":"LEFT-B","name":"Left B","price":{"amount":1,"currency":"EUR"},"barcodes":["73513537"]})"),
            201);
    }

    void barcodesAreUniqueAndGtinsChecked_data() {
        QTest::addColumn<QString>("barcodes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("valid EAN-13") << R"(["5901234123457"])" << 201 << "";
        QTest::newRow("EAN-13 with a wrong check digit") << R"(["5901234123458"])" << 400 << "barcodes[0]";
        QTest::newRow("valid EAN-8") << R"(["40170725"])" << 201 << "";
        QTest::newRow("EAN-8 with a wrong check digit") << R"(["40170726"])" << 400 << "barcodes[0]";
        QTest::newRow("valid UPC-A") << R"(["036000291452"])" << 201 << "";
        QTest::newRow("UPC-A already taken as its EAN-13 form") << R"(["0036000291452"])" << 409 << "";
        QTest::newRow("valid GTIN-14") << R"(["10614141000415"])" << 201 << "";
        QTest::newRow("internal code of another length") << R"(["PLU-4011"])" << 201 << "";
        QTest::newRow("barcode another product has") << R"(["5901234123457"])" << 409 << "";
        QTest::newRow("second barcode has a bad check digit")
            << R"(["2000000000015","4006381333932"])" << 400 << "barcodes[1]";
        QTest::newRow("the same barcode twice in one product")
            << R"(["2000000000022","2000000000022"])" << 400 << "barcodes[1]";
        QTest::newRow("barcode with a space") << R"(["12 34"])" << 400 << "barcodes[0]";
    }

    void barcodesAreUniqueAndGtinsChecked() {
        QFETCH(QString, barcodes);
        QFETCH(int, status);
        QFETCH(QString, field);
        const ApiResponse answer = createProduct(
            fill(R"({"sku":"$sku","name":"Scanned","price":{"amount":100,"currency":"EUR"},"barcodes":$codes})",
                 {{"sku", unique("BC")}, {"codes", barcodes.toStdString()}}));
        EXPECT_STATUS(answer, status);
        if (status == 409)
            QCOMPARE(q(answer.errorCode()), QStringLiteral("conflict"));
        if (!field.isEmpty())
            QVERIFY2(q(message(answer)).startsWith(field), message(answer).c_str());
    }

    void variantBarcodesAreCheckedToo() {
        const ApiResponse answer = createProduct(
            R"({"sku":"VB-1","name":"x","price":{"amount":1,"currency":"EUR"},"variants":[{"sku":"VB-1-S","options":{"size":"S"}},{"sku":"VB-1-M","options":{"size":"M"},"barcodes":["4006381333933"]}]})");
        EXPECT_STATUS(answer, 400);
        QVERIFY2(q(message(answer)).startsWith("variants[1].barcodes[0]"), message(answer).c_str());
    }

    void moneyMustBeIntegerMinorUnits_data() {
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("field");
        QTest::newRow("fractional amount") << R"("price":{"amount":12.5,"currency":"EUR"})"
                                           << "price.amount";
        QTest::newRow("whole number written as a decimal") << R"("price":{"amount":12.0,"currency":"EUR"})"
                                                           << "price.amount";
        QTest::newRow("amount as a string") << R"("price":{"amount":"12.50","currency":"EUR"})"
                                            << "price.amount";
        QTest::newRow("negative amount") << R"("price":{"amount":-1,"currency":"EUR"})"
                                         << "price.amount";
        QTest::newRow("no currency") << R"("price":{"amount":1250})"
                                     << "price.currency";
        QTest::newRow("unknown currency") << R"("price":{"amount":1250,"currency":"EURO"})"
                                          << "price.currency";
        QTest::newRow("price as a bare number") << R"("price":1250)"
                                                << "price";
        QTest::newRow("no price") << R"("tax_class":"standard")"
                                  << "price";
        QTest::newRow("fractional variant price")
            << R"("price":{"amount":1,"currency":"EUR"},"variants":[{"sku":"MV-1","price":{"amount":0.5,"currency":"EUR"}}])"
            << "variants[0].price.amount";
        QTest::newRow("variant price in another currency")
            << R"("price":{"amount":1,"currency":"EUR"},"variants":[{"sku":"MV-2","price":{"amount":5,"currency":"USD"}}])"
            << "variants[0].price.currency";
    }

    void moneyMustBeIntegerMinorUnits() {
        QFETCH(QString, price);
        QFETCH(QString, field);
        const ApiResponse answer = createProduct(fill(R"({"sku":"$sku","name":"Money",$price})",
                                                      {{"sku", unique("MONEY")}, {"price", price.toStdString()}}));
        EXPECT_STATUS(answer, 400);
        QCOMPARE(q(answer.errorCode()), QStringLiteral("invalid_request"));
        QVERIFY2(q(message(answer)).startsWith(field), message(answer).c_str());
    }

    void listSearchesAndPagesWithoutGapsOrDuplicates() {
        const auto tenant = m_server.createTenant("catalog-list");
        std::set<std::string> created;
        for (int i = 0; i < 23; ++i) {
            const std::string number = (i < 10 ? "0" : "") + std::to_string(i);
            const ApiResponse answer = createProduct(
                fill(R"({"sku":"Shelf-$n","name":"Shelf Item $n","price":{"amount":$a,"currency":"EUR"}})",
                     {{"n", number}, {"a", std::to_string(100 + i)}}),
                tenant.ownerToken);
            EXPECT_STATUS(answer, 201);
            created.insert(text(answer.json->getObject("product"), "id"));
        }
        EXPECT_STATUS(
            createProduct(
                R"({"sku":"APPLE-1","name":"Red Apple","price":{"amount":30,"currency":"EUR"},"barcodes":["2000000000039"],"status":"draft"})",
                tenant.ownerToken),
            201);

        std::vector<std::string> seen;
        std::string cursor;
        int pages = 0;
        do {
            const ApiResponse page = m_server.get("/api/v1/products?q=SHELF&limit=5" +
                                                      (cursor.empty() ? std::string() : "&cursor=" + cursor),
                                                  tenant.ownerToken);
            EXPECT_STATUS(page, 200);
            const auto products = page.json->getArray("products");
            QVERIFY(products->size() <= 5);
            for (std::size_t i = 0; i < products->size(); ++i)
                seen.push_back(text(products->getObject(static_cast<unsigned>(i)), "id"));
            cursor = page.json->isNull("next_cursor") ? std::string() : page.json->getValue<std::string>("next_cursor");
            QVERIFY(++pages <= 10);
        } while (!cursor.empty());
        QCOMPARE(seen.size(), std::size_t{23});
        QCOMPARE(std::set<std::string>(seen.begin(), seen.end()), created);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));

        auto count = [&](const std::string& query) {
            const ApiResponse answer = m_server.get("/api/v1/products?" + query, tenant.ownerToken);
            if (answer.status != 200)
                return -1;
            return static_cast<int>(answer.json->getArray("products")->size());
        };
        QCOMPARE(count("q=shelf-1"), 10);    // sku prefix, any case: Shelf-10 … Shelf-19
        QCOMPARE(count("q=item%2022"), 1);   // name substring
        QCOMPARE(count("q=apple"), 1);       // name and sku
        QCOMPARE(count("q=20000000000"), 1); // barcode prefix
        QCOMPARE(count("q=helf"), 23);       // name substring (not a sku prefix)
        QCOMPARE(count("q=100%25"), 0);      // a literal %, not a wildcard
        QCOMPARE(count("q=_"), 0);           // a literal _, not a wildcard
        QCOMPARE(count("status=draft"), 1);
        QCOMPARE(count("status=active"), 23);
        QCOMPARE(count("limit=500"), 24);
        EXPECT_STATUS(m_server.get("/api/v1/products?status=gone", tenant.ownerToken), 400);
        EXPECT_STATUS(m_server.get("/api/v1/products?limit=0", tenant.ownerToken), 400);
    }

    void patchUsesOptimisticConcurrency() {
        const auto product = createSimple("VERS-1", "Versioned");
        const std::string path = "/api/v1/products/" + text(product, "id");
        const ApiResponse edited =
            patch(path, R"({"version":1,"name":"Renamed","price":{"amount":2500,"currency":"EUR"}})");
        EXPECT_STATUS(edited, 200);
        QCOMPARE(edited.json->getObject("product")->getValue<int>("version"), 2);
        QCOMPARE(edited.json->getObject("product")->getObject("price")->getValue<int>("amount"), 2500);

        const ApiResponse stale = patch(path, R"({"version":1,"name":"Lost update"})");
        EXPECT_STATUS(stale, 409);
        QCOMPARE(q(stale.errorCode()), QStringLiteral("version_conflict"));
        const auto current = stale.json->getObject("current");
        QVERIFY2(current, stale.body.c_str());
        QCOMPARE(q(text(current, "name")), QStringLiteral("Renamed"));
        QCOMPARE(current->getValue<int>("version"), 2);
        QCOMPARE(current->getArray("variants")->size(), std::size_t{1});

        EXPECT_STATUS(patch(path, R"({"name":"No version"})"), 400);
        const ApiResponse archived = patch(path, R"({"version":2,"status":"archived"})");
        EXPECT_STATUS(archived, 200);
        QCOMPARE(q(text(archived.json->getObject("product"), "status")), QStringLiteral("archived"));

        // The price change is in the audit log.
        const ApiResponse audit = m_server.get("/api/v1/admin/audit?tenant_id=" + m_shop.id, m_server.adminToken());
        EXPECT_STATUS(audit, 200);
        bool found = false;
        const auto events = audit.json->getArray("events");
        for (std::size_t i = 0; i < events->size(); ++i) {
            const auto event = events->getObject(static_cast<unsigned>(i));
            found = found || (text(event, "action") == "product.price_change" &&
                              text(event, "target") == "product:" + text(product, "id"));
        }
        QVERIFY(found);
    }

    void patchEditsVariantsBySku() {
        const ApiResponse created =
            createProduct(R"({"sku":"SOCK","name":"Sock","price":{"amount":500,"currency":"EUR"},
            "variants":[{"sku":"SOCK-S","options":{"size":"S"}},{"sku":"SOCK-M","options":{"size":"M"}},{"sku":"SOCK-L","options":{"size":"L"}}]})");
        EXPECT_STATUS(created, 201);
        const auto product = created.json->getObject("product");
        const std::string path = "/api/v1/products/" + text(product, "id");
        const std::string mediumId = text(product->getArray("variants")->getObject(1), "id");

        // Update M's price by sku, leave out L (archived), add XL.
        const ApiResponse edited = patch(path, R"({"version":1,"variants":[{"sku":"SOCK-S"},
            {"sku":"SOCK-M","price":{"amount":550,"currency":"EUR"}},{"sku":"SOCK-XL","options":{"size":"XL"}}]})");
        EXPECT_STATUS(edited, 200);
        const auto variants = edited.json->getObject("product")->getArray("variants");
        QCOMPARE(variants->size(), std::size_t{4});
        std::map<std::string, Poco::JSON::Object::Ptr> bySku;
        for (std::size_t i = 0; i < variants->size(); ++i)
            bySku[text(variants->getObject(static_cast<unsigned>(i)), "sku")] =
                variants->getObject(static_cast<unsigned>(i));
        QCOMPARE(q(text(bySku["SOCK-M"], "id")), q(mediumId));
        QCOMPARE(bySku["SOCK-M"]->getObject("price")->getValue<int>("amount"), 550);
        QCOMPARE(q(text(bySku["SOCK-L"], "status")), QStringLiteral("archived"));
        QCOMPARE(q(text(bySku["SOCK-XL"], "status")), QStringLiteral("active"));
        QCOMPARE(q(text(bySku["SOCK-S"], "status")), QStringLiteral("active"));
        const auto options = edited.json->getObject("product")->getArray("options");
        QCOMPARE(options->size(), std::size_t{1});
        QCOMPARE(options->getObject(0)->getArray("values")->size(), std::size_t{4}); // S M L XL

        // Archived skus stay taken (orders refer to them); listing L again revives it; ids can
        // rename a variant, and two variants may trade skus in one edit.
        EXPECT_STATUS(createProduct(R"({"sku":"SOCK-L","name":"x","price":{"amount":1,"currency":"EUR"}})"), 409);
        const ApiResponse swapped = patch(path, fill(R"({"version":2,"variants":[{"sku":"SOCK-S"},
            {"id":"$m","sku":"SOCK-XL","options":{"size":"M"}},{"id":"$xl","sku":"SOCK-M","options":{"size":"XL"}},{"sku":"SOCK-L"}]})",
                                                     {{"m", mediumId}, {"xl", text(bySku["SOCK-XL"], "id")}}));
        EXPECT_STATUS(swapped, 200);
        const auto after = swapped.json->getObject("product")->getArray("variants");
        QCOMPARE(q(text(after->getObject(1), "id")), q(mediumId));
        QCOMPARE(q(text(after->getObject(1), "sku")), QStringLiteral("SOCK-XL"));
        QCOMPARE(q(text(after->getObject(3), "status")), QStringLiteral("active"));

        EXPECT_STATUS(patch(path, R"({"version":3,"variants":[{"id":"00000000-0000-7000-8000-000000000000"}]})"), 400);
    }

    void simpleProductSkuAndBarcodesFollowTheProduct() {
        const auto product = createSimple("SIMPLE-1", "Simple");
        const std::string path = "/api/v1/products/" + text(product, "id");
        const ApiResponse edited = patch(path, R"({"version":1,"sku":"SIMPLE-2","barcodes":["4000000000006"]})");
        EXPECT_STATUS(edited, 200);
        const auto variant = edited.json->getObject("product")->getArray("variants")->getObject(0);
        QCOMPARE(q(text(variant, "sku")), QStringLiteral("SIMPLE-2"));
        QCOMPARE(q(variant->getArray("barcodes")->getElement<std::string>(0)), QStringLiteral("4000000000006"));
        QCOMPARE(q(text(variant, "id")), q(text(product->getArray("variants")->getObject(0), "id")));
        // The old sku is free again.
        createSimple("SIMPLE-1", "Another");
    }

    void categoriesFormATreeWithoutCycles() {
        auto create = [&](const std::string& body) {
            const ApiResponse answer = m_server.post("/api/v1/categories", body, m_shop.ownerToken);
            return answer.status == 201 ? answer.json->getObject("category") : Poco::JSON::Object::Ptr();
        };
        const auto clothing = create(R"({"name":"Clothing & Shoes"})");
        QVERIFY(clothing);
        QCOMPARE(q(text(clothing, "slug")), QStringLiteral("clothing-shoes"));
        QVERIFY(clothing->isNull("parent_id"));
        const auto tops = create(fill(R"({"name":"Tops","parent_id":"$p"})", {{"p", text(clothing, "id")}}));
        QVERIFY(tops);
        const auto shirts = create(fill(R"({"name":"Shirts","parent_id":"$p"})", {{"p", text(tops, "id")}}));
        QVERIFY(shirts);
        const auto again = create(R"({"name":"Clothing & Shoes"})");
        QVERIFY(again);
        QCOMPARE(q(text(again, "slug")), QStringLiteral("clothing-shoes-2"));
        EXPECT_STATUS(m_server.post("/api/v1/categories", R"({"name":"x","slug":"clothing-shoes"})", m_shop.ownerToken),
                      409);
        EXPECT_STATUS(m_server.post("/api/v1/categories",
                                    R"({"name":"Orphan","parent_id":"00000000-0000-7000-8000-000000000000"})",
                                    m_shop.ownerToken),
                      404);

        const std::string clothingPath = "/api/v1/categories/" + text(clothing, "id");
        const ApiResponse cycle =
            patch(clothingPath, fill(R"({"version":1,"parent_id":"$p"})", {{"p", text(shirts, "id")}}));
        EXPECT_STATUS(cycle, 400);
        QVERIFY2(q(message(cycle)).startsWith("parent_id"), message(cycle).c_str());
        const ApiResponse self =
            patch(clothingPath, fill(R"({"version":1,"parent_id":"$p"})", {{"p", text(clothing, "id")}}));
        EXPECT_STATUS(self, 400);

        // Moving shirts up to the root and then clothing under shirts is fine (no cycle).
        EXPECT_STATUS(patch("/api/v1/categories/" + text(shirts, "id"), R"({"version":1,"parent_id":null})"), 200);
        const ApiResponse moved =
            patch(clothingPath, fill(R"({"version":1,"parent_id":"$p"})", {{"p", text(shirts, "id")}}));
        EXPECT_STATUS(moved, 200);
        QCOMPARE(moved.json->getObject("category")->getValue<int>("version"), 2);
        EXPECT_STATUS(patch(clothingPath, R"({"version":1,"name":"Stale"})"), 409);

        const ApiResponse roots = m_server.get("/api/v1/categories?parent_id=", m_shop.ownerToken);
        EXPECT_STATUS(roots, 200);
        std::set<std::string> rootIds;
        for (std::size_t i = 0; i < roots.json->getArray("categories")->size(); ++i)
            rootIds.insert(text(roots.json->getArray("categories")->getObject(static_cast<unsigned>(i)), "id"));
        QVERIFY(rootIds.count(text(shirts, "id")));
        QVERIFY(!rootIds.count(text(clothing, "id")));

        // Products belong to several categories.
        const ApiResponse product = createProduct(fill(
            R"({"sku":"CAT-TEE","name":"Category tee","price":{"amount":900,"currency":"EUR"},"category_ids":["$a","$b"]})",
            {{"a", text(tops, "id")}, {"b", text(shirts, "id")}}));
        EXPECT_STATUS(product, 201);
        QCOMPARE(product.json->getObject("product")->getArray("category_ids")->size(), std::size_t{2});
        for (const auto& category : {tops, shirts}) {
            const ApiResponse inCategory =
                m_server.get("/api/v1/products?category_id=" + text(category, "id"), m_shop.ownerToken);
            EXPECT_STATUS(inCategory, 200);
            QCOMPARE(inCategory.json->getArray("products")->size(), std::size_t{1});
        }
        const ApiResponse unknown = createProduct(
            R"({"sku":"CAT-X","name":"x","price":{"amount":1,"currency":"EUR"},"category_ids":["00000000-0000-7000-8000-000000000000"]})");
        EXPECT_STATUS(unknown, 404);
        QVERIFY2(q(message(unknown)).startsWith("category_ids[0]"), message(unknown).c_str());
    }

    void attributesAreCheckedAgainstTheirSet_data() {
        QTest::addColumn<QString>("attributes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("every type right")
            << R"({"material":"cotton","weight_g":180,"organic":true,"fit":"slim"})" << 201 << "";
        QTest::newRow("only the required one") << R"({"material":"wool"})" << 201 << "";
        QTest::newRow("required attribute missing") << R"({"weight_g":180})" << 400 << "attributes.material";
        QTest::newRow("integer given as a string")
            << R"({"material":"x","weight_g":"180"})" << 400 << "attributes.weight_g";
        QTest::newRow("integer given as a decimal")
            << R"({"material":"x","weight_g":180.5})" << 400 << "attributes.weight_g";
        QTest::newRow("boolean given as a number") << R"({"material":"x","organic":1})" << 400 << "attributes.organic";
        QTest::newRow("enum value not in the list") << R"({"material":"x","fit":"baggy"})" << 400 << "attributes.fit";
        QTest::newRow("attribute not in the set") << R"({"material":"x","colour":"red"})" << 400 << "attributes.colour";
    }

    void attributesAreCheckedAgainstTheirSet() {
        static std::string setId;
        if (setId.empty()) {
            const ApiResponse set = m_server.post("/api/v1/attribute-sets", R"({"name":"Apparel","attributes":[
                {"code":"material","name":"Material","type":"text","required":true},
                {"code":"weight_g","name":"Weight in grams","type":"integer"},
                {"code":"organic","type":"boolean"},
                {"code":"fit","type":"enum","values":["slim","regular"]}]})",
                                                  m_shop.ownerToken);
            EXPECT_STATUS(set, 201);
            setId = text(set.json->getObject("attribute_set"), "id");
        }
        QFETCH(QString, attributes);
        QFETCH(int, status);
        QFETCH(QString, field);
        const ApiResponse answer = createProduct(fill(
            R"({"sku":"$sku","name":"Attributed","price":{"amount":100,"currency":"EUR"},"attribute_set_id":"$set","attributes":$a})",
            {{"sku", unique("ATTR")}, {"set", setId}, {"a", attributes.toStdString()}}));
        EXPECT_STATUS(answer, status);
        if (!field.isEmpty())
            QVERIFY2(q(message(answer)).startsWith(field), message(answer).c_str());
    }

    void attributeSetsAreValidated() {
        EXPECT_STATUS(m_server.post("/api/v1/attribute-sets",
                                    R"({"name":"Bad","attributes":[{"code":"x","type":"date"}]})", m_shop.ownerToken),
                      400);
        EXPECT_STATUS(m_server.post("/api/v1/attribute-sets",
                                    R"({"name":"Bad","attributes":[{"code":"x","type":"enum"}]})", m_shop.ownerToken),
                      400);
        const ApiResponse created =
            m_server.post("/api/v1/attribute-sets",
                          R"({"name":"Groceries","attributes":[{"code":"origin","type":"text"}]})", m_shop.ownerToken);
        EXPECT_STATUS(created, 201);
        EXPECT_STATUS(m_server.post("/api/v1/attribute-sets", R"({"name":"Groceries"})", m_shop.ownerToken), 409);
        const std::string path = "/api/v1/attribute-sets/" + text(created.json->getObject("attribute_set"), "id");
        EXPECT_STATUS(
            patch(path,
                  R"({"version":1,"attributes":[{"code":"origin","type":"text"},{"code":"vegan","type":"boolean"}]})"),
            200);
        const ApiResponse read = m_server.get(path, m_shop.ownerToken);
        EXPECT_STATUS(read, 200);
        QCOMPARE(read.json->getObject("attribute_set")->getArray("attributes")->size(), std::size_t{2});
        EXPECT_STATUS(patch(path, R"({"version":1,"name":"Stale"})"), 409);
        const ApiResponse withoutSet = createProduct(
            R"({"sku":"NOSET","name":"x","price":{"amount":1,"currency":"EUR"},"attributes":{"origin":"Spain"}})");
        EXPECT_STATUS(withoutSet, 400);
        QVERIFY2(q(message(withoutSet)).startsWith("attributes"), message(withoutSet).c_str());
    }

    void storePricesAreInTheStoresCurrency() {
        const ApiResponse zurich =
            m_server.post("/api/v1/stores", R"({"code":"zurich","name":"Zurich","currency":"CHF"})", m_shop.ownerToken);
        EXPECT_STATUS(zurich, 201);
        const std::string zurichId = text(zurich.json->getObject("store"), "id");
        const auto product = createSimple("PRICED-1", "Priced");
        const std::string variantId = text(product->getArray("variants")->getObject(0), "id");
        const std::string base = "/api/v1/products/" + text(product, "id") + "/variants/" + variantId + "/prices/";

        const ApiResponse set = m_server.request("PUT", base + zurichId,
                                                 R"({"price":{"amount":2290,"currency":"CHF"}})", m_shop.ownerToken);
        EXPECT_STATUS(set, 200);
        const auto updated = set.json->getObject("product");
        QCOMPARE(updated->getValue<int>("version"), 2);
        const auto prices = updated->getArray("variants")->getObject(0)->getArray("store_prices");
        QCOMPARE(prices->size(), std::size_t{1});
        QCOMPARE(q(text(prices->getObject(0), "store_id")), q(zurichId));
        QCOMPARE(prices->getObject(0)->getObject("price")->getValue<int>("amount"), 2290);

        const ApiResponse wrongCurrency = m_server.request(
            "PUT", base + zurichId, R"({"price":{"amount":2290,"currency":"EUR"}})", m_shop.ownerToken);
        EXPECT_STATUS(wrongCurrency, 400);
        QVERIFY2(q(message(wrongCurrency)).startsWith("price.currency"), message(wrongCurrency).c_str());
        EXPECT_STATUS(m_server.request("PUT", base + m_shop.mainStoreId,
                                       R"({"price":{"amount":1899,"currency":"EUR"}})", m_shop.ownerToken),
                      200);
        EXPECT_STATUS(m_server.request("PUT", base + m_other.mainStoreId, R"({"price":{"amount":1,"currency":"EUR"}})",
                                       m_shop.ownerToken),
                      404);
        EXPECT_STATUS(m_server.request("PUT", base + zurichId, R"({"version":1,"price":{"amount":1,"currency":"CHF"}})",
                                       m_shop.ownerToken),
                      409);

        const ApiResponse removed = m_server.request("DELETE", base + zurichId, {}, m_shop.ownerToken);
        EXPECT_STATUS(removed, 200);
        const auto remaining =
            removed.json->getObject("product")->getArray("variants")->getObject(0)->getArray("store_prices");
        QCOMPARE(remaining->size(), std::size_t{1});
        QCOMPARE(q(text(remaining->getObject(0), "store_id")), q(m_shop.mainStoreId));
    }

    void productLimitOfThePlan() {
        // The basic plan allows 1,000 products. Rather than create 999 first, the test sets the
        // tenant's usage counter (what Plans::consume checks) to 999 directly.
        const auto tenant = m_server.createTenant("catalog-basic", "basic");
        auto& database = m_server.server().context().database;
        auto set = database.transaction(
            tp::server::db::Scope::platformAdmin(), tp::server::db::TransactionKind::Write,
            [&](tp::server::db::Connection& connection) -> tp::domain::Result<void> {
                auto updated = connection.execute(
                    "INSERT INTO tenant_usage (tenant_id, metric, value) VALUES (?, 'products', 999) "
                    "ON CONFLICT (tenant_id, metric) DO UPDATE SET value = excluded.value",
                    {tenant.id});
                if (!updated)
                    return updated.error();
                return {};
            });
        QVERIFY2(set.ok(), set.ok() ? "" : set.error().message.c_str());
        EXPECT_STATUS(createProduct(R"({"sku":"LIMIT-1000","name":"x","price":{"amount":1,"currency":"EUR"}})",
                                    tenant.ownerToken),
                      201);
        const ApiResponse over = createProduct(
            R"({"sku":"LIMIT-1001","name":"x","price":{"amount":1,"currency":"EUR"}})", tenant.ownerToken);
        EXPECT_STATUS(over, 403);
        QCOMPARE(q(over.errorCode()), QStringLiteral("plan_limit"));
        const ApiResponse usage = m_server.get("/api/v1/admin/tenants/" + tenant.id, m_server.adminToken());
        QCOMPARE(usage.json->getObject("tenant")->getObject("usage")->getValue<int>("products"), 1000);
        // The refused product left nothing: after an upgrade the same sku goes in.
        EXPECT_STATUS(m_server.request("PATCH", "/api/v1/admin/tenants/" + tenant.id, R"({"plan":"standard"})",
                                       m_server.adminToken()),
                      200);
        EXPECT_STATUS(createProduct(R"({"sku":"LIMIT-1001","name":"x","price":{"amount":1,"currency":"EUR"}})",
                                    tenant.ownerToken),
                      201);
    }

    void anotherTenantsCatalogIsNotFound() {
        const auto product = createSimple("MINE-1", "Mine");
        const std::string id = text(product, "id");
        const std::string variantId = text(product->getArray("variants")->getObject(0), "id");
        EXPECT_STATUS(m_server.get("/api/v1/products/" + id, m_other.ownerToken), 404);
        EXPECT_STATUS(patch("/api/v1/products/" + id, R"({"version":1,"name":"Stolen"})", m_other.ownerToken), 404);
        EXPECT_STATUS(m_server.request(
                          "PUT", "/api/v1/products/" + id + "/variants/" + variantId + "/prices/" + m_other.mainStoreId,
                          R"({"price":{"amount":1,"currency":"EUR"}})", m_other.ownerToken),
                      404);
        const ApiResponse list = m_server.get("/api/v1/products?q=MINE-1", m_other.ownerToken);
        EXPECT_STATUS(list, 200);
        QCOMPARE(list.json->getArray("products")->size(), std::size_t{0});
        // The other tenant may use the same sku: skus are unique per tenant only.
        EXPECT_STATUS(createProduct(R"({"sku":"MINE-1","name":"Theirs","price":{"amount":1,"currency":"EUR"}})",
                                    m_other.ownerToken),
                      201);
        const ApiResponse unchanged = m_server.get("/api/v1/products/" + id, m_shop.ownerToken);
        QCOMPARE(q(text(unchanged.json->getObject("product"), "name")), QStringLiteral("Mine"));

        const ApiResponse category = m_server.post("/api/v1/categories", R"({"name":"Private"})", m_shop.ownerToken);
        EXPECT_STATUS(category, 201);
        EXPECT_STATUS(
            m_server.get("/api/v1/categories/" + text(category.json->getObject("category"), "id"), m_other.ownerToken),
            404);
    }

    void writesAppendTheWholeProductToTheChangeLog() {
        const auto product = createSimple("FEED-1", "Fed", R"(,"barcodes":["4000000000013"])");
        auto& database = m_server.server().context().database;
        std::string data;
        auto read =
            database.transaction(tp::server::db::Scope::tenant(m_shop.id), tp::server::db::TransactionKind::Read,
                                 [&](tp::server::db::Connection& connection) -> tp::domain::Result<void> {
                                     auto rows = connection.execute(
                                         "SELECT entity, data FROM change_log WHERE tenant_id = ? AND entity_id = ? "
                                         "ORDER BY seq DESC",
                                         {m_shop.id, text(product, "id")});
                                     if (!rows)
                                         return rows.error();
                                     if (!rows->empty() && rows->first().text(0) == "product")
                                         data = rows->first().text(1);
                                     return {};
                                 });
        QVERIFY(read.ok());
        QVERIFY2(data.find("\"variants\"") != std::string::npos, data.c_str());
        QVERIFY2(data.find("4000000000013") != std::string::npos, data.c_str());
    }

    // Reads send the document each write stores: after every kind of write, GET and the list
    // show exactly what the write answered, and a row stored before documents existed (document
    // NULL) is rendered from its parts to the same text. Every write follows a read of the
    // version before, so that version sits in the product document cache when the write
    // commits: the read after it proves the write made the cache forget it at once.
    void readsShowWhatTheLastWriteAnswered() {
        const auto product = createSimple("DOC-1", "Documented");
        const std::string id = text(product, "id");
        const std::string path = "/api/v1/products/" + id;
        const std::string variantId = text(product->getArray("variants")->getObject(0), "id");
        const auto productText = [](const ApiResponse& response) {
            return response.json && response.json->has("product")
                       ? tp::protocol::toJsonText(response.json->getObject("product"))
                       : response.body;
        };
        const auto listed = [&]() -> std::string {
            const ApiResponse page = m_server.get("/api/v1/products?q=DOC-1&limit=5", m_shop.ownerToken);
            if (page.status != 200 || page.json->getArray("products")->size() != 1)
                return page.body;
            return tp::protocol::toJsonText(page.json->getArray("products")->getObject(0));
        };
        QCOMPARE(q(productText(m_server.get(path, m_shop.ownerToken))), q(tp::protocol::toJsonText(product)));

        const ApiResponse priced =
            m_server.request("PUT", path + "/variants/" + variantId + "/prices/" + m_shop.mainStoreId,
                             R"({"price":{"amount":1799,"currency":"EUR"}})", m_shop.ownerToken);
        EXPECT_STATUS(priced, 200);
        QCOMPARE(q(productText(m_server.get(path, m_shop.ownerToken))), q(productText(priced)));
        QCOMPARE(q(listed()), q(productText(priced)));

        const ApiResponse patched = patch(path, R"({"version":2,"name":"Renamed","barcodes":["4000000000020"]})");
        EXPECT_STATUS(patched, 200);
        const std::string afterPatch = productText(patched);
        QVERIFY2(afterPatch.find("Renamed") != std::string::npos &&
                     afterPatch.find("4000000000020") != std::string::npos,
                 afterPatch.c_str());
        QCOMPARE(q(productText(m_server.get(path, m_shop.ownerToken))), q(afterPatch));
        QCOMPARE(q(listed()), q(afterPatch));

        const ApiResponse unpriced = m_server.request(
            "DELETE", path + "/variants/" + variantId + "/prices/" + m_shop.mainStoreId, {}, m_shop.ownerToken);
        EXPECT_STATUS(unpriced, 200);
        QVERIFY2(productText(unpriced).find("1799") == std::string::npos, productText(unpriced).c_str());
        QCOMPARE(q(productText(m_server.get(path, m_shop.ownerToken))), q(productText(unpriced)));
        QCOMPARE(q(listed()), q(productText(unpriced)));

        // A register's or backoffice's edit through sync (product.upsert) answers only the new
        // version; the read must show it with the pushed name.
        const auto pushed = tp::test::resultsOf(tp::test::push(
            m_server, m_shop.ownerToken,
            {tp::test::mutationJson(tp::test::newClientId(), "product.upsert",
                                    fill(R"({"id":"$id","version":4,"name":"Synced"})", {{"id", id}}))}));
        QVERIFY(pushed && pushed->size() == 1);
        QCOMPARE(q(pushed->getObject(0)->getValue<std::string>("status")), QStringLiteral("applied"));
        const ApiResponse afterSync = m_server.get(path, m_shop.ownerToken);
        EXPECT_STATUS(afterSync, 200);
        QCOMPARE(q(text(afterSync.json->getObject("product"), "name")), QStringLiteral("Synced"));
        QCOMPARE(afterSync.json->getObject("product")->getValue<int>("version"), 5);
        QCOMPARE(q(listed()), q(productText(afterSync)));

        const ApiResponse archived = patch(path, R"({"version":5,"status":"archived"})");
        EXPECT_STATUS(archived, 200);
        const std::string afterArchive = productText(archived);
        QCOMPARE(q(productText(m_server.get(path, m_shop.ownerToken))), q(afterArchive));
        QCOMPARE(q(listed()), q(afterArchive));

        // Behind the server's back, so the cached copy is forgotten the way refresh() does it.
        auto& context = m_server.server().context();
        auto cleared = context.database.transaction(
            tp::server::db::Scope::tenant(m_shop.id), tp::server::db::TransactionKind::Write,
            [&](tp::server::db::Connection& connection) -> tp::domain::Result<void> {
                auto done = connection.execute("UPDATE products SET document = NULL WHERE tenant_id = ? AND id = ?",
                                               {m_shop.id, id});
                if (!done)
                    return done.error();
                connection.afterCommit([&] { context.productDocuments->forget(m_shop.id, id); });
                return {};
            });
        QVERIFY(cleared.ok());
        QCOMPARE(q(productText(m_server.get(path, m_shop.ownerToken))), q(afterArchive));
        QCOMPARE(q(listed()), q(afterArchive));
    }

    // A product read again comes from memory, on both backends: the cache holds exactly what GET
    // sent, and a change made behind the server's back (no write path: no forget, no
    // notification) is not seen by GET, while the list, which always reads the database, sees it.
    // On PostgreSQL the cache serves only while the server listens for other servers' writes:
    // once its listening session is killed, the cache is emptied — writes in the gap went
    // unheard — so GET shows the change; listening again, the server caches again.
    void productReadsComeFromMemory() {
        const auto product = createSimple("CACHED-1", "Cached");
        const std::string id = text(product, "id");
        const std::string path = "/api/v1/products/" + id;
        auto& context = m_server.server().context();
        QVERIFY(context.productDocuments);

        QTRY_VERIFY_WITH_TIMEOUT(readIntoCache(m_server, m_shop.id, id, m_shop.ownerToken), 2000);
        const auto cached = context.productDocuments->find(m_shop.id, id).document;
        QCOMPARE(q("{\"product\":" + *cached + "}"), q(m_server.get(path, m_shop.ownerToken).body));
        QVERIFY(!context.productDocuments->find(m_other.id, id).document);

        auto renamed = context.database.transaction(
            tp::server::db::Scope::tenant(m_shop.id), tp::server::db::TransactionKind::Write,
            [&](tp::server::db::Connection& connection) -> tp::domain::Result<void> {
                auto done = connection.execute("UPDATE products SET document = REPLACE(document, 'Cached', 'Behind') "
                                               "WHERE tenant_id = ? AND id = ?",
                                               {m_shop.id, id});
                if (!done)
                    return done.error();
                return {};
            });
        QVERIFY(renamed.ok());
        QCOMPARE(nameOn(m_server, path, m_shop.ownerToken), QStringLiteral("Cached"));
        const ApiResponse list = m_server.get("/api/v1/products?q=CACHED-1", m_shop.ownerToken);
        EXPECT_STATUS(list, 200);
        QCOMPARE(q(text(list.json->getArray("products")->getObject(0), "name")), QStringLiteral("Behind"));
        if (m_server.backend() != "postgresql")
            return;

        // Every listening session on the test database: other servers (other suites running at
        // the same time) merely reconnect and start their caches afresh.
        auto terminated = tp::server::db::testing::runAsLoginRole(
            m_server.databaseUrl(), "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                    "datname = current_database() AND application_name = 'tillpoint-listener'");
        QVERIFY2(terminated.ok(), terminated.ok() ? "" : terminated.error().message.c_str());
        QVERIFY(!terminated->empty());
        QTRY_COMPARE_WITH_TIMEOUT(nameOn(m_server, path, m_shop.ownerToken), QStringLiteral("Behind"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!context.productDocuments->suspended(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(readIntoCache(m_server, m_shop.id, id, m_shop.ownerToken), 2000);
    }

    // Two servers on one database. On SQLite the second is refused: a cache that hears only its
    // own server's writes needs that server to be the only writer. On PostgreSQL both serve and
    // stay exact: a product that server B holds in memory, changed through server A, is shown
    // changed by B as soon as A's notification arrives (a moment after the commit; polled for up
    // to 2 s), while A shows its own write at once — and the same the other way round, for an
    // edit pushed through sync.
    void serversSharingTheDatabaseHearEachOthersWrites() {
        ApiTestServer second;
        if (m_server.backend() == "sqlite") {
            QVERIFY(!second.startBeside(m_server));
            QVERIFY2(second.error().find("data_dir_in_use") != std::string::npos, second.error().c_str());
            return;
        }
        QVERIFY2(second.startBeside(m_server), second.error().c_str());
        QTRY_VERIFY_WITH_TIMEOUT(!cacheOf(second).suspended(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!cacheOf(m_server).suspended(), 10000);
        const std::string token = m_shop.ownerToken;
        const auto product = createSimple("SHARED-1", "Shared");
        const std::string id = text(product, "id");
        const std::string path = "/api/v1/products/" + id;

        QTRY_VERIFY_WITH_TIMEOUT(readIntoCache(second, m_shop.id, id, token), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(readIntoCache(m_server, m_shop.id, id, token), 2000);
        EXPECT_STATUS(patch(path, R"({"version":1,"name":"Renamed on A"})"), 200);
        QCOMPARE(nameOn(m_server, path, token), QStringLiteral("Renamed on A"));
        QTRY_COMPARE_WITH_TIMEOUT(nameOn(second, path, token), QStringLiteral("Renamed on A"), 2000);

        QTRY_VERIFY_WITH_TIMEOUT(readIntoCache(second, m_shop.id, id, token), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(readIntoCache(m_server, m_shop.id, id, token), 2000);
        const auto pushed = tp::test::resultsOf(tp::test::push(
            second, token,
            {tp::test::mutationJson(tp::test::newClientId(), "product.upsert",
                                    fill(R"({"id":"$id","version":2,"name":"Pushed on B"})", {{"id", id}}))}));
        QVERIFY(pushed && pushed->size() == 1);
        QCOMPARE(q(pushed->getObject(0)->getValue<std::string>("status")), QStringLiteral("applied"));
        QCOMPARE(nameOn(second, path, token), QStringLiteral("Pushed on B"));
        QTRY_COMPARE_WITH_TIMEOUT(nameOn(m_server, path, token), QStringLiteral("Pushed on B"), 2000);
    }

    void devicesReadButDoNotEdit() {
        const ApiResponse staff =
            m_server.post("/api/v1/devices", fill(R"({"store_id":"$s","name":"Till"})", {{"s", m_shop.mainStoreId}}),
                          m_shop.ownerToken);
        EXPECT_STATUS(staff, 201);
        const std::string device = staff.json->getValue<std::string>("device_token");
        EXPECT_STATUS(m_server.get("/api/v1/products?limit=1", device), 200);
        EXPECT_STATUS(createProduct(R"({"sku":"DEV-1","name":"x","price":{"amount":1,"currency":"EUR"}})", device),
                      403);
    }

    void openApiDescribesTheCatalog() {
        const ApiResponse openapi = m_server.get("/api/v1/openapi.json");
        EXPECT_STATUS(openapi, 200);
        const auto paths = openapi.json->getObject("paths");
        for (const char* path : {"/api/v1/products", "/api/v1/products/{id}",
                                 "/api/v1/products/{id}/variants/{variant_id}/prices/{store_id}", "/api/v1/categories",
                                 "/api/v1/categories/{id}", "/api/v1/attribute-sets"})
            QVERIFY2(paths->has(path), path);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
