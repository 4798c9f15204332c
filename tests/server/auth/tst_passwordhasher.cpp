#include <QElapsedTimer>
#include <QTest>

#include "AuthTestSupport.h"
#include "DomainTestSupport.h"
#include "auth/Base64.h"
#include "auth/PasswordHasher.h"

using tp::server::auth::decodeBase64;
using tp::server::auth::encodeBase64;
using tp::server::auth::PasswordHasher;

namespace {

// Fast enough for a suite; the real policy is exercised once in realDefaultPolicy().
constexpr int kTestIterations = 1000;

PasswordHasher testHasher(int iterations = kTestIterations) {
    return PasswordHasher(iterations, PasswordHasher::WeakForTests{});
}

// A well-formed stored hash of "correct horse" with a fixed salt, built field by field so the
// malformed rows below can break exactly one thing each.
const std::string kSalt = "0123456789abcdef";
std::string keyFor(std::string_view password, std::string_view salt, int iterations) {
    return PasswordHasher::deriveKey(password, salt, iterations, PasswordHasher::kKeyBytes).value();
}
std::string encoded(std::string_view iterations, std::string_view salt, std::string_view key) {
    return "pbkdf2-sha256$" + std::string(iterations) + "$" + std::string(salt) + "$" + std::string(key);
}

} // namespace

