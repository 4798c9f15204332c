#include <QByteArray>
#include <QCryptographicHash>
#include <QTest>

#include <Poco/JSON/Array.h>

#include "ApiTestServer.h"

using namespace tp::test;

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

// A real 1×1 PNG (a red pixel).
std::string redPixelPng() {
    return QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108020000009077"
                               "53de0000000c4944415408d763f8cfc000000301010018dd8db00000000049"
                               "454e44ae426082")
        .toStdString();
}

std::string sha256Of(const std::string& bytes) {
    return QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256).toHex().toStdString();
}

} // namespace

// Product images over real HTTP: stored under the SHA-256 of their bytes (the same again is no
// change), refused when the bytes are not theirs or not an image, read back with their type by
// staff and devices of the tenant only, and listed in order on the product.
class TestProductImages : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;

    ApiResponse putImage(const std::string& bytes, const std::string& token) {
        return m_server.request("POST", "/api/v1/images", bytes, token, {{"Content-Type", "image/png"}});
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("images");
    }

    void anImageIsStoredByItsHashAndReadBack() {
        const std::string png = redPixelPng();
        const std::string sha = sha256Of(png);
        const ApiResponse stored = putImage(png, m_shop.ownerToken);
        QVERIFY2(stored.status == 200, stored.body.c_str());
        QCOMPARE(q(stored.json->getObject("image")->getValue<std::string>("sha256")), q(sha));
        QCOMPARE(q(stored.json->getObject("image")->getValue<std::string>("content_type")),
                 QStringLiteral("image/png"));
        QCOMPARE(putImage(png, m_shop.ownerToken).status, 200); // again: no change, no error

        const ApiResponse read = m_server.get("/api/v1/images/" + sha, m_shop.ownerToken);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.body.size(), png.size());
        QVERIFY(read.body == png);
        QCOMPARE(q(read.header("content-type")), QStringLiteral("image/png"));
        QVERIFY(q(read.header("cache-control")).contains(QLatin1String("immutable")));

        // A register of the shop reads it; another shop does not know it.
        const ApiResponse enrolled = m_server.post(
            "/api/v1/devices", "{\"store_id\":\"" + m_shop.mainStoreId + "\",\"name\":\"Till\"}", m_shop.ownerToken);
        QCOMPARE(m_server.get("/api/v1/images/" + sha, enrolled.json->getValue<std::string>("device_token")).status,
                 200);
        const auto other = m_server.createTenant("otherimages");
        QCOMPARE(m_server.get("/api/v1/images/" + sha, other.ownerToken).status, 404);
    }

    void badUploadsAreRefusedInWords() {
        const std::string png = redPixelPng();
        const ApiResponse notImage = putImage("not an image at all", m_shop.ownerToken);
        QCOMPARE(notImage.status, 400);
        QVERIFY(q(notImage.json->getObject("error")->getValue<std::string>("message")).contains("PNG"));
        QCOMPARE(putImage(png.substr(0, 3), m_shop.ownerToken).status, 400); // cut short: not a PNG's start
        QCOMPARE(m_server.get("/api/v1/images/" + sha256Of("never stored"), m_shop.ownerToken).status, 404);

        const ApiResponse added = m_server.post(
            "/api/v1/staff", "{\"email\":\"cy@images.example\",\"password\":\"a long password\",\"role\":\"cashier\"}",
            m_shop.ownerToken);
        QCOMPARE(added.status, 201);
        const std::string cashier = m_server.login(m_shop.slug, "cy@images.example", "a long password");
        QCOMPARE(putImage(png, cashier).status, 403);
    }

    void aProductListsItsImagesInOrder() {
        const std::string first = sha256Of(redPixelPng());
        const std::string second = sha256Of("a second image, uploaded later");
        const ApiResponse made = m_server.post(
            "/api/v1/products",
            "{\"sku\":\"LAMP\",\"name\":\"Lamp\",\"price\":{\"amount\":4900,\"currency\":\"EUR\"},\"images\":["
            "{\"sha256\":\"" +
                first + "\",\"alt\":\"The lamp, lit\"},{\"sha256\":\"" + second + "\"}]}",
            m_shop.ownerToken);
        QVERIFY2(made.status == 201, made.body.c_str());
        const std::string id = made.json->getObject("product")->getValue<std::string>("id");
        const ApiResponse read = m_server.get("/api/v1/products/" + id, m_shop.ownerToken);
        const auto images = read.json->getObject("product")->getArray("images");
        QCOMPARE(images->size(), std::size_t(2));
        QCOMPARE(q(images->getObject(0)->getValue<std::string>("sha256")), q(first));
        QCOMPARE(q(images->getObject(0)->getValue<std::string>("alt")), QStringLiteral("The lamp, lit"));
        QCOMPARE(q(images->getObject(1)->getValue<std::string>("sha256")), q(second));

        // Reordered and one removed by an edit; refusals name the entry.
        const ApiResponse edited =
            m_server.request("PATCH", "/api/v1/products/" + id,
                             "{\"version\":1,\"images\":[{\"sha256\":\"" + second + "\"}]}", m_shop.ownerToken);
        QVERIFY2(edited.status == 200, edited.body.c_str());
        QCOMPARE(edited.json->getObject("product")->getArray("images")->size(), std::size_t(1));
        const ApiResponse bad = m_server.request(
            "PATCH", "/api/v1/products/" + id, "{\"version\":2,\"images\":[{\"sha256\":\"xyz\"}]}", m_shop.ownerToken);
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.body.find("images[0].sha256") != std::string::npos);
        const ApiResponse twice = m_server.request("PATCH", "/api/v1/products/" + id,
                                                   "{\"version\":2,\"images\":[{\"sha256\":\"" + first +
                                                       "\"},{\"sha256\":\"" + first + "\"}]}",
                                                   m_shop.ownerToken);
        QCOMPARE(twice.status, 400);
        QVERIFY(twice.body.find("images[1].sha256") != std::string::npos);
    }
};

QTEST_MAIN(TestProductImages)
#include "tst_product_images.moc"
