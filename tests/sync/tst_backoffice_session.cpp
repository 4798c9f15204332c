#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include "ApiTestServer.h"
#include "client/credentials/CredentialStore.h"
#include "client/replica/ReplicaDatabase.h"
#include "client/sync/ChangePuller.h"
#include "client/sync/StaffSession.h"
#include "client/sync/SyncApi.h"
#include "models/ProductListModel.h"

using tp::test::ApiResponse;
using tp::test::ApiTestServer;

namespace {

// Waits for an asynchronous call's answer (none after 20 s: the caller's check fails).
template <typename T>
std::optional<T> await(const std::function<void(std::function<void(T)>)>& call) {
    std::optional<T> answer;
    call([&answer](T result) { answer = std::move(result); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return std::nullopt;
    return answer;
}

QString code(const tp::domain::Error& error) {
    return QString::fromStdString(error.code);
}

} // namespace

// The backoffice's session and catalog over the real server on loopback and a real Secret
// Service (run_with_secret_service.sh): a login keeps only the refresh token, in the keychain;
// the next start resumes from it without the password; the staff token pulls the feed into
// the backoffice's replica, whose product list filters and sorts offline.
class TestBackofficeSession : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    QTemporaryDir m_dir;

    QUrl serverUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port())); }

    std::unique_ptr<tp::client::StaffSession> session() {
        return std::make_unique<tp::client::StaffSession>(serverUrl(), QString::fromStdString(m_shop.slug),
                                                          QString::fromStdString(m_shop.ownerEmail));
    }

    std::optional<tp::domain::Result<tp::client::StaffUser>> login(tp::client::StaffSession& staff,
                                                                   const QString& password) {
        return await<tp::domain::Result<tp::client::StaffUser>>(
            [&](auto done) { staff.login(password, std::move(done)); });
    }

    std::optional<tp::domain::Result<tp::client::StaffUser>> resume(tp::client::StaffSession& staff) {
        return await<tp::domain::Result<tp::client::StaffUser>>([&](auto done) { staff.resume(std::move(done)); });
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("office");
        for (
            const char* product :
            {R"({"sku":"MUG-1","name":"Blue mug","price":{"amount":1290,"currency":"EUR"}})",
             R"({"sku":"TEE-1","name":"Tee shirt","price":{"amount":1999,"currency":"EUR"},"variants":[{"sku":"TEE-1-S","options":{"size":"S"},"price":{"amount":1999,"currency":"EUR"}},{"sku":"TEE-1-M","options":{"size":"M"},"price":{"amount":1999,"currency":"EUR"}}]})",
             R"({"sku":"MUG-2","name":"Red mug","price":{"amount":990,"currency":"EUR"}})"}) {
            const ApiResponse created = m_server.post("/api/v1/products", product, m_shop.ownerToken);
            QVERIFY2(created.status == 201, created.body.c_str());
        }
    }

    void aWrongPasswordIsSaidAndNothingIsKept() {
        auto staff = session();
        auto refused = login(*staff, QStringLiteral("not the password"));
        QVERIFY(refused.has_value());
        QCOMPARE(code(refused->error()), QStringLiteral("login_failed"));
        QVERIFY(staff->accessToken().isEmpty());
        auto nothing = resume(*session());
        QCOMPARE(code(nothing->error()), QStringLiteral("not_found")); // nobody logged in here yet
    }

    void aLoginKeepsOnlyTheRefreshTokenAndTheNextStartResumes() {
        {
            auto staff = session();
            auto loggedIn = login(*staff, QString::fromStdString(m_shop.ownerPassword));
            QVERIFY2(loggedIn && loggedIn->ok(), !loggedIn        ? "no answer"
                                                 : loggedIn->ok() ? ""
                                                                  : loggedIn->error().message.c_str());
            QCOMPARE((*loggedIn)->role, QStringLiteral("owner"));
            QVERIFY(!staff->accessToken().isEmpty());
            tp::client::CredentialStore keychain(tp::client::StaffSession::keychainService(), staff->keychainAccount());
            auto kept = await<tp::domain::Result<QString>>(
                [&](auto done) { keychain.load(tp::client::CredentialStore::Secret::RefreshToken, std::move(done)); });
            QVERIFY(kept && kept->ok() && !(*kept)->isEmpty());
            QVERIFY(!(*kept)->contains(QString::fromStdString(m_shop.ownerPassword)));
        }
        // The app starts again: no password asked.
        auto again = session();
        auto resumed = resume(*again);
        QVERIFY2(resumed && resumed->ok(), !resumed        ? "no answer"
                                           : resumed->ok() ? ""
                                                           : resumed->error().message.c_str());
        QCOMPARE((*resumed)->email, QString::fromStdString(m_shop.ownerEmail));

        // Its token pulls the shop into the backoffice's replica; the list works from there.
        tp::client::ReplicaDatabase db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("office.db"))).ok());
        tp::client::SyncApi api(serverUrl(), *again);
        tp::client::ChangePuller puller(db, api);
        QSignalSpy pulled(&puller, &tp::client::ChangePuller::finished);
        QVERIFY(puller.pull());
        QVERIFY(pulled.wait(20000));
        QVERIFY(pulled.first().first().toBool());
        tp::backoffice::ProductListModel products(db);
        QVERIFY(products.reload().ok());
        QCOMPARE(products.rowCount(), 3);
        QCOMPARE(products.index(0, tp::backoffice::ProductListModel::Name).data().toString(),
                 QStringLiteral("Blue mug")); // by name
        products.setFilter(QStringLiteral("MUG"));
        QVERIFY(products.reload().ok());
        QCOMPARE(products.rowCount(), 2);
        products.sort(tp::backoffice::ProductListModel::Price, Qt::AscendingOrder);
        QCOMPARE(products.index(0, tp::backoffice::ProductListModel::Sku).data().toString(), QStringLiteral("MUG-2"));
        QCOMPARE(products.index(0, tp::backoffice::ProductListModel::Price).data(Qt::UserRole).toLongLong(), 990);
        products.setFilter(QStringLiteral("tee"));
        QVERIFY(products.reload().ok());
        QCOMPARE(products.index(0, tp::backoffice::ProductListModel::Variants).data().toInt(), 2);
        products.setFilter(QStringLiteral("50%"));
        QVERIFY(products.reload().ok());
        QCOMPARE(products.rowCount(), 0); // typed % is a character, not a wildcard

        // Logged out: the keychain forgets it, the next start asks for the password again.
        auto out = await<tp::domain::Result<void>>([&](auto done) { again->logout(std::move(done)); });
        QVERIFY(out && out->ok());
        QCOMPARE(code(resume(*session())->error()), QStringLiteral("not_found"));
    }

    void aRefreshTokenIsUsedOnce() {
        auto staff = session();
        QVERIFY(login(*staff, QString::fromStdString(m_shop.ownerPassword))->ok());
        tp::client::CredentialStore keychain(tp::client::StaffSession::keychainService(), staff->keychainAccount());
        auto first = await<tp::domain::Result<QString>>(
            [&](auto done) { keychain.load(tp::client::CredentialStore::Secret::RefreshToken, std::move(done)); });
        QVERIFY(resume(*staff)->ok()); // the server hands out a new refresh token...
        auto second = await<tp::domain::Result<QString>>(
            [&](auto done) { keychain.load(tp::client::CredentialStore::Secret::RefreshToken, std::move(done)); });
        QVERIFY(**first != **second); // ...which replaced the old one in the keychain
        // The old one, if someone had copied it, no longer opens a session.
        const ApiResponse stale =
            m_server.post("/api/v1/auth/refresh", "{\"refresh_token\":\"" + (*first)->toStdString() + "\"}");
        QCOMPARE(stale.status, 401);
    }
};

QTEST_GUILESS_MAIN(TestBackofficeSession)
#include "tst_backoffice_session.moc"
