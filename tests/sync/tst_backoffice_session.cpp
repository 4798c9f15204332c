#include <QLineEdit>
#include <QMainWindow>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include "ApiTestServer.h"
#include "app/BackofficeApp.h"
#include "client/credentials/CredentialStore.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"
#include "client/sync/ChangePuller.h"
#include "client/sync/OutboxUploader.h"
#include "client/sync/RetrySchedule.h"
#include "client/sync/StaffSession.h"
#include "client/sync/SyncApi.h"
#include "domain/ids/UuidV7Generator.h"
#include "models/CouponEdits.h"
#include "models/ProductEdits.h"
#include "models/ProductListModel.h"
#include "ui/CatalogScreen.h"
#include "ui/ConflictsDialog.h"

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

// The person clicks the Catalog tab.
void showCatalog(tp::backoffice::app::BackofficeApp& app) {
    auto* sections = app.window()->findChild<QTabWidget*>(QStringLiteral("sections"));
    sections->setCurrentWidget(app.window()->findChild<tp::backoffice::ui::CatalogScreen*>());
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
        // Two requests answered 401 at once renew once, together: the session survives.
        std::optional<bool> one;
        std::optional<bool> two;
        staff->renewAccessToken([&](bool renewed) { one = renewed; });
        staff->renewAccessToken([&](bool renewed) { two = renewed; });
        QTRY_VERIFY_WITH_TIMEOUT(one.has_value() && two.has_value(), 20000);
        QVERIFY(*one && *two);
        QVERIFY(resume(*staff)->ok());
        // The old one, if someone had copied it, no longer opens a session.
        const ApiResponse stale =
            m_server.post("/api/v1/auth/refresh", "{\"refresh_token\":\"" + (*first)->toStdString() + "\"}");
        QCOMPARE(stale.status, 401);
    }

    // Two offices edit the same mug, one of them offline: the second edit is refused with the
    // server's copy, shown field by field, and settled by choosing per field — nobody's change
    // is overwritten without a person deciding.
    void aConflictIsShownSideBySideAndSettledFieldByField() {
        const ApiResponse added = m_server.post(
            "/api/v1/staff", R"({"email":"mia@office.example","password":"a long password","role":"manager"})",
            m_shop.ownerToken);
        QCOMPARE(added.status, 201);
        struct Office {
            std::unique_ptr<tp::client::StaffSession> staff;
            tp::client::ReplicaDatabase db;
            std::unique_ptr<tp::client::SyncApi> api;
            std::unique_ptr<tp::client::Outbox> outbox;
            std::unique_ptr<tp::client::RetrySchedule> retry;
            std::unique_ptr<tp::client::OutboxUploader> uploader;
        };
        tp::domain::UuidV7Generator ids(tp::domain::UuidV7Generator::systemClock(),
                                        tp::domain::UuidV7Generator::systemRandomSource());
        const auto open = [&](Office& office, const QString& email, const QString& password, const QString& file) {
            office.staff =
                std::make_unique<tp::client::StaffSession>(serverUrl(), QString::fromStdString(m_shop.slug), email);
            auto in = login(*office.staff, password);
            QVERIFY(in && in->ok());
            QVERIFY(office.db.open(m_dir.filePath(file)).ok());
            office.api = std::make_unique<tp::client::SyncApi>(serverUrl(), *office.staff);
            office.outbox = std::make_unique<tp::client::Outbox>(office.db, ids);
            office.retry = std::make_unique<tp::client::RetrySchedule>(office.db, QStringLiteral("push"),
                                                                       tp::client::RetryPolicy{});
            office.uploader = std::make_unique<tp::client::OutboxUploader>(*office.outbox, *office.api, *office.retry);
        };
        const auto pull = [](Office& office) {
            tp::client::ChangePuller puller(office.db, *office.api);
            QSignalSpy pulled(&puller, &tp::client::ChangePuller::finished);
            QVERIFY(puller.pull());
            QVERIFY(pulled.wait(20000));
        };
        const auto upload = [](Office& office) {
            QSignalSpy uploaded(office.uploader.get(), &tp::client::OutboxUploader::finished);
            QVERIFY(office.uploader->upload(tp::client::OutboxUploader::Timing::Now));
            QVERIFY(uploaded.wait(20000));
        };
        Office owner;
        Office manager;
        open(owner, QString::fromStdString(m_shop.ownerEmail), QString::fromStdString(m_shop.ownerPassword),
             QStringLiteral("owner.db"));
        open(manager, QStringLiteral("mia@office.example"), QStringLiteral("a long password"),
             QStringLiteral("manager.db"));
        pull(owner);
        pull(manager);
        tp::backoffice::ProductListModel list(owner.db);
        list.setFilter(QStringLiteral("MUG-2"));
        QVERIFY(list.reload().ok());
        const QString mugId = list.productId(0);
        QVERIFY(!mugId.isEmpty());

        // The owner renames the red mug and raises its price, online.
        tp::backoffice::ProductEdits ownerEdits(*owner.outbox, ids);
        auto atOwner = ownerEdits.load(mugId);
        QVERIFY(atOwner.ok());
        tp::backoffice::ProductDraft renamed = *atOwner;
        renamed.name = QStringLiteral("Red mug, large");
        renamed.priceAmount = 1190;
        QCOMPARE(QString::fromStdString(ownerEdits.save(*atOwner, *atOwner).error().code),
                 QStringLiteral("nothing_changed"));
        QVERIFY(ownerEdits.save(*atOwner, renamed).ok());
        QVERIFY(list.reload().ok());
        QCOMPARE(list.index(0, tp::backoffice::ProductListModel::Name).data().toString(),
                 QStringLiteral("Red mug, large")); // at once, before any sync
        upload(owner);
        QCOMPARE(*owner.outbox->needsAttentionCount(), 0);

        // The manager, who has not synced since, renames it too and archives it.
        tp::backoffice::ProductEdits managerEdits(*manager.outbox, ids);
        auto atManager = managerEdits.load(mugId);
        tp::backoffice::ProductDraft archived = *atManager;
        archived.name = QStringLiteral("Red mug (old)");
        archived.status = QStringLiteral("archived");
        QVERIFY(managerEdits.save(*atManager, archived).ok());
        upload(manager);
        auto conflicts = managerEdits.conflicts();
        QVERIFY(conflicts.ok());
        QCOMPARE(conflicts->size(), 1);
        const tp::backoffice::EditConflict& conflict = conflicts->first();
        QCOMPARE(conflict.productId, mugId);
        QCOMPARE(conflict.fields.size(), 2); // the fields the manager changed, each beside the server's
        QCOMPARE(conflict.fields[0].field, QStringLiteral("name"));
        QCOMPARE(conflict.fields[0].mine, QStringLiteral("Red mug (old)"));
        QCOMPARE(conflict.fields[0].theirs, QStringLiteral("Red mug, large"));
        QCOMPARE(conflict.fields[1].field, QStringLiteral("status"));
        QCOMPARE(conflict.fields[1].theirs, QStringLiteral("active"));

        // Merged in the Needs attention window: the manager's values beside the server's, the
        // archiving ticked — the owner's name stays, the manager's archiving goes through.
        tp::backoffice::ui::ConflictsDialog dialog(managerEdits);
        QCOMPARE(dialog.conflictCount(), 1);
        auto* fields = dialog.findChild<QTableWidget*>(QStringLiteral("conflictFields"));
        QCOMPARE(fields->rowCount(), 2);
        QCOMPARE(fields->item(0, tp::backoffice::ui::ConflictsDialog::Mine)->text(), QStringLiteral("Red mug (old)"));
        QCOMPARE(fields->item(0, tp::backoffice::ui::ConflictsDialog::Theirs)->text(),
                 QStringLiteral("Red mug, large"));
        fields->item(1, tp::backoffice::ui::ConflictsDialog::KeepMine)->setCheckState(Qt::Checked); // status
        QVERIFY(dialog.merge());
        QCOMPARE(dialog.conflictCount(), 0);
        QCOMPARE(managerEdits.conflicts()->size(), 0);
        upload(manager);
        QCOMPARE(*manager.outbox->needsAttentionCount(), 0);
        const ApiResponse product = m_server.get("/api/v1/products/" + mugId.toStdString(), m_shop.ownerToken);
        const auto stored = product.json->getObject("product");
        QCOMPARE(QString::fromStdString(stored->getValue<std::string>("name")), QStringLiteral("Red mug, large"));
        QCOMPARE(QString::fromStdString(stored->getValue<std::string>("status")), QStringLiteral("archived"));
        QCOMPARE(stored->getObject("price")->getValue<long long>("amount"), 1190LL);
        pull(owner);
        QCOMPARE(ownerEdits.load(mugId)->status, QStringLiteral("archived"));
    }

    // The app itself, offscreen: the login screen, the catalog filled by the first sync and
    // searched; started again, it resumes the session without asking for the password.
    void theWindowLogsInListsTheCatalogAndResumes() {
        const QString settings = m_dir.filePath(QStringLiteral("backoffice.conf"));
        {
            tp::backoffice::app::BackofficeApp app({settings, serverUrl(), QString::fromStdString(m_shop.slug),
                                                    QString::fromStdString(m_shop.ownerEmail)});
            QSignalSpy ready(&app, &tp::backoffice::app::BackofficeApp::ready);
            app.start();
            auto* password = app.window()->findChild<QLineEdit*>(QStringLiteral("password"));
            QVERIFY(password);
            QTest::keyClicks(password, QString::fromStdString(m_shop.ownerPassword));
            QTest::keyClick(password, Qt::Key_Return);
            QVERIFY(ready.wait(20000));
            showCatalog(app); // the screens on show are kept up to date
            auto* products = app.window()->findChild<QTableView*>(QStringLiteral("products"));
            QVERIFY(products);
            // The first sync fills the list (the red mug was archived by the conflict test: still listed).
            QTRY_COMPARE_WITH_TIMEOUT(products->model()->rowCount(), 3, 20000);
            auto* search = app.window()->findChild<QLineEdit*>(QStringLiteral("productSearch"));
            QTest::keyClicks(search, QStringLiteral("mug"));
            QCOMPARE(products->model()->rowCount(), 2);
            QVERIFY(app.window()->statusBar()->currentMessage().contains(QStringLiteral("nline")));
        }
        tp::backoffice::app::BackofficeApp again({settings, {}, {}, {}});
        QSignalSpy ready(&again, &tp::backoffice::app::BackofficeApp::ready);
        again.start();
        QVERIFY(ready.wait(20000)); // no password typed
        showCatalog(again);
        auto* products = again.window()->findChild<QTableView*>(QStringLiteral("products"));
        QCOMPARE(products->model()->rowCount(), 3); // from the replica at once
    }

    // A coupon made in the office, offline first: checked in words, listed at once, then the
    // server has it as it was made.
    void aCouponIsMadeInTheOffice() {
        auto staff = session();
        QVERIFY(login(*staff, QString::fromStdString(m_shop.ownerPassword))->ok());
        tp::client::ReplicaDatabase db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("coupons.db"))).ok());
        tp::domain::UuidV7Generator ids(tp::domain::UuidV7Generator::systemClock(),
                                        tp::domain::UuidV7Generator::systemRandomSource());
        tp::client::Outbox outbox(db, ids);
        tp::backoffice::CouponEdits coupons(outbox, ids);
        tp::backoffice::CouponDraft draft;
        draft.code = QStringLiteral("x");
        QCOMPARE(code(coupons.save(draft).error()), QStringLiteral("invalid_code"));
        draft.code = QStringLiteral(" autumn-20 ");
        draft.type = QStringLiteral("fixed");
        draft.value = 2000;
        QCOMPARE(code(coupons.save(draft).error()), QStringLiteral("currency_required"));
        draft.currency = QStringLiteral("EUR");
        draft.minimumOrder = 10000;
        draft.maxRedemptions = 0;
        QCOMPARE(code(coupons.save(draft).error()), QStringLiteral("invalid_limit"));
        draft.maxRedemptions = 50;
        auto saved = coupons.save(draft);
        QVERIFY2(saved.ok(), saved.ok() ? "" : saved.error().message.c_str());
        QCOMPARE(coupons.list()->size(), 1);
        QCOMPARE(coupons.list()->first().code, QStringLiteral("AUTUMN-20")); // at once, offline
        tp::backoffice::CouponDraft twin = draft;
        QCOMPARE(code(coupons.save(twin).error()), QStringLiteral("code_taken"));

        tp::client::SyncApi api(serverUrl(), *staff);
        tp::client::RetrySchedule retry(db, QStringLiteral("push"), tp::client::RetryPolicy{});
        tp::client::OutboxUploader uploader(outbox, api, retry);
        QSignalSpy uploaded(&uploader, &tp::client::OutboxUploader::finished);
        QVERIFY(uploader.upload(tp::client::OutboxUploader::Timing::Now));
        QVERIFY(uploaded.wait(20000));
        QCOMPARE(*outbox.needsAttentionCount(), 0);
        const ApiResponse stored = m_server.get("/api/v1/coupons/" + saved->toStdString(), m_shop.ownerToken);
        QVERIFY2(stored.status == 200, stored.body.c_str());
        const auto coupon = stored.json->getObject("coupon");
        QCOMPARE(QString::fromStdString(coupon->getValue<std::string>("code")), QStringLiteral("AUTUMN-20"));
        QCOMPARE(coupon->getValue<long long>("value"), 2000LL);
        QCOMPARE(coupon->getValue<long long>("minimum_order"), 10000LL);
        QCOMPARE(coupon->getValue<long long>("max_redemptions"), 50LL);
    }
};

QTEST_MAIN(TestBackofficeSession)
#include "tst_backoffice_session.moc"
