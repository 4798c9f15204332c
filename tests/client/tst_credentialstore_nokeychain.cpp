#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "client/credentials/CredentialStore.h"
#include "client/credentials/KeychainTokenSource.h"

using tp::client::CredentialStore;
using tp::client::KeychainTokenSource;
using Secret = CredentialStore::Secret;

// Without a keychain every call fails with "keychain_unavailable" and a sentence a person can act on — and no
// token is written anywhere instead. CTest runs it twice: with no D-Bus session bus at all
// (DBUS_SESSION_BUS_ADDRESS leads nowhere, no DISPLAY to autolaunch one), and with a private
// session bus on which nothing provides the Secret Service.
class TestCredentialStoreWithoutKeychain : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

    template <typename T>
    static tp::domain::Result<T> wait(const std::function<void(std::function<void(tp::domain::Result<T>)>)>& call) {
        std::optional<tp::domain::Result<T>> outcome;
        call([&](tp::domain::Result<T> result) { outcome.emplace(std::move(result)); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
            return tp::domain::makeError("test_timeout", "the keychain did not answer");
        return *outcome;
    }

    static void verifyClearError(const tp::domain::Error& error) {
        QCOMPARE(error.code, std::string("keychain_unavailable"));
        const QString message = QString::fromStdString(error.message);
        QVERIFY2(message.contains("keychain") && message.contains("Secret Service"), qPrintable(message));
    }

    // With a session bus, D-Bus activates gnome-keyring on demand: without an unlocked login
    // collection it can still search (and finds nothing) though it cannot store. So a read
    // there answers "not_found", which sends the app to enrolment, whose save then fails
    // clearly; with no bus at all the read itself fails clearly.
    static void verifyLoadRefused(const tp::domain::Error& error) {
        if (qEnvironmentVariable("TP_KEYCHAIN_SCENARIO") == "no-secret-service" && error.code == "not_found")
            return;
        verifyClearError(error);
    }

private slots:
    void initTestCase() {
        // Where QtKeychain's insecure fallback would write (QSettings), had it been allowed.
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + "/.config").toLocal8Bit());
    }

    void savingFailsClearly() {
        CredentialStore store("Tillpoint test", "https://shop.example/register-1");
        auto saved = wait<void>([&](auto done) { store.save(Secret::DeviceToken, "canary-token-51d2", done); });
        QVERIFY(!saved.ok());
        verifyClearError(saved.error());
    }

    void loadingFailsClearly() {
        CredentialStore store("Tillpoint test", "https://shop.example/register-1");
        auto loaded = wait<QString>([&](auto done) { store.load(Secret::RefreshToken, done); });
        QVERIFY(!loaded.ok());
        verifyLoadRefused(loaded.error());
    }

    void tokenSourceReportsIt() {
        CredentialStore store("Tillpoint test", "https://shop.example/register-1");
        KeychainTokenSource tokens(store);
        auto loaded = wait<void>([&](auto done) { tokens.load(done); });
        QVERIFY(!loaded.ok());
        verifyLoadRefused(loaded.error());
        QVERIFY(tokens.lastError().has_value());
        QVERIFY(tokens.accessToken().isEmpty());
    }

    void nothingWasWrittenInstead() {
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("canary-token-51d2"), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCredentialStoreWithoutKeychain)
#include "tst_credentialstore_nokeychain.moc"
