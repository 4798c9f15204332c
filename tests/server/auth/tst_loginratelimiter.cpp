#include <QTest>

#include <string>
#include <thread>
#include <vector>

#include "AuthTestSupport.h"
#include "DomainTestSupport.h"
#include "auth/LoginRateLimiter.h"

using namespace std::chrono_literals;
using tp::server::auth::LoginAttempt;
using tp::server::auth::LoginRateLimiter;

namespace {

// LoginAttempt only views its strings: callers pass literals or locals that outlive the attempt.
LoginAttempt attempt(std::string_view address, std::string_view email, std::string_view slug = "corner-bakery") {
    return LoginAttempt{address, slug, email};
}

} // namespace

class TestLoginRateLimiter : public QObject {
    Q_OBJECT

private slots:
    void accountIsLimitedAfterFiveFailures() {
        const ManualClock clock(kShopOpens);
        LoginRateLimiter limiter(clock.clock());
        const std::string slug = "corner-bakery";
        const std::string email = "anna@corner.example";
        // Each guess from another address, so only the account key can stop them.
        std::vector<std::string> addresses;
        for (int i = 0; i < 6; ++i)
            addresses.push_back("203.0.113." + std::to_string(i));
        for (int i = 0; i < 5; ++i) {
            const LoginAttempt guess{addresses[static_cast<std::size_t>(i)], slug, email};
            TP_VERIFY_OK(limiter.check(guess));
            limiter.recordFailure(guess);
        }
        const LoginAttempt sixth{addresses[5], slug, email};
        const auto refused = limiter.check(sixth);
        TP_VERIFY_ERROR(refused, "rate_limited");
        QVERIFY2(qs(refused.error().message).contains(QStringLiteral("900 seconds")), refused.error().message.c_str());
        QCOMPARE(limiter.retryAfterSeconds(sixth), 900LL);
        QCOMPARE(limiter.accountFailures(slug, email), 5);

        // Another account from the same address is not affected.
        const std::string colleague = "ben@corner.example";
        TP_VERIFY_OK(limiter.check(LoginAttempt{addresses[0], slug, colleague}));
        // Nor is the same email in another tenant.
        const std::string otherShop = "harbour-deli";
        TP_VERIFY_OK(limiter.check(LoginAttempt{addresses[5], otherShop, email}));
    }

    void addressIsLimitedAcrossAccounts_data() {
        QTest::addColumn<int>("addressLimit");
        QTest::newRow("default limit of 20 per address") << 0;
        QTest::newRow("configured limit of 5 per address") << 5;
    }
    void addressIsLimitedAcrossAccounts() {
        QFETCH(int, addressLimit);
        const ManualClock clock(kShopOpens);
        LoginRateLimiter::Settings settings;
        if (addressLimit > 0)
            settings.maxFailuresPerAddress = addressLimit;
        const int limit = settings.maxFailuresPerAddress;
        LoginRateLimiter limiter(clock.clock(), settings);
        const std::string address = "198.51.100.7";
        std::vector<std::string> emails;
        for (int i = 0; i <= limit; ++i)
            emails.push_back("user" + std::to_string(i) + "@corner.example");
        for (int i = 0; i < limit; ++i) {
            const LoginAttempt guess = attempt(address, emails[static_cast<std::size_t>(i)]);
            TP_VERIFY_OK(limiter.check(guess));
            limiter.recordFailure(guess);
        }
        TP_VERIFY_ERROR(limiter.check(attempt(address, emails.back())), "rate_limited");
        QCOMPARE(limiter.addressFailures(address), limit);
        // The same fresh account from another address may still try.
        TP_VERIFY_OK(limiter.check(attempt("198.51.100.8", emails.back())));
    }

