#include <QTest>

#include "AuthTestSupport.h"
#include "DomainTestSupport.h"
#include "auth/AdminToken.h"
#include "auth/OpaqueTokens.h"

using tp::server::auth::AdminToken;
using tp::server::auth::OpaqueTokens;

class TestAdminToken : public QObject {
    Q_OBJECT

private slots:
    void generatedTokenIsPrefixedAndUsable() {
        const auto generated = AdminToken::generate();
        TP_VERIFY_OK(generated);
        QVERIFY(qs(*generated).startsWith(QStringLiteral("tpa_")));
        QVERIFY(OpaqueTokens::hasShape(*generated, OpaqueTokens::kAdminPrefix));
        const auto configured = AdminToken::fromConfiguration(*generated);
        TP_VERIFY_OK(configured);
        QVERIFY(configured->matches(*generated));
        QVERIFY(AdminToken::generate().value() != *generated);
    }

    void onlyTheExactTokenMatches_data() {
        QTest::addColumn<QString>("presented");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << "tpa_the-configured-admin-token-0123456789" << true;
        QTest::newRow("last character changed") << "tpa_the-configured-admin-token-012345678X" << false;
        QTest::newRow("missing last character") << "tpa_the-configured-admin-token-012345678" << false;
        QTest::newRow("extra trailing character") << "tpa_the-configured-admin-token-0123456789 " << false;
        QTest::newRow("different case") << "TPA_the-configured-admin-token-0123456789" << false;
        QTest::newRow("empty") << "" << false;
    }
    void onlyTheExactTokenMatches() {
        QFETCH(QString, presented);
        QFETCH(bool, matches);
        const auto admin = AdminToken::fromConfiguration("tpa_the-configured-admin-token-0123456789");
        TP_VERIFY_OK(admin);
        QCOMPARE(admin->matches(presented.toStdString()), matches);
    }

    void shortConfiguredTokensAreRefused_data() {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << 0 << false;
        QTest::newRow("31 characters") << 31 << false;
        QTest::newRow("32 characters") << 32 << true;
    }
    void shortConfiguredTokensAreRefused() {
        QFETCH(int, length);
        QFETCH(bool, accepted);
        const auto admin = AdminToken::fromConfiguration(std::string(static_cast<std::size_t>(length), 'a'));
        QCOMPARE(admin.ok(), accepted);
        if (!accepted)
            TP_VERIFY_ERROR(admin, "invalid_config");
    }
};

QTEST_GUILESS_MAIN(TestAdminToken)
#include "tst_admintoken.moc"