class TestPasswordHasher : public QObject {
    Q_OBJECT

private slots:
    void derivesPublishedVectors_data() {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<QByteArray>("expectedHex");
        QTest::newRow("RFC 7914 §11: passwd, salt, 1 iteration, 64 bytes")
            << QByteArray("passwd") << QByteArray("salt") << 1
            << QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                          "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
        QTest::newRow("RFC 7914 §11: Password, NaCl, 80000 iterations, 64 bytes")
            << QByteArray("Password") << QByteArray("NaCl") << 80000
            << QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                          "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
        QTest::newRow("RFC 6070 inputs with SHA-256: 1 iteration")
            << QByteArray("password") << QByteArray("salt") << 1
            << QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
        QTest::newRow("RFC 6070 inputs with SHA-256: 2 iterations")
            << QByteArray("password") << QByteArray("salt") << 2
            << QByteArray("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
        QTest::newRow("RFC 6070 inputs with SHA-256: 4096 iterations")
            << QByteArray("password") << QByteArray("salt") << 4096
            << QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
        QTest::newRow("RFC 6070 inputs with SHA-256: long password and salt, 40 bytes")
            << QByteArray("passwordPASSWORDpassword") << QByteArray("saltSALTsaltSALTsaltSALTsaltSALTsalt") << 4096
            << QByteArray("348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9");
        QTest::newRow("RFC 6070 inputs with SHA-256: NUL bytes, 16 bytes")
            << QByteArray("pass\0word", 9) << QByteArray("sa\0lt", 5) << 4096
            << QByteArray("89b69d0516f829893c696226650a8687");
    }
    void derivesPublishedVectors() {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        QFETCH(int, iterations);
        QFETCH(QByteArray, expectedHex);
        const auto key = PasswordHasher::deriveKey(bytes(password), bytes(salt), iterations,
                                                   static_cast<std::size_t>(expectedHex.size() / 2));
        TP_VERIFY_OK(key);
        QCOMPARE(toByteArray(*key).toHex(), expectedHex);
    }

    void hashNamesItsParametersAndVerifies() {
        const PasswordHasher hasher = testHasher();
        const auto hash = hasher.hash("correct horse battery staple");
        TP_VERIFY_OK(hash);
        const QStringList fields = qs(*hash).split(u'$');
        QCOMPARE(fields.size(), 4);
        QCOMPARE(fields[0], QStringLiteral("pbkdf2-sha256"));
        QCOMPARE(fields[1], QString::number(kTestIterations));
        QCOMPARE(decodeBase64(fields[2].toStdString()).value_or("").size(), PasswordHasher::kSaltBytes);
        QCOMPARE(decodeBase64(fields[3].toStdString()).value_or("").size(), PasswordHasher::kKeyBytes);

        const auto check = hasher.verify("correct horse battery staple", *hash);
        TP_VERIFY_OK(check);
        QVERIFY(check->matches);
        QVERIFY(!check->needsRehash);
    }

    void sameStringHashesDifferentlyEachTime() {
        const PasswordHasher hasher = testHasher();
        const auto first = hasher.hash("1234");
        const auto second = hasher.hash("1234");
        TP_VERIFY_OK(first);
        TP_VERIFY_OK(second);
        QVERIFY(*first != *second);
        QVERIFY(hasher.verify("1234", *first)->matches);
        QVERIFY(hasher.verify("1234", *second)->matches);
    }

    void unicodeAndEmptyPasswordsRoundTrip_data() {
        QTest::addColumn<QString>("password");
        QTest::newRow("umlauts and emoji") << QStringLiteral("Grüße aus Köln 🧾");
        QTest::newRow("empty password") << QString();
        QTest::newRow("very long passphrase") << QString(1000, u'x');
    }
    void unicodeAndEmptyPasswordsRoundTrip() {
        QFETCH(QString, password);
        const PasswordHasher hasher = testHasher();
        const auto hash = hasher.hash(password.toStdString());
        TP_VERIFY_OK(hash);
        QVERIFY(hasher.verify(password.toStdString(), *hash)->matches);
    }

    void wrongPasswordDoesNotMatch_data() {
        QTest::addColumn<QString>("attempt");
        QTest::newRow("one character off") << "correct horse battery stapla";
        QTest::newRow("case changed") << "Correct horse battery staple";
        QTest::newRow("trailing space") << "correct horse battery staple ";
        QTest::newRow("only a prefix") << "correct horse";
        QTest::newRow("empty") << "";
    }
    void wrongPasswordDoesNotMatch() {
        QFETCH(QString, attempt);
        const PasswordHasher hasher = testHasher();
        const auto hash = hasher.hash("correct horse battery staple");
        TP_VERIFY_OK(hash);
        const auto check = hasher.verify(attempt.toStdString(), *hash);
        TP_VERIFY_OK(check);
        QVERIFY(!check->matches);
    }

    void malformedHashesAreErrorsNotCrashes_data() {
        QTest::addColumn<QByteArray>("stored");
        const std::string salt = encodeBase64(kSalt);
        const std::string key = encodeBase64(keyFor("correct horse", kSalt, kTestIterations));
        const auto row = [](const char* name, const std::string& value) {
            QTest::newRow(name) << toByteArray(value);
        };
        row("empty string", "");
        row("just the scheme", "pbkdf2-sha256");
        row("unknown scheme", "pbkdf2-sha1$1000$" + salt + "$" + key);
        row("scheme in upper case", "PBKDF2-SHA256$1000$" + salt + "$" + key);
        row("a bcrypt hash", "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW");
        row("key field missing", "pbkdf2-sha256$1000$" + salt);
        row("extra field", encoded("1000", salt, key) + "$extra");
        row("iterations zero", encoded("0", salt, key));
        row("iterations negative", encoded("-1000", salt, key));
        row("iterations with plus sign", encoded("+1000", salt, key));
        row("iterations with leading zero", encoded("01000", salt, key));
        row("iterations not a number", encoded("many", salt, key));
        row("iterations empty", encoded("", salt, key));
        row("iterations overflow an int", encoded("99999999999999999999", salt, key));
        row("iterations above the maximum", encoded(std::to_string(PasswordHasher::kMaximumIterations + 1), salt, key));
        row("salt not base64", encoded("1000", "!!!!", key));
        row("salt too short", encoded("1000", encodeBase64("1234"), key));
        row("salt missing its padding", encoded("1000", salt.substr(0, salt.find('=')), key));
        row("salt empty", encoded("1000", "", key));
        row("key truncated to 31 bytes", encoded("1000", salt, encodeBase64(std::string(31, 'k'))));
        row("key of 64 bytes", encoded("1000", salt, encodeBase64(std::string(64, 'k'))));
        row("key not base64", encoded("1000", salt, "%%%%"));
        row("trailing newline", encoded("1000", salt, key) + "\n");
        row("leading space", " " + encoded("1000", salt, key));
        row("NUL byte in the key", encoded("1000", salt, key.substr(0, 4) + std::string(1, '\0') + key.substr(5)));
    }
    void malformedHashesAreErrorsNotCrashes() {
        QFETCH(QByteArray, stored);
        const auto check = testHasher().verify("correct horse", bytes(stored));
        TP_VERIFY_ERROR(check, "invalid_password_hash");
    }

    void hashBuiltByHandVerifies() {
        // The well-formed base of the malformed rows, so those rows fail for their one defect.
        const std::string stored =
            encoded("1000", encodeBase64(kSalt), encodeBase64(keyFor("correct horse", kSalt, 1000)));
        const auto check = testHasher().verify("correct horse", stored);
        TP_VERIFY_OK(check);
        QVERIFY(check->matches);
    }

    void needsRehashWhenPolicyIsStronger_data() {
        QTest::addColumn<int>("storedIterations");
        QTest::addColumn<int>("policyIterations");
        QTest::addColumn<bool>("needsRehash");
        QTest::newRow("stored with fewer iterations than policy") << 1000 << 2000 << true;
        QTest::newRow("stored with the policy's iterations") << 2000 << 2000 << false;
        QTest::newRow("stored with more iterations than policy") << 3000 << 2000 << false;
    }
    void needsRehashWhenPolicyIsStronger() {
        QFETCH(int, storedIterations);
        QFETCH(int, policyIterations);
        QFETCH(bool, needsRehash);
        const auto stored = testHasher(storedIterations).hash("open sesame");
        TP_VERIFY_OK(stored);
        const auto check = testHasher(policyIterations).verify("open sesame", *stored);
        TP_VERIFY_OK(check);
        QVERIFY(check->matches);
        QCOMPARE(check->needsRehash, needsRehash);
    }

    void productionIterationsHaveAFloor_data() {
        QTest::addColumn<int>("iterations");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("one below the default") << 599'999 << false;
        QTest::newRow("the default") << 600'000 << true;
        QTest::newRow("a million") << 1'000'000 << true;
        QTest::newRow("above the maximum") << PasswordHasher::kMaximumIterations + 1 << false;
        QTest::newRow("negative") << -1 << false;
    }
    void productionIterationsHaveAFloor() {
        QFETCH(int, iterations);
        QFETCH(bool, accepted);
        const auto hasher = PasswordHasher::withIterations(iterations);
        QCOMPARE(hasher.ok(), accepted);
        if (accepted)
            QCOMPARE(hasher->iterations(), iterations);
        else
            TP_VERIFY_ERROR(hasher, "invalid_config");
    }

    void defaultPolicyIsSixHundredThousand() { QCOMPARE(PasswordHasher().iterations(), 600'000); }

    void dummyVerificationRunsWithoutAUser() {
        // Nothing to observe but that it does the work and returns; timing is not asserted.
        testHasher().verifyDummy("whatever was typed");
        testHasher().verifyDummy("");
    }

    void realDefaultPolicy() {
        const PasswordHasher hasher;
        QElapsedTimer timer;
        timer.start();
        const auto hash = hasher.hash("the real thing");
        const qint64 hashMs = timer.restart();
        TP_VERIFY_OK(hash);
        QVERIFY(qs(*hash).startsWith(QStringLiteral("pbkdf2-sha256$600000$")));
        const auto check = hasher.verify("the real thing", *hash);
        const qint64 verifyMs = timer.restart();
        TP_VERIFY_OK(check);
        QVERIFY(check->matches);
        QVERIFY(!check->needsRehash);
        hasher.verifyDummy("the real thing");
        const qint64 dummyMs = timer.elapsed();
        qInfo("600k iterations: hash %lld ms, verify %lld ms, dummy verify %lld ms", static_cast<long long>(hashMs),
              static_cast<long long>(verifyMs), static_cast<long long>(dummyMs));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
