#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

#include "FakeSyncServer.h"
#include "FixedTokenSource.h"
#include "TempReplica.h"
#include "client/outbox/Outbox.h"
#include "client/sync/SyncApi.h"
#include "domain/ids/UuidV7Generator.h"
#include "models/ImageSync.h"
#include "models/ProductEditor.h"
#include "models/ProductImages.h"
#include "ui/ImagePreparation.h"
#include "ui/ProductEditorDialog.h"
#include "ui/ProductImagesEditor.h"

using tp::backoffice::ImageSync;
using tp::backoffice::ProductImages;
using tp::backoffice::ui::ImagePreparation;
using tp::client::testing::FakeSyncServer;

// Product images in the backoffice under QT_QPA_PLATFORM=offscreen: picture files made fit
// (small ones kept as they are, big or odd ones shrunk to a JPEG, unreadable ones said in
// words), added in the product editor, reordered, described, saved with the product and kept
// for upload; uploaded to and fetched from a scripted server.
class TestProductImages : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    tp::client::testing::TempReplica m_replica;
    tp::domain::UuidV7Generator m_ids{tp::domain::UuidV7Generator::systemClock(),
                                      tp::domain::UuidV7Generator::systemRandomSource()};
    tp::client::Outbox m_outbox{m_replica.db(), m_ids};
    ProductImages m_images{m_replica.db()};

    QString writeImage(const QString& name, const QImage& image, const char* format) {
        const QString path = m_dir.filePath(name);
        if (!image.save(path, format))
            QTest::qFail("could not write the test picture", __FILE__, __LINE__);
        return path;
    }

    static QImage filled(int width, int height, const QColor& colour, QImage::Format format = QImage::Format_RGB32) {
        QImage image(width, height, format);
        image.fill(colour);
        return image;
    }

