#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "RegisterTestData.h"
#include "TempReplica.h"
#include "register/PinHash.h"
#include "register/RegisterAudit.h"
#include "register/StaffLogin.h"

using namespace tp;
using namespace tp::pos;
using namespace tp::client::testing;

// PIN logins and manager approvals at the register, offline against the feed's hashes, with
// the lockout after five wrong PINs surviving a restart.
class TestStaffLogin : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempReplica> m_replica;
    QDateTime m_now;

    void putStaff(const QString& id, const QString& email, const QString& role, const QString& status,
                  const QString& pinHash) {
        const QJsonObject data{{"id", id}, {"email", email}, {"role", role}, {"status", status}, {"pin_hash", pinHash}};
        QVERIFY(m_replica->db()
                    .exec(QStringLiteral("INSERT OR REPLACE INTO entities(entity, id, data, seq) "
                                         "VALUES('register_staff', ?, ?, 1)"),
                          {id, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))})
                    .ok());
    }

    QStringList auditEvents() {
        auto rows = m_replica->db().select(QStringLiteral("SELECT event FROM register_audit ORDER BY id"));
        QStringList events;
        for (const auto& row : *rows)
            events << row.at(0).toString();
        return events;
    }

    StaffLogin::Clock clock() {
        return [this] {
            return m_now;
        };
    }

