#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "ApiTestServer.h"
#include "PtyPair.h"
#include "SyncTestSupport.h"
#include "app/RegisterApp.h"
#include "app/RegisterSettings.h"
#include "client/sync/DeviceEnrolment.h"
#include "register/Till.h"
#include "ui/RegisterWindow.h"

using tp::test::ApiResponse;
using tp::test::ApiTestServer;

// A register's first run against the real server over loopback, with a real Secret Service
// (run_with_secret_service.sh): the enrolment code from the backoffice's API is exchanged
// for a device token, which goes to the keychain; the first sync brings the store, its staff
// and the catalog; the till is ready to sell. Started again, the register reads its token
// back from the keychain and syncs on without a new enrolment.
class TestRegisterFirstRun : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    ApiTestServer::Tenant m_shop;
    QTemporaryDir m_dir;

    static QByteArray readAll(const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QUrl serverUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port())); }

    std::string makeCode() {
        const ApiResponse made =
            m_server.post("/api/v1/devices/enrolment-codes",
                          "{\"store_id\":\"" + m_shop.mainStoreId + "\",\"name\":\"Till 1\"}", m_shop.ownerToken);
        if (made.status != 201)
            QTest::qFail(made.body.c_str(), __FILE__, __LINE__);
        return made.json->getObject("enrolment")->getValue<std::string>("code");
    }

    void createProduct(const std::string& sku, const std::string& barcode) {
        const ApiResponse created =
            m_server.post("/api/v1/products",
                          "{\"sku\":\"" + sku + "\",\"name\":\"Item " + sku + "\",\"barcodes\":[\"" + barcode +
                              "\"],\"price\":{\"amount\":450,\"currency\":\"EUR\"}}",
                          m_shop.ownerToken);
        if (created.status != 201)
            QTest::qFail(created.body.c_str(), __FILE__, __LINE__);
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.start(), m_server.error().c_str());
        m_shop = m_server.createTenant("firstrun");
        const std::string storePath = "/api/v1/stores/" + m_shop.mainStoreId;
        const ApiResponse store = m_server.get(storePath, m_shop.ownerToken);
        QCOMPARE(store.status, 200);
        const ApiResponse taxed = m_server.request(
            "PATCH", storePath,
            "{\"version\":" + std::to_string(store.json->getObject("store")->getValue<long long>("version")) +
                ",\"currency\":\"EUR\",\"tax_rates\":{\"standard\":1900}}",
            m_shop.ownerToken);
        QCOMPARE(taxed.status, 200);
        createProduct("TEA", "4006381333931");
        const ApiResponse cashier =
            m_server.post("/api/v1/staff",
                          "{\"email\":\"cal@firstrun.example\",\"password\":\"a long password\",\"role\":\"cashier\"}",
                          m_shop.ownerToken);
        QCOMPARE(cashier.status, 201);
        const std::string cashierId = cashier.json->getObject("user")->getValue<std::string>("id");
        QCOMPARE(m_server.request("PUT", "/api/v1/staff/" + cashierId + "/pin", "{\"pin\":\"4826\"}", m_shop.ownerToken)
                     .status,
                 200);
    }

    void enrolmentSaysWhatWentWrong() {
        tp::client::DeviceEnrolment enrolment;
        std::optional<tp::domain::Result<tp::client::EnrolledRegister>> answer;
        enrolment.enrol(serverUrl(), QStringLiteral("ABCDE-FGHJK"), [&](auto result) { answer = result; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        QCOMPARE(QString::fromStdString(answer->error().code), QStringLiteral("enrolment_code_invalid"));

        answer.reset();
        enrolment.enrol(QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("ABCDE-FGHJK"),
                        [&](auto result) { answer = result; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        QCOMPARE(QString::fromStdString(answer->error().code), QStringLiteral("offline"));
    }

    void aBadCodeLeavesTheRegisterUnenrolled() {
        const QString settings = m_dir.filePath(QStringLiteral("bad.conf"));
        tp::pos::app::RegisterApp app({settings, serverUrl(), QStringLiteral("ZZZZZ-ZZZZZ"), false, {}, {}, {}});
        QSignalSpy failed(&app, &tp::pos::app::RegisterApp::failed);
        app.start();
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains("not valid"),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!tp::pos::app::RegisterSettings(settings).isEnrolled());
    }

    void firstRunEnrolsSyncsAndSells() {
        const QString settings = m_dir.filePath(QStringLiteral("till.conf"));
        {
            tp::pos::app::RegisterApp app({settings,
                                           serverUrl(),
                                           QString::fromStdString(makeCode()),
                                           false,
                                           QStringLiteral("file://") + m_dir.filePath(QStringLiteral("paper.bin")),
                                           QStringLiteral("epson-80mm"),
                                           {}});
            QSignalSpy ready(&app, &tp::pos::app::RegisterApp::ready);
            QSignalSpy failed(&app, &tp::pos::app::RegisterApp::failed);
            app.start();
            QVERIFY2(ready.wait(30000), failed.isEmpty() ? "no answer" : qPrintable(failed.first().first().toString()));
            QVERIFY(app.window()->isVisible());
            tp::pos::Till& till = *app.till();
            QVERIFY(till.logIn(QStringLiteral(""), QStringLiteral("4826")).error().code == "staff_unknown");
            auto staff = till.staff();
            QVERIFY(staff.ok());
            QCOMPARE(staff->size(), 1);
            QVERIFY(till.logIn(staff->first().id, QStringLiteral("4826")).ok());
            QVERIFY(till.openShift(10000).ok());
            QVERIFY(till.scan(QStringLiteral("4006381333931")).ok());
            auto paid = till.payCash(500);
            QVERIFY2(paid.ok(), paid.ok() ? "" : paid.error().message.c_str());
            QVERIFY(till.lastSale().has_value());
            // The receipt went to the printer (a file here) by itself.
            QTRY_VERIFY_WITH_TIMEOUT(
                readAll(m_dir.filePath(QStringLiteral("paper.bin"))).contains(till.lastSale()->number.toLatin1()),
                10000);
        }
        const tp::pos::app::RegisterSettings enrolled(settings);
        QVERIFY(enrolled.isEnrolled());
        QCOMPARE(enrolled.storeId(), QString::fromStdString(m_shop.mainStoreId));
        QCOMPARE(enrolled.receiptPrefix(), QStringLiteral("TILL1"));

        // Started again: no code, the token from the keychain; what changed meanwhile arrives.
        // This time a serial scanner hangs on it (a pty pair stands in for the cable).
        createProduct("MUG", "9780306406157");
        tp::pos::devices::testing::PtyPair cable;
        QVERIFY2(cable.start(), qPrintable(cable.error()));
        tp::pos::app::RegisterApp again(
            {settings, {}, {}, false, {}, {}, QStringLiteral("serial://") + cable.tillEnd() + "?baud=9600"});
        QSignalSpy ready(&again, &tp::pos::app::RegisterApp::ready);
        again.start();
        QVERIFY(ready.wait(30000));
        tp::pos::Till& till = *again.till();
        auto staff = till.staff();
        QVERIFY(till.logIn(staff->first().id, QStringLiteral("4826")).ok());
        QVERIFY(till.shift().has_value()); // the shift opened before the restart is still open
        QTRY_VERIFY_WITH_TIMEOUT(till.scan(QStringLiteral("9780306406157")).ok(), 20000);
        QCOMPARE(tp::pos::app::RegisterSettings(settings).scannerUri(),
                 QStringLiteral("serial://") + cable.tillEnd() + "?baud=9600"); // remembered
        QFile scanner(cable.deviceEnd());
        QVERIFY(scanner.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        scanner.write("4006381333931\r\n"); // the tea, from the scanner
        QTRY_COMPARE_WITH_TIMEOUT(till.sale().lines().size(), 2, 10000);
        QCOMPARE(till.sale().lines().last().item.sku, QStringLiteral("TEA"));
        // The sale rung before the restart reached the server.
        QTRY_COMPARE_WITH_TIMEOUT(tp::test::orderNumbers(m_server, m_shop.ownerToken, "TILL1").size(), std::size_t(1),
                                  20000);
    }
};

QTEST_MAIN(TestRegisterFirstRun)
#include "tst_register_first_run.moc"
