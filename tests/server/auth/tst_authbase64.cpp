#include <QTest>

#include "AuthTestSupport.h"
#include "DomainTestSupport.h"
#include "auth/Base64.h"

using tp::server::auth::decodeBase64;
using tp::server::auth::decodeBase64Url;
using tp::server::auth::encodeBase64;
using tp::server::auth::encodeBase64Url;

class TestAuthBase64 : public QObject {
    Q_OBJECT

private slots:
    void roundTripsPublishedVectors_data() {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QString>("standard");
        QTest::addColumn<QString>("urlSafe");
        // RFC 4648 §10, plus bytes that hit the two alphabet-specific characters.
        QTest::newRow("empty") << QByteArray() << ""
                               << "";
        QTest::newRow("f needs two pad characters") << QByteArray("f") << "Zg=="
                                                    << "Zg";
        QTest::newRow("fo needs one pad character") << QByteArray("fo") << "Zm8="
                                                    << "Zm8";
        QTest::newRow("foo fills a group") << QByteArray("foo") << "Zm9v"
                                           << "Zm9v";
        QTest::newRow("foob") << QByteArray("foob") << "Zm9vYg=="
                              << "Zm9vYg";
        QTest::newRow("fooba") << QByteArray("fooba") << "Zm9vYmE="
                               << "Zm9vYmE";
        QTest::newRow("foobar") << QByteArray("foobar") << "Zm9vYmFy"
                                << "Zm9vYmFy";
        QTest::newRow("high bytes use plus/slash or minus/underscore") << QByteArray("\xfb\xff\xbf", 3) << "+/+/"
                                                                       << "-_-_";
    }
    void roundTripsPublishedVectors() {
        QFETCH(QByteArray, plain);
        QFETCH(QString, standard);
        QFETCH(QString, urlSafe);
        QCOMPARE(qs(encodeBase64(bytes(plain))), standard);
        QCOMPARE(qs(encodeBase64Url(bytes(plain))), urlSafe);
        QCOMPARE(decodeBase64(standard.toStdString()), std::optional<std::string>(bytes(plain)));
        QCOMPARE(decodeBase64Url(urlSafe.toStdString()), std::optional<std::string>(bytes(plain)));
    }

    void standardDecodingIsStrict_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("missing padding") << "Zg";
        QTest::newRow("one pad character too few") << "Zg=";
        QTest::newRow("three pad characters") << "Z===";
        QTest::newRow("padding in the middle") << "Zg==Zm9v";
        QTest::newRow("only padding") << "====";
        QTest::newRow("stray bits in the last character") << "Zh==";
        QTest::newRow("whitespace inside") << "Zm9v Yg==";
        QTest::newRow("trailing newline") << "Zm9v\n";
        QTest::newRow("url-safe characters") << "-_-_";
        QTest::newRow("length one more than a group") << "Zm9vY";
    }
    void standardDecodingIsStrict() {
        QFETCH(QString, text);
        QVERIFY(!decodeBase64(text.toStdString()).has_value());
    }

    void urlSafeDecodingIsStrict_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("padding present") << "Zg==";
        QTest::newRow("standard characters") << "+/+/";
        QTest::newRow("stray bits in the last character") << "Zh";
        QTest::newRow("a single character") << "Z";
        QTest::newRow("dot from a JWT") << "Zm9v.Zm9v";
    }
    void urlSafeDecodingIsStrict() {
        QFETCH(QString, text);
        QVERIFY(!decodeBase64Url(text.toStdString()).has_value());
    }

    void everyByteValueSurvivesARoundTrip() {
        std::string all;
        for (int i = 0; i < 256; ++i)
            all += static_cast<char>(i);
        for (std::size_t length = 0; length <= all.size(); length += 37) {
            const std::string slice = all.substr(0, length);
            QCOMPARE(decodeBase64(encodeBase64(slice)), std::optional<std::string>(slice));
            QCOMPARE(decodeBase64Url(encodeBase64Url(slice)), std::optional<std::string>(slice));
        }
    }
};

QTEST_GUILESS_MAIN(TestAuthBase64)
#include "tst_authbase64.moc"