private slots:
    void init() {
        m_replica = std::make_unique<TempReplica>();
        m_now = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
        putStaff("cal", "cal@shop.example", "cashier", "active", tp::pos::testing::kPinHash4826);
        putStaff("mia", "mia@shop.example", "manager", "active", tp::pos::testing::kPinHash1397);
        putStaff("gone", "gone@shop.example", "cashier", "disabled", tp::pos::testing::kPinHash4826);
        putStaff("new", "new@shop.example", "cashier", "active", QString());
    }

    void cleanup() { m_replica.reset(); }

    void pinHashesMadeElsewhereAreChecked() {
        QCOMPARE(*PinHash::matches("4826", tp::pos::testing::kPinHash4826), true);
        QCOMPARE(*PinHash::matches("4827", tp::pos::testing::kPinHash4826), false);
        QCOMPARE(*PinHash::matches("1397", tp::pos::testing::kPinHash4826), false);
        for (const QString& broken :
             {QStringLiteral("4826"), QStringLiteral("bcrypt$10$x$y"), QStringLiteral("pbkdf2-sha256$0$cmVn$o8/A"),
              QStringLiteral("pbkdf2-sha256$99999999$cmVnaXN0ZXItc2FsdC0wMQ==$o8/A"),
              QStringLiteral("pbkdf2-sha256$1000$not base64!$o8/A")}) {
            const auto checked = PinHash::matches("4826", broken);
            QVERIFY2(!checked.ok(), qPrintable(broken));
            QCOMPARE(QString::fromStdString(checked.error().code), QStringLiteral("pin_hash_invalid"));
        }
    }

    void onlyActiveStaffWithAPinAreOffered() {
        RegisterAudit audit(m_replica->db());
        StaffLogin login(m_replica->db(), audit, clock());
        auto staff = login.staff();
        QVERIFY(staff.ok());
        QCOMPARE(staff->size(), 2);
        QCOMPARE(staff->at(0).name, QStringLiteral("cal@shop.example"));
        QCOMPARE(staff->at(1).name, QStringLiteral("mia@shop.example"));
        QVERIFY(!staff->at(0).canApprove());
        QVERIFY(staff->at(1).canApprove());
    }

    void theRightPinLogsInAndIsAudited() {
        RegisterAudit audit(m_replica->db());
        StaffLogin login(m_replica->db(), audit, clock());
        auto session = login.login("cal", "4826");
        QVERIFY2(session.ok(), session.ok() ? "" : session.error().message.c_str());
        QCOMPARE(session->staffId, QStringLiteral("cal"));
        QCOMPARE(session->name, QStringLiteral("cal@shop.example"));
        QVERIFY(!session->canApprove());
        QCOMPARE(auditEvents(), QStringList{"login"});
    }

    void whoCannotLogInIsToldWhy_data() {
        QTest::addColumn<QString>("staffId");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown") << "nobody"
                                 << "staff_unknown";
        QTest::newRow("disabled") << "gone"
                                  << "staff_inactive";
        QTest::newRow("no pin") << "new"
                                << "pin_not_set";
    }

    void whoCannotLogInIsToldWhy() {
        QFETCH(QString, staffId);
        QFETCH(QString, code);
        RegisterAudit audit(m_replica->db());
        StaffLogin login(m_replica->db(), audit, clock());
        const auto refused = login.login(staffId, "4826");
        QVERIFY(!refused.ok());
        QCOMPARE(QString::fromStdString(refused.error().code), code);
        QVERIFY(!refused.error().message.empty());
    }

    void fiveWrongPinsLockOutAcrossARestartUntilTheTimeIsUp() {
        {
            RegisterAudit audit(m_replica->db());
            StaffLogin login(m_replica->db(), audit, clock());
            for (int attempt = 1; attempt <= 4; ++attempt) {
                const auto wrong = login.login("cal", "0000");
                QCOMPARE(QString::fromStdString(wrong.error().code), QStringLiteral("pin_wrong"));
            }
            QVERIFY2(QString::fromStdString(login.login("cal", "1111").error().code) == "pin_locked",
                     "the fifth wrong PIN locks");
        }
        m_replica->reopen(); // switching the register off and on buys no more tries
        RegisterAudit audit(m_replica->db());
        StaffLogin login(m_replica->db(), audit, clock());
        const auto locked = login.login("cal", "4826"); // even the right PIN waits
        QCOMPARE(QString::fromStdString(locked.error().code), QStringLiteral("pin_locked"));
        QVERIFY(login.login("mia", "1397").ok()); // others are not locked out
        m_now = m_now.addSecs(StaffLogin::kLockMinutes * 60 - 1);
        QCOMPARE(QString::fromStdString(login.login("cal", "4826").error().code), QStringLiteral("pin_locked"));
        m_now = m_now.addSecs(1);
        QVERIFY(login.login("cal", "4826").ok());
        QCOMPARE(auditEvents().count("pin_wrong"), 4);
        QCOMPARE(auditEvents().count("pin_locked"), 1);
    }

    void aRightPinClearsTheCount() {
        RegisterAudit audit(m_replica->db());
        StaffLogin login(m_replica->db(), audit, clock());
        for (int round = 0; round < 3; ++round) {
            for (int attempt = 0; attempt < StaffLogin::kMaxFailures - 1; ++attempt)
                QVERIFY(!login.login("cal", "0000").ok());
            QVERIFY(login.login("cal", "4826").ok());
        }
    }

    void approvalsNeedAManagersRightPinAndAReason() {
        RegisterAudit audit(m_replica->db());
        StaffLogin login(m_replica->db(), audit, clock());
        QCOMPARE(QString::fromStdString(login.approve("mia", "1397", "  ").error().code),
                 QStringLiteral("approval_reason_required"));
        QCOMPARE(QString::fromStdString(login.approve("cal", "4826", "price match").error().code),
                 QStringLiteral("approver_not_manager"));
        QCOMPARE(QString::fromStdString(login.approve("mia", "4826", "price match").error().code),
                 QStringLiteral("pin_wrong"));
        auto approval = login.approve("mia", "1397", " price match ");
        QVERIFY(approval.ok());
        QCOMPARE(approval->managerId, QStringLiteral("mia"));
        QCOMPARE(approval->managerName, QStringLiteral("mia@shop.example"));
        QCOMPARE(approval->reason, QStringLiteral("price match"));
        QCOMPARE(approval->at, m_now);
        // Wrong approval PINs count towards the same lockout as logins.
        for (int attempt = 0; attempt < StaffLogin::kMaxFailures; ++attempt)
            QVERIFY(!login.approve("mia", "0000", "test").ok());
        QCOMPARE(QString::fromStdString(login.login("mia", "1397").error().code), QStringLiteral("pin_locked"));
    }
};

QTEST_GUILESS_MAIN(TestStaffLogin)
#include "tst_stafflogin.moc"
