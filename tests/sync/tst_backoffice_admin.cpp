#include <QTemporaryDir>
#include <QTest>

#include "ApiTestServer.h"
#include "FixedTokenSource.h"
#include "OfficeReplica.h"
#include "client/sync/SyncApi.h"
#include "models/OfficeAdmin.h"

using tp::backoffice::OfficeAdmin;
using tp::test::ApiResponse;
using tp::test::ApiTestServer;

namespace {

template <typename T>
std::optional<tp::domain::Result<T>> await(const std::function<void(OfficeAdmin::Done<T>)>& call) {
    std::optional<tp::domain::Result<T>> answer;
    call([&answer](tp::domain::Result<T> result) { answer = std::move(result); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return std::nullopt;
    return answer;
}

} // namespace

// The office's online actions against the real server: an enrolment code a new register then
// enrols with (once), that register listed with what it reported when it synced, then revoked;
// a cashier added with a password, given a register PIN, then disabled; the staff list (owner
// included) from the replica; offline, each action says it needs the server.
class TestBackofficeAdmin : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    QTemporaryDir m_dir;

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port())); }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("admin");
    }

    void registersAndStaffAreSetUpFromTheOffice() {
        tp::test::OfficeReplica office(m_dir.filePath(QStringLiteral("office.db")), url(),
                                       QString::fromStdString(m_shop.ownerToken));
        QVERIFY(office.pull());
        OfficeAdmin admin(office.db, office.api());

        auto code = await<tp::backoffice::EnrolmentCode>([&](auto done) {
            admin.makeEnrolmentCode(QString::fromStdString(m_shop.mainStoreId), QStringLiteral("Till 2"), done);
        });
        QVERIFY(code && code->ok());
        QVERIFY(!(*code)->code.isEmpty());
        QVERIFY((*code)->expiresAt > QDateTime::currentDateTimeUtc());
        const std::string enrol = "{\"code\":\"" + (*code)->code.toStdString() + "\"}";
        const ApiResponse enrolled = m_server.post("/api/v1/devices/enrol", enrol);
        QCOMPARE(enrolled.status, 201);
        QCOMPARE(m_server.post("/api/v1/devices/enrol", enrol).status, 404); // once only

        // The new register syncs through the client's own SyncApi, saying what it is and
        // what it holds; the office lists it so.
        const QString deviceId =
            QString::fromStdString(enrolled.json->getObject("device")->getValue<std::string>("id"));
        tp::client::testing::FixedTokenSource deviceToken(
            QString::fromStdString(enrolled.json->getValue<std::string>("device_token")));
        tp::client::SyncApi till(url(), deviceToken);
        till.setAppVersion(QStringLiteral("2.0.1"));
        till.setPendingUploads([] { return 4; });
        std::optional<std::optional<tp::client::SyncError>> synced;
        till.fetchChanges(QStringLiteral("0"), 10,
                          [&](const auto& error, const auto&, const auto&) { synced = error; });
        QTRY_VERIFY_WITH_TIMEOUT(synced.has_value(), 20000);
        QVERIFY(!synced->has_value());
        auto registers = await<QList<tp::backoffice::RegisterView>>([&](auto done) { admin.registers(done); });
        QVERIFY(registers && registers->ok());
        const auto listed = std::find_if((*registers)->begin(), (*registers)->end(),
                                         [&](const auto& view) { return view.id == deviceId; });
        QVERIFY(listed != (*registers)->end());
        QCOMPARE(listed->name, QStringLiteral("Till 2"));
        QCOMPARE(listed->appVersion, QStringLiteral("2.0.1"));
        QCOMPARE(listed->pendingUploads, 4);
        QVERIFY(!listed->revoked);
        QVERIFY(qAbs(listed->lastSeenAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(listed->needsAttention(QDateTime::currentDateTimeUtc().addSecs(2 * 3600))); // 4 unsent for 2 h

        // Revoked: listed so, and the register's next sync is refused.
        auto revoked = await<void>([&](auto done) { admin.revokeRegister(deviceId, done); });
        QVERIFY2(revoked && revoked->ok(), revoked && !revoked->ok() ? revoked->error().message.c_str() : "");
        registers = await<QList<tp::backoffice::RegisterView>>([&](auto done) { admin.registers(done); });
        QVERIFY(std::any_of((*registers)->begin(), (*registers)->end(),
                            [&](const auto& view) { return view.id == deviceId && view.revoked; }));
        synced.reset();
        till.fetchChanges(QStringLiteral("0"), 10,
                          [&](const auto& error, const auto&, const auto&) { synced = error; });
        QTRY_VERIFY_WITH_TIMEOUT(synced.has_value(), 20000);
        QVERIFY(synced->has_value());
        QCOMPARE((*synced)->code, QStringLiteral("unauthorized"));
        auto unnamed = await<tp::backoffice::EnrolmentCode>(
            [&](auto done) { admin.makeEnrolmentCode(QString::fromStdString(m_shop.mainStoreId), {}, done); });
        QCOMPARE(unnamed->error().code, std::string("invalid_name"));

        QCOMPARE(await<QString>([&](auto done) {
                     admin.addStaff(QStringLiteral("kim@shop.example"), QStringLiteral("short"), "cashier", done);
                 })
                     ->error()
                     .code,
                 std::string("invalid_password"));
        auto added = await<QString>([&](auto done) {
            admin.addStaff(QStringLiteral("kim@shop.example"), QStringLiteral("a long password"),
                           QStringLiteral("cashier"), done);
        });
        QVERIFY2(added && added->ok(), added && !added->ok() ? added->error().message.c_str() : "");
        auto twice = await<QString>([&](auto done) {
            admin.addStaff(QStringLiteral("kim@shop.example"), QStringLiteral("a long password"),
                           QStringLiteral("cashier"), done);
        });
        QVERIFY(!twice->ok()); // the e-mail address is taken: the server's refusal, in its words
        QVERIFY(!twice->error().message.empty());

        QVERIFY(office.pull());
        auto staff = admin.staff();
        QVERIFY(staff.ok());
        QVERIFY(std::any_of(staff->begin(), staff->end(), [&](const auto& member) {
            return member.role == QLatin1String("owner") &&
                   member.email == QString::fromStdString(m_shop.ownerEmail).toLower();
        }));
        const auto kim = std::find_if(staff->begin(), staff->end(), [](const auto& member) {
            return member.email == QLatin1String("kim@shop.example");
        });
        QVERIFY(kim != staff->end());
        QCOMPARE(kim->role, QStringLiteral("cashier"));
        QCOMPARE(await<void>([&](auto done) { admin.setPin(kim->id, QStringLiteral("12"), done); })->error().code,
                 std::string("invalid_pin"));
        auto pinned = await<void>([&](auto done) { admin.setPin(kim->id, QStringLiteral("4711"), done); });
        QVERIFY2(pinned && pinned->ok(), pinned && !pinned->ok() ? pinned->error().message.c_str() : "");

        // Kim leaves: disabled, she can no longer log in; the list shows it after a sync.
        const QString kimId = kim->id;
        auto disabled = await<void>([&](auto done) { admin.changeStaff(kimId, {}, QStringLiteral("disabled"), done); });
        QVERIFY2(disabled && disabled->ok(), disabled && !disabled->ok() ? disabled->error().message.c_str() : "");
        QVERIFY(m_server.login(m_shop.slug, "kim@shop.example", "a long password").empty());
        QVERIFY(office.pull());
        staff = admin.staff();
        QVERIFY(std::any_of(staff->begin(), staff->end(), [&](const auto& member) {
            return member.id == kimId && member.status == QLatin1String("disabled");
        }));
        QCOMPARE(await<void>([&](auto done) { admin.changeStaff(kimId, {}, {}, done); })->error().code,
                 std::string("nothing_changed"));

        // Offline: said in words, nothing half done.
        tp::client::testing::FixedTokenSource token(QString::fromStdString(m_shop.ownerToken));
        tp::client::SyncApi nowhere(QUrl(QStringLiteral("http://127.0.0.1:1")), token);
        OfficeAdmin offline(office.db, nowhere);
        auto none = await<tp::backoffice::EnrolmentCode>([&](auto done) {
            offline.makeEnrolmentCode(QString::fromStdString(m_shop.mainStoreId), QStringLiteral("Till 3"), done);
        });
        QCOMPARE(none->error().code, std::string("offline"));
    }
};

QTEST_MAIN(TestBackofficeAdmin)
#include "tst_backoffice_admin.moc"
