#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
// PIN set for the selected member; the registers listed with when each was last seen (a silent
// one in red) and one revoked; a member given another role and disabled.
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
            if (request.path == QLatin1String("/api/v1/devices") && request.method == "GET") {
                const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
                const QString threeDaysAgo = QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODateWithMs);
                return FakeSyncServer::Reaction::json(
                    200, QJsonObject{{"devices", QJsonArray{QJsonObject{{"id", "d-1"},
                                                                        {"store_id", "s-berlin"},
                                                                        {"name", "Till 1"},
                                                                        {"status", "active"},
                                                                        {"last_seen_at", now},
                                                                        {"app_version", "1.2.0"},
                                                                        {"pending_uploads", 0}},
                                                            QJsonObject{{"id", "d-2"},
                                                                        {"store_id", "s-berlin"},
                                                                        {"name", "Till 2"},
                                                                        {"status", "active"},
                                                                        {"last_seen_at", threeDaysAgo},
                                                                        {"app_version", "1.1.0"},
                                                                        {"pending_uploads", 5}}}},
                                     {"next_cursor", QJsonValue()}});
            }
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
        // The registers' list is asked for first; the other requests come after its answer.
        QTRY_COMPARE_WITH_TIMEOUT(screen.findChild<QTableWidget*>(QStringLiteral("registers"))->rowCount(), 2, 20000);
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

        // Registers: listed with when they were last seen; the silent one with unsent sales in red.
        auto* registers = screen.findChild<QTableWidget*>(QStringLiteral("registers"));
        QTRY_COMPARE_WITH_TIMEOUT(registers->rowCount(), 2, 20000);
        registers->sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(registers->item(0, 0)->text(), QStringLiteral("Till 1"));
        QCOMPARE(registers->item(0, 1)->text(), QStringLiteral("Berlin"));
        QCOMPARE(registers->item(0, 2)->text(), QStringLiteral("just now"));
        QCOMPARE(registers->item(0, 3)->text(), QStringLiteral("1.2.0"));
        QCOMPARE(registers->item(1, 2)->text(), QStringLiteral("3 days ago"));
        QCOMPARE(registers->item(1, 4)->data(Qt::DisplayRole).toInt(), 5);
        QCOMPARE(registers->item(1, 0)->foreground().color(), QColor(0xb0, 0x00, 0x20));
        QVERIFY(registers->item(0, 0)->foreground().color() != QColor(0xb0, 0x00, 0x20));
        QVERIFY(screen.findChild<QLabel*>(QStringLiteral("registersMessage"))->text().contains(QLatin1String("red")));

        auto* filter = screen.findChild<QLineEdit*>(QStringLiteral("registerFilter"));
        filter->setText(QStringLiteral("till 2"));
        QVERIFY(registers->isRowHidden(0));
        QVERIFY(!registers->isRowHidden(1));
        filter->clear();
        QVERIFY(!registers->isRowHidden(0));

        // The last request of `method` to `path` (a list reload may come in between), or none.
        const auto lastTo = [&server](const QByteArray& method, const QString& path) {
            const auto requests = server.requests();
            for (auto it = requests.crbegin(); it != requests.crend(); ++it)
                if (it->method == method && it->path == path)
                    return std::optional(*it);
            return std::optional<FakeSyncServer::Request>();
        };
        screen.setConfirmations(false);
        registers->setCurrentCell(1, 0);
        screen.revokeRegister();
        QTRY_VERIFY_WITH_TIMEOUT(lastTo("DELETE", QStringLiteral("/api/v1/devices/d-2")).has_value(), 20000);

        // Staff: another role, then disabled.
        staff->setCurrentCell(0, 0);
        auto* newRole = screen.findChild<QComboBox*>(QStringLiteral("newRole"));
        newRole->setCurrentIndex(newRole->findData(QStringLiteral("manager")));
        auto* staffMessage = screen.findChild<QLabel*>(QStringLiteral("staffMessage"));
        screen.changeRole();
        QTRY_VERIFY_WITH_TIMEOUT(staffMessage->text().startsWith(QLatin1String("Now")), 20000);
        const auto patched = lastTo("PATCH", QStringLiteral("/api/v1/staff/u-kim"));
        QVERIFY(patched.has_value());
        QCOMPARE(patched->json(), (QJsonObject{{"role", "manager"}}));
        QCOMPARE(screen.findChild<QPushButton*>(QStringLiteral("toggleAccess"))->text(), QStringLiteral("&Disable"));
        screen.toggleAccess();
        QTRY_VERIFY_WITH_TIMEOUT(staffMessage->text().contains(QLatin1String("is disabled")), 20000);
        QCOMPARE(lastTo("PATCH", QStringLiteral("/api/v1/staff/u-kim"))->json(), (QJsonObject{{"status", "disabled"}}));
    }
};

QTEST_MAIN(TestAdminScreen)
#include "tst_adminscreen.moc"