private slots:
    void pictureFilesAreMadeFit() {
        const QString small = writeImage(QStringLiteral("small.png"), filled(64, 48, Qt::red), "PNG");
        QFile file(small);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto kept = ImagePreparation::fromFile(small);
        QVERIFY(kept.ok());
        QCOMPARE(kept.value(), file.readAll()); // as it was

        const QString big = writeImage(QStringLiteral("big.bmp"), filled(4000, 3000, Qt::darkGreen), "BMP");
        auto shrunk = ImagePreparation::fromFile(big);
        QVERIFY(shrunk.ok());
        QCOMPARE(ProductImages::contentTypeOf(shrunk.value()), QStringLiteral("image/jpeg"));
        QVERIFY(shrunk->size() <= ProductImages::kMaxBytes);
        const QImage read = QImage::fromData(shrunk.value());
        QCOMPARE(read.size(), QSize(2048, 1536));

        const QString clear =
            writeImage(QStringLiteral("clear.png"), filled(3000, 100, Qt::transparent, QImage::Format_ARGB32), "PNG");
        auto flattened = ImagePreparation::fromFile(clear);
        QVERIFY(flattened.ok());
        QVERIFY(QImage::fromData(flattened.value()).pixelColor(10, 10).lightness() > 240); // on white

        QFile text(m_dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a picture");
        text.close();
        auto refused = ImagePreparation::fromFile(text.fileName());
        QCOMPARE(refused.error().code, std::string("unreadable_image"));
        QVERIFY(QString::fromStdString(refused.error().message).contains(QLatin1String("notes.txt")));
    }

    void theEditorAddsOrdersAndSavesImages() {
        tp::backoffice::ProductEditor editor(m_outbox, m_ids);
        auto product = editor.create(QStringLiteral("EUR"));
        tp::backoffice::ui::ProductEditorDialog dialog(editor, product, nullptr, &m_images, nullptr);
        dialog.show();
        dialog.findChild<QLineEdit*>(QStringLiteral("sku"))->setText(QStringLiteral("LAMP"));
        dialog.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Lamp"));
        dialog.findChild<QLineEdit*>(QStringLiteral("price"))->setText(QStringLiteral("49"));
        auto* imagesEditor = dialog.findChild<tp::backoffice::ui::ProductImagesEditor*>();
        QVERIFY(imagesEditor);
        const QString red = writeImage(QStringLiteral("red.png"), filled(50, 50, Qt::red), "PNG");
        const QString blue = writeImage(QStringLiteral("blue.png"), filled(50, 50, Qt::blue), "PNG");
        QVERIFY(!imagesEditor->addFiles({m_dir.filePath(QStringLiteral("missing.png"))}));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("editorMessage"))->text().contains(QLatin1String("missing")));
        QVERIFY(imagesEditor->addFiles({red, blue}));
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("productImages"));
        QCOMPARE(list->count(), 2);
        QVERIFY(!list->item(0)->icon().isNull());
        QVERIFY(list->item(0)->text().contains(QLatin1String("Main")));
        list->setCurrentRow(1);
        imagesEditor->makeSelectedMain(); // the blue one first
        auto* alt = dialog.findChild<QLineEdit*>(QStringLiteral("imageAlt"));
        QTest::keyClicks(alt, QStringLiteral("Blue lamp"));
        QVERIFY(dialog.save());

        auto queued = m_replica.db().select(
            QStringLiteral("SELECT data FROM outbox WHERE type = 'product.upsert' ORDER BY position DESC LIMIT 1"));
        QVERIFY(queued && !queued->isEmpty());
        const QJsonArray images =
            QJsonDocument::fromJson(queued->first().at(0).toString().toUtf8()).object().value("images").toArray();
        QCOMPARE(images.size(), 2);
        QCOMPARE(images[0]["alt"].toString(), QStringLiteral("Blue lamp"));
        QFile blueFile(blue);
        QVERIFY(blueFile.open(QIODevice::ReadOnly));
        QCOMPARE(images[0]["sha256"].toString(), ProductImages::sha256Of(blueFile.readAll()));
        QCOMPARE(m_images.pendingUploads()->size(), 2);
    }

    void imagesGoUpAndComeDown() {
        const QByteArray green = [] {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            filled(8, 8, Qt::green).save(&buffer, "PNG");
            return bytes;
        }();
        const QString greenSha = ProductImages::sha256Of(green);
        FakeSyncServer server;
        server.setHandler([&](const FakeSyncServer::Request& request) {
            if (request.method == "POST" && request.path == QLatin1String("/api/v1/images"))
                return FakeSyncServer::Reaction::json(
                    200, QJsonObject{{"image", QJsonObject{{"sha256", ProductImages::sha256Of(request.body)}}}});
            if (request.path == QStringLiteral("/api/v1/images/%1").arg(greenSha))
                return FakeSyncServer::Reaction::raw(200, green);
            return FakeSyncServer::Reaction::json(
                404, QJsonObject{{"error", QJsonObject{{"code", "not_found"}, {"message", "no image"}}}});
        });
        tp::client::testing::FixedTokenSource token(QStringLiteral("owner-token"));
        tp::client::SyncApi api(server.url(), token);
        ImageSync sync(m_images, api);
        std::optional<tp::domain::Result<int>> moved;
        sync.uploadPending([&](tp::domain::Result<int> result) { moved = result; });
        QTRY_VERIFY_WITH_TIMEOUT(moved.has_value(), 20000);
        QVERIFY(moved->ok());
        QCOMPARE(moved->value(), 2);
        QVERIFY(m_images.pendingUploads()->isEmpty());
        QCOMPARE(server.requests().first().headers.value("content-type"), QByteArray("image/png"));

        // One the server has (fetched and kept), one nobody uploaded yet (left for later).
        const QString unknown = ProductImages::sha256Of("never uploaded");
        moved.reset();
        sync.fetch({greenSha, unknown}, [&](tp::domain::Result<int> result) { moved = result; });
        QTRY_VERIFY_WITH_TIMEOUT(moved.has_value(), 20000);
        QVERIFY(moved->ok());
        QCOMPARE(moved->value(), 1);
        QCOMPARE(**m_images.bytes(greenSha), green);
        QCOMPARE(*m_images.missing({greenSha, unknown}), QStringList{unknown});
    }
};

QTEST_MAIN(TestProductImages)
#include "tst_productimages.moc"
