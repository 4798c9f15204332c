#include <QRegularExpression>
#include <QTest>

#include <string>
#include <unordered_set>

#include "AuthTestSupport.h"
#include "DomainTestSupport.h"
#include "auth/Base64.h"
#include "auth/ConstantTime.h"
#include "auth/OpaqueTokens.h"

using tp::server::auth::constantTimeEquals;
using tp::server::auth::decodeBase64Url;
using tp::server::auth::OpaqueTokens;

class TestOpaqueTokens : public QObject {
    Q_OBJECT

private slots:
    void tokensHaveAPrefixAnd43UrlSafeCharacters_data() {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("token");
        QTest::newRow("refresh token") << "tpr_" << qs(OpaqueTokens::generateRefreshToken().value());
        QTest::newRow("device token") << "tpd_" << qs(OpaqueTokens::generateDeviceToken().value());
        QTest::newRow("admin token") << "tpa_" << qs(OpaqueTokens::generate(OpaqueTokens::kAdminPrefix).value());
    }
    void tokensHaveAPrefixAnd43UrlSafeCharacters() {
        QFETCH(QString, prefix);
        QFETCH(QString, token);
        QVERIFY(token.startsWith(prefix));
        QCOMPARE(token.size(), prefix.size() + 43);
        static const QRegularExpression body(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        QVERIFY2(body.match(token.mid(prefix.size())).hasMatch(), qPrintable(token));
        QCOMPARE(decodeBase64Url(token.mid(prefix.size()).toStdString()).value_or("").size(), std::size_t{32});
        QVERIFY(OpaqueTokens::hasShape(token.toStdString(), prefix.toStdString()));
    }

    void tenThousandTokensAreAllDifferent() {
        std::unordered_set<std::string> tokens;
        std::unordered_set<std::string> hashes;
        for (int i = 0; i < 10'000; ++i) {
            const auto token = OpaqueTokens::generateRefreshToken();
            TP_VERIFY_OK(token);
            tokens.insert(*token);
            hashes.insert(OpaqueTokens::hashToken(*token).value());
        }
        QCOMPARE(tokens.size(), std::size_t{10'000});
        QCOMPARE(hashes.size(), std::size_t{10'000});
    }

    void hashIsLowerCaseHexSha256_data() {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("expected");
        // FIPS 180-2 vectors, and a token-shaped string checked with sha256sum.
        QTest::newRow("empty string") << QByteArray()
                                      << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::newRow("abc") << QByteArray("abc") << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        QTest::newRow("prefixed token") << QByteArray("tpr_tillpoint")
                                        << "f96c22c52aa2e107b60c7eccc1a004571c2f14f4c67c1a1053c8c06e157bba9a";
    }
    void hashIsLowerCaseHexSha256() {
        QFETCH(QByteArray, token);
        QFETCH(QString, expected);
        const auto hash = OpaqueTokens::hashToken(bytes(token));
        TP_VERIFY_OK(hash);
        QCOMPARE(qs(*hash), expected);
        QCOMPARE(qs(OpaqueTokens::hashToken(bytes(token)).value()), expected); // stable
    }

    void prefixIsPartOfTheHash() {
        QVERIFY(OpaqueTokens::hashToken("tpr_abc").value() != OpaqueTokens::hashToken("tpd_abc").value());
    }

    void presentedTokenMatchesOnlyItsOwnHash_data() {
        QTest::addColumn<QString>("presented");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<bool>("matches");
        const std::string token = OpaqueTokens::generateRefreshToken().value();
        const QString hash = qs(OpaqueTokens::hashToken(token).value());
        std::string changed = token;
        changed.back() = changed.back() == 'A' ? 'Q' : 'A';
        QTest::newRow("the token itself") << qs(token) << hash << true;
        QTest::newRow("one character changed") << qs(changed) << hash << false;
        QTest::newRow("another token") << qs(OpaqueTokens::generateRefreshToken().value()) << hash << false;
        QTest::newRow("the hash presented as the token") << hash << hash << false;
        QTest::newRow("stored hash truncated") << qs(token) << hash.left(63) << false;
        QTest::newRow("nothing stored") << qs(token) << QString() << false;
    }
    void presentedTokenMatchesOnlyItsOwnHash() {
        QFETCH(QString, presented);
        QFETCH(QString, stored);
        QFETCH(bool, matches);
        QCOMPARE(OpaqueTokens::matchesHash(presented.toStdString(), stored.toStdString()), matches);
    }

    void shapeCheckRefusesLookalikes_data() {
        QTest::addColumn<QString>("token");
        const QString body = QString(42, u'A') + u'E';
        QTest::newRow("canonical body") << "tpr_" + body;
        QTest::newRow("wrong prefix") << "tpd_" + body;
        QTest::newRow("no prefix") << body;
        QTest::newRow("one character short") << "tpr_" + body.left(42);
        QTest::newRow("one character long") << "tpr_" + body + u'A';
        QTest::newRow("standard base64 character") << "tpr_" + body.left(42) + u'+';
        QTest::newRow("padding") << "tpr_" + body.left(42) + u'=';
        QTest::newRow("stray bits in the last character") << "tpr_" + body.left(42) + u'B';
        QTest::newRow("empty") << QString();
    }
    void shapeCheckRefusesLookalikes() {
        QFETCH(QString, token);
        const bool expected = QByteArray(QTest::currentDataTag()) == "canonical body";
        QCOMPARE(OpaqueTokens::hasShape(token.toStdString(), OpaqueTokens::kRefreshPrefix), expected);
    }

    void constantTimeComparison_data() {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("presented");
        QTest::addColumn<bool>("equal");
        QTest::newRow("identical") << QByteArray("s3cr3t") << QByteArray("s3cr3t") << true;
        QTest::newRow("last byte differs") << QByteArray("s3cr3t") << QByteArray("s3cr3T") << false;
        QTest::newRow("first byte differs") << QByteArray("s3cr3t") << QByteArray("S3cr3t") << false;
        QTest::newRow("presented is a prefix") << QByteArray("s3cr3t") << QByteArray("s3cr") << false;
        QTest::newRow("presented is longer") << QByteArray("s3cr3t") << QByteArray("s3cr3tt") << false;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
        QTest::newRow("NUL bytes count") << QByteArray("a\0b", 3) << QByteArray("a\0c", 3) << false;
    }
    void constantTimeComparison() {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, presented);
        QFETCH(bool, equal);
        QCOMPARE(constantTimeEquals(bytes(secret), bytes(presented)), equal);
    }
};

QTEST_GUILESS_MAIN(TestOpaqueTokens)
#include "tst_opaquetokens.moc"
