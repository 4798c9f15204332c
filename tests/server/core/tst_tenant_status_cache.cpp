#include <QTest>

#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>

#include "core/TenantStatusCache.h"

using tp::server::TenantStatusCache;

class TestTenantStatusCache : public QObject {
    Q_OBJECT

private slots:
    void remembersWithinTheTtl() {
        TenantStatusCache cache(std::chrono::hours(1));
        QVERIFY(!cache.find("t1"));
        cache.remember("t1", "active", cache.generation());
        QCOMPARE(cache.find("t1").value_or("-"), std::string("active"));
        QVERIFY(!cache.find("t2"));
    }

    void expiresAfterTheTtl() {
        TenantStatusCache cache(std::chrono::milliseconds(30));
        cache.remember("t1", "active", cache.generation());
        QVERIFY(cache.find("t1"));
        std::this_thread::sleep_for(std::chrono::milliseconds(40));
        QVERIFY(!cache.find("t1"));
    }

    void forgetDropsTheStatus() {
        TenantStatusCache cache(std::chrono::hours(1));
        cache.remember("t1", "active", cache.generation());
        cache.forget("t1");
        QVERIFY(!cache.find("t1"));
    }

    // A reader that fetched "active" before a suspension committed must not store it after the
    // suspension's forget(): the token would keep working for a whole ttl.
    void readStartedBeforeAChangeIsNotStored() {
        TenantStatusCache cache(std::chrono::hours(1));
        const auto before = cache.generation();
        cache.forget("t1"); // the suspension commits meanwhile
        cache.remember("t1", "active", before);
        QVERIFY(!cache.find("t1"));
        cache.remember("t1", "suspended", cache.generation());
        QCOMPARE(cache.find("t1").value_or("-"), std::string("suspended"));
    }

    void forgetOnExitForgetsWhicheverWayTheScopeEnds() {
        TenantStatusCache cache(std::chrono::hours(1));
        cache.remember("t1", "active", cache.generation());
        try {
            const TenantStatusCache::ForgetOnExit forget(cache, "t1");
            throw std::runtime_error("the transaction failed");
        } catch (const std::runtime_error&) {
        }
        QVERIFY(!cache.find("t1"));
    }

    void staysBoundedAtCapacity() {
        TenantStatusCache cache(std::chrono::hours(1), 10);
        for (int i = 0; i < 25; ++i)
            cache.remember("t" + std::to_string(i), "active", cache.generation());
        int held = 0;
        for (int i = 0; i < 25; ++i)
            held += cache.find("t" + std::to_string(i)) ? 1 : 0;
        QVERIFY(held >= 1 && held <= 10);
        QVERIFY(cache.find("t24")); // the newest is always kept
    }
};

QTEST_GUILESS_MAIN(TestTenantStatusCache)
#include "tst_tenant_status_cache.moc"
