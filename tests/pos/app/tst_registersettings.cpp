#include <QTemporaryDir>
#include <QTest>

#include "app/RegisterSettings.h"

using namespace tp::pos;
using namespace tp::pos::app;

// What a register remembers about itself: enrolment, receipt prefix, printer and how far a
// cashier may go alone, in its settings file (never the token).
class TestRegisterSettings : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void enrolmentIsRemembered() {
        const QString file = m_dir.filePath(QStringLiteral("enrol.conf"));
        {
            RegisterSettings settings(file);
            QVERIFY(!settings.isEnrolled());
            settings.saveEnrolment(QUrl(QStringLiteral("https://shop.example/")),
                                   {QStringLiteral("dev-1"), QStringLiteral("store-1"), QStringLiteral("Till 2 (back)"),
                                    QStringLiteral("demo"), QStringLiteral("tpd_secret")});
        }
        RegisterSettings again(file);
        QVERIFY(again.isEnrolled());
        QCOMPARE(RegisterSettings::serverText(again.server()), QStringLiteral("https://shop.example"));
        QCOMPARE(again.keychainAccount(), QStringLiteral("https://shop.example/dev-1"));
        QCOMPARE(RegisterSettings::keychainAccountFor(QUrl(QStringLiteral("https://shop.example//")), "dev-1"),
                 again.keychainAccount()); // the first run's keychain write and later reads agree
        QCOMPARE(again.receiptPrefix(), QStringLiteral("TILL2BAC"));
        QVERIFY(again.replicaPath().endsWith(QStringLiteral("replica-dev-1.db")));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY2(!written.readAll().contains("tpd_secret"), "the device token never goes to the settings file");
    }

    void theOfflineStoredValueLimitIsASetting() {
        const QString file = m_dir.filePath(QStringLiteral("tenders.conf"));
        QCOMPARE(RegisterSettings(file).offlineStoredValueLimit(), 0.0); // none unchecked by default
        RegisterSettings(file).setOfflineStoredValueLimit(25.5);
        QCOMPARE(RegisterSettings(file).offlineStoredValueLimit(), 25.5);
        RegisterSettings(file).setOfflineStoredValueLimit(-3);
        QCOMPARE(RegisterSettings(file).offlineStoredValueLimit(), 0.0);
    }

    void approvalLimitsAreSettings() {
        const QString file = m_dir.filePath(QStringLiteral("approvals.conf"));
        RegisterSettings settings(file);
        QCOMPARE(settings.approvalPolicy().cashierDiscountLimit, 1000); // the defaults: 10 %
        QCOMPARE(settings.approvalPolicy().cashierPriceCutLimit, 0);
        settings.setApprovalPercents(15, 5.5);
        QCOMPARE(RegisterSettings(file).approvalPolicy().cashierDiscountLimit, 1500);
        QCOMPARE(RegisterSettings(file).approvalPolicy().cashierPriceCutLimit, 550);
        settings.setApprovalPercents(150, -1); // nonsense keeps the defaults
        QCOMPARE(RegisterSettings(file).approvalPolicy().cashierDiscountLimit, 1000);
        QCOMPARE(RegisterSettings(file).approvalPolicy().cashierPriceCutLimit, 0);
    }
};

QTEST_GUILESS_MAIN(TestRegisterSettings)
#include "tst_registersettings.moc"
