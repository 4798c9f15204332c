#include <QTest>

#include <map>
#include <string>

#include "AuthTestSupport.h"
#include "DomainTestSupport.h"
#include "auth/OpaqueTokens.h"
#include "auth/RefreshTokenPolicy.h"

using namespace std::chrono_literals;
using tp::domain::Timestamp;
using tp::server::auth::OpaqueTokens;
using tp::server::auth::RefreshDecision;
using tp::server::auth::RefreshOutcome;
using tp::server::auth::RefreshTokenPolicy;
using tp::server::auth::RefreshTokenRow;

Q_DECLARE_METATYPE(RefreshOutcome)

namespace {

// The refresh_tokens table, applying decisions the way the login handler will.
class FakeRefreshStore {
public:
    std::map<std::string, RefreshTokenRow> rows;

    void insert(const RefreshTokenRow& row) { rows[row.tokenHash] = row; }

    // Looks the token up by hash and applies the policy's decision; nullopt for unknown tokens.
    std::optional<RefreshDecision> present(const RefreshTokenPolicy& policy, const std::string& token) {
        const auto found = rows.find(OpaqueTokens::hashToken(token).value());
        if (found == rows.end())
            return std::nullopt;
        const auto decision = policy.use(found->second);
        if (!decision.ok())
            return std::nullopt;
        if (decision->accepted()) {
            found->second.replacedAt = decision->decidedAt;
            found->second.replacedByHash = decision->issued->row.tokenHash;
            insert(decision->issued->row);
        }
        if (decision->revokeFamily()) {
            for (auto& [hash, row] : rows) {
                if (row.familyId == found->second.familyId && !row.revokedAt)
                    row.revokedAt = decision->decidedAt;
            }
        }
        return *decision;
    }
};

} // namespace

class TestRefreshTokenPolicy : public QObject {
    Q_OBJECT

private slots:
    void loginStartsAFamily() {
        const ManualClock clock(kShopOpens);
        const RefreshTokenPolicy policy(clock.clock());
        const auto issued = policy.startFamily("family-1", "tenant-1", "user-1");
        TP_VERIFY_OK(issued);
        QVERIFY(OpaqueTokens::hasShape(issued->token, OpaqueTokens::kRefreshPrefix));
        QCOMPARE(qs(issued->row.tokenHash), qs(OpaqueTokens::hashToken(issued->token).value()));
        QCOMPARE(qs(issued->row.familyId), QStringLiteral("family-1"));
        QCOMPARE(qs(issued->row.tenantId), QStringLiteral("tenant-1"));
        QCOMPARE(qs(issued->row.userId), QStringLiteral("user-1"));
        QVERIFY(issued->row.issuedAt == kShopOpens);
        QVERIFY(issued->row.expiresAt == kShopOpens + std::chrono::days{30});
        QVERIFY(!issued->row.replacedAt && !issued->row.replacedByHash && !issued->row.revokedAt);
    }

