#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include "ApiTestServer.h"
#include "FixedTokenSource.h"
#include "OfficeReplica.h"
#include "client/sync/SyncApi.h"
#include "models/ImageSync.h"
#include "models/ProductEditor.h"
#include "models/ProductImages.h"

using tp::backoffice::ImageSync;
using tp::backoffice::ProductImages;
using tp::test::ApiResponse;
using tp::test::ApiTestServer;

namespace {

QByteArray pngOf(const QColor& colour) {
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

std::optional<tp::domain::Result<int>> await(const std::function<void(ImageSync::Done)>& call) {
    std::optional<tp::domain::Result<int>> answer;
    call([&answer](tp::domain::Result<int> result) { answer = std::move(result); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return std::nullopt;
    return answer;
}

} // namespace

// Product images made in an office without the server: the product names them at once, they
// wait in the office's replica, and go up when the server can be reached; the server answers
// them by their hash; a second office that pulls the product fetches them to show them.
class TestBackofficeImages : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    QTemporaryDir m_dir;

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port())); }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("pictures");
    }

    void imagesAddedOfflineReachTheServerAndAnotherOffice() {
        tp::test::OfficeReplica office(m_dir.filePath(QStringLiteral("office.db")), url(),
                                       QString::fromStdString(m_shop.ownerToken));
        QVERIFY(office.pull());
        ProductImages images(office.db);
        const QByteArray red = pngOf(Qt::red);
        const QByteArray blue = pngOf(Qt::blue);
        auto first = images.add(red);
        auto second = images.add(blue);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(images.add("plain text").error().code, std::string("not_an_image"));
        QCOMPARE(images.pendingUploads()->size(), 2);

        tp::backoffice::ProductEditor editor(office.outbox, office.ids);
        auto lamp = editor.create(QStringLiteral("EUR"));
        const auto blank = lamp;
        lamp.sku = QStringLiteral("LAMP");
        lamp.name = QStringLiteral("Lamp");
        lamp.price = 4900;
        lamp.images = {{*second, QStringLiteral("The lamp, lit")}, {*first, QString()}};
        QVERIFY(editor.save(blank, lamp).ok());

        // Offline: nothing moves, nothing is lost.
        tp::client::testing::FixedTokenSource token(QString::fromStdString(m_shop.ownerToken));
        tp::client::SyncApi nowhere(QUrl(QStringLiteral("http://127.0.0.1:1")), token);
        ImageSync stranded(images, nowhere);
        auto offline = await([&](auto done) { stranded.uploadPending(done); });
        QVERIFY(offline && !offline->ok());
        QCOMPARE(offline->error().code, std::string("offline"));
        QCOMPARE(images.pendingUploads()->size(), 2);

        // Online: the product and its images arrive.
        QVERIFY2(office.upload(), qPrintable(office.firstRefusal()));
        ImageSync sync(images, office.api());
        auto uploaded = await([&](auto done) { sync.uploadPending(done); });
        QVERIFY2(uploaded && uploaded->ok(), uploaded && !uploaded->ok() ? uploaded->error().message.c_str() : "");
        QCOMPARE(uploaded->value(), 2);
        QVERIFY(images.pendingUploads()->isEmpty());
        const ApiResponse served = m_server.get("/api/v1/images/" + first->toStdString(), m_shop.ownerToken);
        QCOMPARE(served.status, 200);
        QVERIFY(QByteArray::fromStdString(served.body) == red);
        const ApiResponse product = m_server.get("/api/v1/products/" + lamp.id.toStdString(), m_shop.ownerToken);
        const auto listed = product.json->getObject("product")->getArray("images");
        QCOMPARE(listed->size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(listed->getObject(0)->getValue<std::string>("sha256")), *second);
        QCOMPARE(QString::fromStdString(listed->getObject(0)->getValue<std::string>("alt")),
                 QStringLiteral("The lamp, lit"));

        // Another office pulls the product and fetches its images to show them.
        tp::test::OfficeReplica other(m_dir.filePath(QStringLiteral("other.db")), url(),
                                      QString::fromStdString(m_shop.ownerToken));
        QVERIFY(other.pull());
        tp::backoffice::ProductEditor otherEditor(other.outbox, other.ids);
        auto pulled = otherEditor.load(lamp.id);
        QVERIFY(pulled.ok());
        QCOMPARE(pulled->images.size(), 2);
        ProductImages otherImages(other.db);
        ImageSync otherSync(otherImages, other.api());
        QStringList wanted{pulled->images.at(0).sha256, pulled->images.at(1).sha256};
        QCOMPARE(otherImages.missing(wanted)->size(), 2);
        auto fetched = await([&](auto done) { otherSync.fetch(wanted, done); });
        QVERIFY(fetched && fetched->ok());
        QCOMPARE(fetched->value(), 2);
        QCOMPARE(**otherImages.bytes(*second), blue);
        QVERIFY(otherImages.pendingUploads()->isEmpty()); // fetched, not to be sent back
    }
};

QTEST_MAIN(TestBackofficeImages)
#include "tst_backoffice_images.moc"
