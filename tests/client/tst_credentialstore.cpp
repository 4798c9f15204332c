#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include "client/credentials/CredentialStore.h"
#include "client/credentials/KeychainTokenSource.h"

using tp::client::CredentialStore;
using tp::client::KeychainTokenSource;
using Secret = CredentialStore::Secret;

// Credentials through a real Secret Service (gnome-keyring in a private D-Bus session, set up
// by run_with_secret_service.sh): what is saved comes back, per account and per secret, and
// never lands in a plain file.
class TestCredentialStore : public QObject {
    Q_OBJECT

private:
    // Runs one asynchronous store call to its end.
    template <typename T>
    static tp::domain::Result<T> wait(const std::function<void(std::function<void(tp::domain::Result<T>)>)>& call) {
        std::optional<tp::domain::Result<T>> outcome;
        call([&](tp::domain::Result<T> result) { outcome.emplace(std::move(result)); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
            return tp::domain::makeError("test_timeout", "the keychain did not answer");
        return *outcome;
    }

    static tp::domain::Result<void> save(CredentialStore& store, Secret secret, const QString& value) {
        return wait<void>([&](auto done) { store.save(secret, value, done); });
    }
    static tp::domain::Result<QString> load(CredentialStore& store, Secret secret) {
        return wait<QString>([&](auto done) { store.load(secret, done); });
    }
    static tp::domain::Result<void> remove(CredentialStore& store, Secret secret) {
        return wait<void>([&](auto done) { store.remove(secret, done); });
    }

    static QString describe(const tp::domain::Error& error) {
        return QString::fromStdString(error.code + ": " + error.message);
    }

private slots:
    void initTestCase() {
        // Guard against running outside the wrapper, where a desktop keyring might be touched.
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through run_with_secret_service.sh");
    }

    void savedSecretsComeBack() {
        CredentialStore store("Tillpoint test", "https://shop.example/register-1");
        auto saved = save(store, Secret::DeviceToken, "device-token-abc");
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(describe(saved.error())));
        QVERIFY(save(store, Secret::RefreshToken, "refresh-xyz").ok());
        auto device = load(store, Secret::DeviceToken);
        QVERIFY2(device.ok(), device.ok() ? "" : qPrintable(describe(device.error())));
        QCOMPARE(*device, QStringLiteral("device-token-abc"));
        QCOMPARE(*load(store, Secret::RefreshToken), QStringLiteral("refresh-xyz"));
    }

    void savingAgainReplaces() {
        CredentialStore store("Tillpoint test", "https://shop.example/register-2");
        QVERIFY(save(store, Secret::DeviceToken, "first").ok());
        QVERIFY(save(store, Secret::DeviceToken, "second").ok());
        QCOMPARE(*load(store, Secret::DeviceToken), QStringLiteral("second"));
    }

    void accountsAreSeparate() {
        CredentialStore berlin("Tillpoint test", "https://shop.example/berlin");
        CredentialStore zurich("Tillpoint test", "https://shop.example/zurich");
        QVERIFY(save(berlin, Secret::DeviceToken, "berlin-token").ok());
        QVERIFY(save(zurich, Secret::DeviceToken, "zurich-token").ok());
        QCOMPARE(*load(berlin, Secret::DeviceToken), QStringLiteral("berlin-token"));
        QCOMPARE(*load(zurich, Secret::DeviceToken), QStringLiteral("zurich-token"));
    }

    void removedSecretIsGone() {
        CredentialStore store("Tillpoint test", "https://shop.example/register-3");
        QVERIFY(save(store, Secret::DeviceToken, "to-forget").ok());
        QVERIFY(remove(store, Secret::DeviceToken).ok());
        auto loaded = load(store, Secret::DeviceToken);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, std::string("not_found"));
        QVERIFY(remove(store, Secret::DeviceToken).ok()); // removing twice is fine
    }

    void tokenSourceReadsAndRenews() {
        CredentialStore store("Tillpoint test", "https://shop.example/register-4");
        QVERIFY(save(store, Secret::DeviceToken, "enrolled-1").ok());
        KeychainTokenSource tokens(store);
        QVERIFY(wait<void>([&](auto done) { tokens.load(done); }).ok());
        QCOMPARE(tokens.accessToken(), QStringLiteral("enrolled-1"));

        std::optional<bool> renewed;
        tokens.renewAccessToken([&](bool changed) { renewed = changed; });
        QTRY_VERIFY_WITH_TIMEOUT(renewed.has_value(), 10000);
        QCOMPARE(*renewed, false); // nothing new in the keychain

        QVERIFY(save(store, Secret::DeviceToken, "enrolled-2").ok()); // re-enrolled meanwhile
        renewed.reset();
        tokens.renewAccessToken([&](bool changed) { renewed = changed; });
        QTRY_VERIFY_WITH_TIMEOUT(renewed.has_value(), 10000);
        QCOMPARE(*renewed, true);
        QCOMPARE(tokens.accessToken(), QStringLiteral("enrolled-2"));
    }

    void noSecretIsWrittenInPlainText() {
        CredentialStore store("Tillpoint test", "https://shop.example/register-5");
        const QByteArray secret = "plaintext-canary-7f3a9c";
        QVERIFY(save(store, Secret::DeviceToken, QString::fromLatin1(secret)).ok());
        QDirIterator files(qEnvironmentVariable("HOME"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int looked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++looked;
            QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
        }
        QVERIFY(looked > 0); // the keyring file itself is there, encrypted
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