    void limitLastsForTheRestOfTheWindow_data() {
        QTest::addColumn<qint64>("laterMs");
        QTest::addColumn<bool>("limited");
        QTest::addColumn<qint64>("retryAfter");
        QTest::newRow("right after the fifth failure") << qint64(0) << true << qint64(900);
        QTest::newRow("ten minutes later") << qint64(600'000) << true << qint64(300);
        QTest::newRow("half a second left rounds up") << qint64(899'500) << true << qint64(1);
        QTest::newRow("last millisecond of the window") << qint64(899'999) << true << qint64(1);
        QTest::newRow("window over") << qint64(900'000) << false << qint64(0);
        QTest::newRow("next day") << qint64(86'400'000) << false << qint64(0);
    }
    void limitLastsForTheRestOfTheWindow() {
        QFETCH(qint64, laterMs);
        QFETCH(bool, limited);
        QFETCH(qint64, retryAfter);
        ManualClock clock(kShopOpens);
        LoginRateLimiter limiter(clock.clock());
        const std::string address = "203.0.113.9";
        const std::string email = "anna@corner.example";
        const LoginAttempt guess = attempt(address, email);
        for (int i = 0; i < 5; ++i)
            limiter.recordFailure(guess);
        clock.advance(std::chrono::milliseconds{laterMs});
        QCOMPARE(limiter.check(guess).ok(), !limited);
        QCOMPARE(limiter.retryAfterSeconds(guess), static_cast<long long>(retryAfter));
        QCOMPARE(limiter.accountFailures("corner-bakery", email), limited ? 5 : 0);
    }

    void windowIsFixedFromTheFirstFailure() {
        ManualClock clock(kShopOpens);
        LoginRateLimiter limiter(clock.clock());
        const std::string address = "203.0.113.9";
        const std::string email = "anna@corner.example";
        const LoginAttempt guess = attempt(address, email);
        limiter.recordFailure(guess);
        clock.advance(14min);
        for (int i = 0; i < 4; ++i)
            limiter.recordFailure(guess);
        // Limited only until the window opened by the first failure ends.
        TP_VERIFY_ERROR(limiter.check(guess), "rate_limited");
        QCOMPARE(limiter.retryAfterSeconds(guess), 60LL);
        clock.advance(1min);
        TP_VERIFY_OK(limiter.check(guess));
        // A failure now opens a fresh window with a count of one.
        limiter.recordFailure(guess);
        QCOMPARE(limiter.accountFailures("corner-bakery", email), 1);
    }

    void successClearsTheAccountButNotTheAddress() {
        const ManualClock clock(kShopOpens);
        LoginRateLimiter::Settings settings;
        settings.maxFailuresPerAddress = 6;
        LoginRateLimiter limiter(clock.clock(), settings);
        const std::string address = "203.0.113.10";
        const std::string email = "anna@corner.example";
        const LoginAttempt login = attempt(address, email);
        for (int i = 0; i < 4; ++i)
            limiter.recordFailure(login);
        limiter.recordSuccess(login);
        QCOMPARE(limiter.accountFailures("corner-bakery", email), 0);
        QCOMPARE(limiter.addressFailures(address), 4);

        limiter.recordFailure(login);
        TP_VERIFY_OK(limiter.check(login)); // account 1, address 5 of 6
        limiter.recordFailure(login);
        TP_VERIFY_ERROR(limiter.check(login), "rate_limited"); // the address reached 6
        QCOMPARE(limiter.accountFailures("corner-bakery", email), 2);
    }

    void accountKeyIgnoresLetterCase_data() {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("email");
        QTest::newRow("as typed") << "corner-bakery"
                                  << "anna@corner.example";
        QTest::newRow("email in capitals") << "corner-bakery"
                                           << "ANNA@CORNER.EXAMPLE";
        QTest::newRow("slug in capitals") << "CORNER-BAKERY"
                                          << "Anna@Corner.Example";
    }
    void accountKeyIgnoresLetterCase() {
        QFETCH(QString, slug);
        QFETCH(QString, email);
        const ManualClock clock(kShopOpens);
        LoginRateLimiter limiter(clock.clock());
        const std::string address = "203.0.113.11";
        const std::string slugText = slug.toStdString();
        const std::string emailText = email.toStdString();
        limiter.recordFailure(LoginAttempt{address, slugText, emailText});
        QCOMPARE(limiter.accountFailures("corner-bakery", "anna@corner.example"), 1);
    }

    void countsStayExactUnderConcurrentFailures() {
        const ManualClock clock(kShopOpens);
        LoginRateLimiter::Settings settings;
        settings.maxFailuresPerAccount = 1'000'000;
        settings.maxFailuresPerAddress = 1'000'000;
        LoginRateLimiter limiter(clock.clock(), settings);
        constexpr int kThreads = 8;
        constexpr int kFailuresEach = 2'000;
        const std::string slug = "corner-bakery";
        const std::string email = "shared@corner.example";
        std::vector<std::string> addresses;
        for (int t = 0; t < kThreads; ++t)
            addresses.push_back("10.0.0." + std::to_string(t));

        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                const LoginAttempt guess{addresses[static_cast<std::size_t>(t)], slug, email};
                for (int i = 0; i < kFailuresEach; ++i) {
                    (void)limiter.check(guess);
                    limiter.recordFailure(guess);
                    (void)limiter.retryAfterSeconds(guess);
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();

        QCOMPARE(limiter.accountFailures(slug, email), kThreads * kFailuresEach);
        for (const std::string& address : addresses)
            QCOMPARE(limiter.addressFailures(address), kFailuresEach);
        QCOMPARE(limiter.trackedKeys(), std::size_t{kThreads + 1});
    }

    void memoryStaysBoundedUnderAFlood() {
        ManualClock clock(kShopOpens);
        LoginRateLimiter::Settings settings;
        settings.maxTrackedKeys = 100;
        LoginRateLimiter limiter(clock.clock(), settings);
        const std::string slug = "corner-bakery";
        std::string lastAddress;
        for (int i = 0; i < 1'000; ++i) {
            clock.advance(1ms);
            const std::string address = "192.0.2." + std::to_string(i);
            const std::string email = "guess" + std::to_string(i) + "@corner.example";
            limiter.recordFailure(LoginAttempt{address, slug, email});
            QVERIFY(limiter.trackedKeys() <= 100);
            lastAddress = address;
        }
        QCOMPARE(limiter.trackedKeys(), std::size_t{100});
        // The oldest keys were evicted, the newest kept.
        QCOMPARE(limiter.addressFailures(lastAddress), 1);
        QCOMPARE(limiter.addressFailures("192.0.2.0"), 0);

        // Keys whose window ended are dropped as soon as the limiter is used again.
        clock.advance(15min);
        const std::string address = "192.0.2.250";
        const std::string email = "late@corner.example";
        limiter.recordFailure(LoginAttempt{address, slug, email});
        QCOMPARE(limiter.trackedKeys(), std::size_t{2});
    }
};

QTEST_GUILESS_MAIN(TestLoginRateLimiter)
#include "tst_loginratelimiter.moc"