    void presentedRowDecidesTheOutcome_data() {
        QTest::addColumn<qint64>("ageMs");
        QTest::addColumn<bool>("replaced");
        QTest::addColumn<bool>("revoked");
        QTest::addColumn<RefreshOutcome>("outcome");
        const qint64 thirtyDays = 30LL * 24 * 3600 * 1000;
        QTest::newRow("live token rotates") << qint64(3'600'000) << false << false << RefreshOutcome::Rotated;
        QTest::newRow("last millisecond before expiry rotates")
            << thirtyDays - 1 << false << false << RefreshOutcome::Rotated;
        QTest::newRow("at expiresAt it has expired") << thirtyDays << false << false << RefreshOutcome::Expired;
        QTest::newRow("a year old") << 365 * 24 * qint64(3'600'000) << false << false << RefreshOutcome::Expired;
        QTest::newRow("already replaced is reuse") << qint64(60'000) << true << false << RefreshOutcome::ReuseDetected;
        QTest::newRow("replaced and expired is still reuse")
            << thirtyDays + 1 << true << false << RefreshOutcome::ReuseDetected;
        QTest::newRow("revoked token") << qint64(60'000) << false << true << RefreshOutcome::Revoked;
        QTest::newRow("revoked and replaced reports revoked")
            << qint64(60'000) << true << true << RefreshOutcome::Revoked;
    }
    void presentedRowDecidesTheOutcome() {
        QFETCH(qint64, ageMs);
        QFETCH(bool, replaced);
        QFETCH(bool, revoked);
        QFETCH(RefreshOutcome, outcome);
        ManualClock clock(kShopOpens);
        const RefreshTokenPolicy policy(clock.clock());
        RefreshTokenRow row = policy.startFamily("family-1", "tenant-1", "user-1").value().row;
        if (replaced) {
            row.replacedAt = kShopOpens + 1s;
            row.replacedByHash = std::string(64, 'f');
        }
        if (revoked)
            row.revokedAt = kShopOpens + 2s;
        clock.advance(std::chrono::milliseconds{ageMs});

        const auto decision = policy.use(row);
        TP_VERIFY_OK(decision);
        QCOMPARE(decision->outcome, outcome);
        QVERIFY(decision->decidedAt == clock.now());
        QCOMPARE(decision->accepted(), outcome == RefreshOutcome::Rotated);
        QCOMPARE(decision->revokeFamily(),
                 outcome == RefreshOutcome::ReuseDetected || outcome == RefreshOutcome::Revoked);
        QCOMPARE(decision->issued.has_value(), outcome == RefreshOutcome::Rotated);
    }

    void rotationStaysInTheFamilyAndSlidesExpiry() {
        ManualClock clock(kShopOpens);
        const RefreshTokenPolicy policy(clock.clock());
        const auto first = policy.startFamily("family-1", "tenant-1", "user-1").value();
        clock.advance(std::chrono::days{10});
        const auto decision = policy.use(first.row);
        TP_VERIFY_OK(decision);
        const auto& next = decision->issued.value();
        QVERIFY(next.token != first.token);
        QVERIFY(next.row.tokenHash != first.row.tokenHash);
        QCOMPARE(qs(next.row.familyId), QStringLiteral("family-1"));
        QCOMPARE(qs(next.row.tenantId), QStringLiteral("tenant-1"));
        QCOMPARE(qs(next.row.userId), QStringLiteral("user-1"));
        QVERIFY(next.row.issuedAt == clock.now());
        QVERIFY(next.row.expiresAt == clock.now() + std::chrono::days{30});
    }

    void lifetimeIsConfigurable() {
        const ManualClock clock(kShopOpens);
        const RefreshTokenPolicy policy(clock.clock(), std::chrono::hours{12});
        QVERIFY(policy.startFamily("f", "t", "u")->row.expiresAt == kShopOpens + 12h);
    }

    void stolenTokenReplayRevokesTheWholeFamily() {
        ManualClock clock(kShopOpens);
        const RefreshTokenPolicy policy(clock.clock());
        FakeRefreshStore store;
        const auto login = policy.startFamily("family-1", "tenant-1", "user-1").value();
        store.insert(login.row);
        // Someone else's session in the same tenant must survive the revocation.
        const auto otherLogin = policy.startFamily("family-2", "tenant-1", "user-2").value();
        store.insert(otherLogin.row);

        // The register refreshes three times; an attacker copied the very first token.
        std::string current = login.token;
        for (int i = 0; i < 3; ++i) {
            clock.advance(15min);
            const auto decision = store.present(policy, current);
            QVERIFY(decision && decision->outcome == RefreshOutcome::Rotated);
            current = decision->issued->token;
        }

        clock.advance(1min);
        const auto replay = store.present(policy, login.token);
        QVERIFY(replay.has_value());
        QCOMPARE(replay->outcome, RefreshOutcome::ReuseDetected);
        for (const auto& [hash, row] : store.rows) {
            if (row.familyId == "family-1")
                QVERIFY(row.revokedAt.has_value());
            else
                QVERIFY(!row.revokedAt.has_value());
        }

        // The legitimate holder's newest token is now dead as well: both must log in again.
        const auto legitimate = store.present(policy, current);
        QVERIFY(legitimate.has_value());
        QCOMPARE(legitimate->outcome, RefreshOutcome::Revoked);
        QCOMPARE(store.present(policy, otherLogin.token)->outcome, RefreshOutcome::Rotated);
    }

    void thiefRefreshingFirstLocksOutTheThiefToo() {
        ManualClock clock(kShopOpens);
        const RefreshTokenPolicy policy(clock.clock());
        FakeRefreshStore store;
        const auto login = policy.startFamily("family-1", "tenant-1", "user-1").value();
        store.insert(login.row);

        const auto thief = store.present(policy, login.token);
        QCOMPARE(thief->outcome, RefreshOutcome::Rotated);
        // The register then presents the token the thief already used.
        QCOMPARE(store.present(policy, login.token)->outcome, RefreshOutcome::ReuseDetected);
        QCOMPARE(store.present(policy, thief->issued->token)->outcome, RefreshOutcome::Revoked);
    }
};

QTEST_GUILESS_MAIN(TestRefreshTokenPolicy)
#include "tst_refreshtokenpolicy.moc"
