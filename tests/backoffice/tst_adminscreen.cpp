#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include "FakeSyncServer.h"
#include "FixedTokenSource.h"
#include "OrderSamples.h"
#include "TempReplica.h"
#include "client/sync/SyncApi.h"
#include "models/OfficeAdmin.h"
#include "ui/AdminScreen.h"

using tp::client::testing::FakeSyncServer;

// The registers-and-staff screen under QT_QPA_PLATFORM=offscreen against a scripted server: an
// enrolment code shown, a staff member added (after a too-short password is said in words), a
// PIN set for the selected member.
class TestAdminScreen : public QObject {
    Q_OBJECT

private slots:
    void codesStaffAndPins() {
        tp::client::testing::TempReplica replica;
        QVERIFY(tp::backoffice::testing::putEntity(replica.db(), 1, "store",
                                                   QJsonObject{{"id", "s-berlin"}, {"name", "Berlin"}}));
        QVERIFY(tp::backoffice::testing::putEntity(
            replica.db(), 2, "staff",
            QJsonObject{{"id", "u-kim"}, {"email", "kim@shop.example"}, {"role", "cashier"}, {"status", "active"}}));
        FakeSyncServer server;
        server.setHandler([](const FakeSyncServer::Request& request) {
            if (request.path == QLatin1String("/api/v1/devices/enrolment-codes"))
                return FakeSyncServer::Reaction::json(
                    201, QJsonObject{{"enrolment", QJsonObject{{"code", "K7Q2-9XWM"},
                                                               {"store_id", request.json().value("store_id")},
                                                               {"name", request.json().value("name")},
                                                               {"expires_at", "2030-01-01T10:00:00Z"}}}});
            if (request.path == QLatin1String("/api/v1/staff"))
                return FakeSyncServer::Reaction::json(201, QJsonObject{{"user", QJsonObject{{"id", "u-new"}}}});
            return FakeSyncServer::Reaction::json(200, QJsonObject{});
        });
        tp::client::testing::FixedTokenSource token(QStringLiteral("owner-token"));
        tp::client::SyncApi api(server.url(), token);
        tp::backoffice::OfficeAdmin admin(replica.db(), api);
        tp::backoffice::ui::AdminScreen screen(admin, [] {
            return QList<std::pair<QString, QString>>{{"s-berlin", "Berlin"}};
        });
        screen.resize(1280, 800);
        screen.show();
        screen.refresh();
        QSignalSpy answered(&screen, &tp::backoffice::ui::AdminScreen::answered);

        screen.findChild<QLineEdit*>(QStringLiteral("registerName"))->setText(QStringLiteral("Till 2"));
        screen.makeCode();
        QTRY_COMPARE_WITH_TIMEOUT(screen.findChild<QLabel*>(QStringLiteral("enrolmentCode"))->text(),
                                  QStringLiteral("K7Q2-9XWM"), 20000);
        QCOMPARE(server.requests().last().json().value("store_id").toString(), QStringLiteral("s-berlin"));

        screen.findChild<QLineEdit*>(QStringLiteral("staffEmail"))->setText(QStringLiteral("ana@shop.example"));
        screen.findChild<QLineEdit*>(QStringLiteral("staffPassword"))->setText(QStringLiteral("short"));
        screen.addStaff();
        QVERIFY(screen.findChild<QLabel*>(QStringLiteral("staffMessage"))->text().contains(QLatin1String("10")));
        screen.findChild<QLineEdit*>(QStringLiteral("staffPassword"))->setText(QStringLiteral("a long password"));
        const int before = int(answered.size());
        screen.addStaff();
        QTRY_VERIFY_WITH_TIMEOUT(answered.size() > before, 20000);
        QCOMPARE(server.requests().last().json().value("role").toString(), QStringLiteral("cashier"));
        QVERIFY(screen.findChild<QLabel*>(QStringLiteral("staffMessage"))->text().contains(QLatin1String("ana@")));

        auto* staff = screen.findChild<QTableWidget*>(QStringLiteral("staff"));
        QCOMPARE(staff->rowCount(), 1);
        staff->setCurrentCell(0, 0);
        screen.findChild<QLineEdit*>(QStringLiteral("staffPin"))->setText(QStringLiteral("4711"));
        const int beforePin = int(server.requests().size());
        screen.setPin();
        QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() > beforePin, 20000);
        QCOMPARE(server.requests().last().method, QByteArray("PUT"));
        QCOMPARE(server.requests().last().path, QStringLiteral("/api/v1/staff/u-kim/pin"));
        QCOMPARE(server.requests().last().json().value("pin").toString(), QStringLiteral("4711"));
    }
};

QTEST_MAIN(TestAdminScreen)
#include "tst_adminscreen.moc"
