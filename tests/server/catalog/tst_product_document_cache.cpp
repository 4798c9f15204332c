#include <QTest>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "catalog/ProductDocumentCache.h"

using tp::server::catalog::ProductDocumentCache;

namespace {

ProductDocumentCache::Document document(const std::string& text) {
    return std::make_shared<const std::string>(text);
}

// What one entry of `documentBytes` costs the budget under the keys these tests use.
std::size_t entryCost(std::size_t documentBytes) {
    return documentBytes + std::string("t1").size() + std::string("p00").size() +
           ProductDocumentCache::kEntryOverheadBytes;
}

std::string productKey(int i) {
    return "p" + std::string(i < 10 ? "0" : "") + std::to_string(i);
}

// Stores a document the way a reader does: generation from a miss, then remember().
void readThrough(ProductDocumentCache& cache, const std::string& tenant, const std::string& product,
                 const std::string& text) {
    const auto lookup = cache.find(tenant, product);
    cache.remember(tenant, product, document(text), lookup.generation);
}

} // namespace

// The cache of product documents: hits share the stored string, keys are per tenant, a write's
// forget() can never be undone by a reader that started before it, a suspended cache serves
// nothing and no reader of before a resume() stores after it, and the byte budget holds with the
// least recently read entries going first.
class TestProductDocumentCache : public QObject {
    Q_OBJECT

private slots:
    void missThenHitSharesTheDocument() {
        ProductDocumentCache cache;
        const auto miss = cache.find("t1", "p1");
        QVERIFY(!miss.document);
        const auto stored = document(R"({"id":"p1"})");
        cache.remember("t1", "p1", stored, miss.generation);
        const auto hit = cache.find("t1", "p1");
        QCOMPARE(hit.document.get(), stored.get()); // the same string, not a copy
        QCOMPARE(cache.size(), std::size_t{1});
    }

    void keysBelongToOneTenant() {
        ProductDocumentCache cache;
        readThrough(cache, "t1", "p1", "mine");
        QVERIFY(!cache.find("t2", "p1").document);
        QVERIFY(!cache.find("t1", "p2").document);
        // Not confused by where the key text is split.
        readThrough(cache, "ab", "c", "split one way");
        QVERIFY(!cache.find("a", "bc").document);
    }

    void forgetDropsTheDocument() {
        ProductDocumentCache cache;
        readThrough(cache, "t1", "p1", "version 1");
        cache.forget("t1", "p1");
        QVERIFY(!cache.find("t1", "p1").document);
        QCOMPARE(cache.bytes(), std::size_t{0});
        readThrough(cache, "t1", "p1", "version 2"); // the next reader stores again
        QCOMPARE(*cache.find("t1", "p1").document, std::string("version 2"));
    }

    void forgetBetweenReadStartAndRememberStoresNothing_data() {
        QTest::addColumn<QString>("forgotten");
        QTest::newRow("the write was to the product read") << "p1";
        // One shard here: a forget anywhere in the shard turns the reader away (a miss more,
        // never a stale hit).
        QTest::newRow("the write was to another product of the shard") << "p2";
    }

    // The race the generation closes: a reader misses, reads version 1 from the database, a
    // write commits version 2 and forgets, then the reader's remember() arrives.
    void forgetBetweenReadStartAndRememberStoresNothing() {
        QFETCH(QString, forgotten);
        ProductDocumentCache cache(ProductDocumentCache::kDefaultBudgetBytes, 1);
        const auto slowReader = cache.find("t1", "p1");
        cache.forget("t1", forgotten.toStdString());
        cache.remember("t1", "p1", document("version 1"), slowReader.generation);
        QVERIFY(!cache.find("t1", "p1").document);
        QCOMPARE(cache.size(), std::size_t{0});
    }

    // A reader that began after the write stores the new version; one that began before and
    // comes late does not replace it.
    void lateReaderDoesNotReplaceANewerDocument() {
        ProductDocumentCache cache;
        const auto before = cache.find("t1", "p1");
        cache.forget("t1", "p1");
        const auto after = cache.find("t1", "p1");
        cache.remember("t1", "p1", document("version 2"), after.generation);
        cache.remember("t1", "p1", document("version 1"), before.generation);
        QCOMPARE(*cache.find("t1", "p1").document, std::string("version 2"));
    }

    // A document stored before the write's forget() is erased by it.
    void rememberBeforeForgetIsErasedByIt() {
        ProductDocumentCache cache;
        const auto reader = cache.find("t1", "p1");
        cache.remember("t1", "p1", document("version 1"), reader.generation);
        cache.forget("t1", "p1");
        QVERIFY(!cache.find("t1", "p1").document);
    }

    // clear() is forget() of everything: entries go, and readers in flight cannot store.
    void clearDropsEverythingAndTurnsAwayReadersInFlight() {
        ProductDocumentCache cache(1 << 20, 4);
        for (int i = 0; i < 20; ++i)
            readThrough(cache, "t1", productKey(i), "version 1");
        const auto inFlight = cache.find("t2", "p1");
        cache.clear();
        QCOMPARE(cache.size(), std::size_t{0});
        QCOMPARE(cache.bytes(), std::size_t{0});
        cache.remember("t2", "p1", document("version 1"), inFlight.generation);
        QVERIFY(!cache.find("t2", "p1").document);
        QVERIFY(!cache.suspended());
        readThrough(cache, "t1", "p1", "version 2");
        QCOMPARE(*cache.find("t1", "p1").document, std::string("version 2"));
    }

    // Suspended, the cache neither serves what it had nor stores what readers bring, in any
    // shard; resumed, it starts empty and works again.
    void suspendedCacheServesAndStoresNothing() {
        ProductDocumentCache cache(1 << 20, 4);
        for (int i = 0; i < 20; ++i)
            readThrough(cache, "t1", productKey(i), "version 1");
        cache.suspend();
        QVERIFY(cache.suspended());
        QCOMPARE(cache.size(), std::size_t{0});
        for (int i = 0; i < 20; ++i) {
            QVERIFY(!cache.find("t1", productKey(i)).document);
            readThrough(cache, "t1", productKey(i), "version 2");
            QVERIFY(!cache.find("t1", productKey(i)).document);
        }
        cache.forget("t1", productKey(0)); // writes go on meanwhile
        cache.suspend();                   // and a second suspend changes nothing
        QCOMPARE(cache.size(), std::size_t{0});
        QCOMPARE(cache.bytes(), std::size_t{0});

        cache.resume();
        QVERIFY(!cache.suspended());
        QVERIFY(!cache.find("t1", productKey(1)).document);
        readThrough(cache, "t1", productKey(1), "version 3");
        QCOMPARE(*cache.find("t1", productKey(1)).document, std::string("version 3"));
    }

    void readerOfBeforeTheResumeCannotStoreAfterIt_data() {
        QTest::addColumn<bool>("beganBeforeTheSuspend");
        QTest::newRow("the reader began before the suspend") << true;
        QTest::newRow("the reader began while suspended") << false;
    }

    // A reader's database read may predate writes the server did not hear while it could not
    // listen: whenever it began, if that was before resume(), its remember() stores nothing.
    void readerOfBeforeTheResumeCannotStoreAfterIt() {
        QFETCH(bool, beganBeforeTheSuspend);
        ProductDocumentCache cache(ProductDocumentCache::kDefaultBudgetBytes, 1);
        ProductDocumentCache::Lookup reader;
        if (beganBeforeTheSuspend) {
            reader = cache.find("t1", "p1");
            cache.suspend();
        } else {
            cache.suspend();
            reader = cache.find("t1", "p1");
            QVERIFY(!reader.document);
        }
        cache.resume();
        cache.remember("t1", "p1", document("read before the resume"), reader.generation);
        QVERIFY(!cache.find("t1", "p1").document);
        QCOMPARE(cache.size(), std::size_t{0});
    }

    // Ten entries fit; the eleventh evicts the least recently read, not the oldest stored.
    void budgetEvictsTheLeastRecentlyRead() {
        const std::string text(1000, 'x');
        ProductDocumentCache cache(10 * entryCost(text.size()), 1);
        for (int i = 0; i < 10; ++i)
            readThrough(cache, "t1", productKey(i), text);
        QCOMPARE(cache.size(), std::size_t{10});
        QVERIFY(cache.find("t1", productKey(0)).document); // p00 is read again: p01 is now the coldest
        readThrough(cache, "t1", productKey(10), text);
        QCOMPARE(cache.size(), std::size_t{10});
        QVERIFY(cache.bytes() <= 10 * entryCost(text.size()));
        QVERIFY(cache.find("t1", productKey(0)).document);
        QVERIFY(!cache.find("t1", productKey(1)).document);
        QVERIFY(cache.find("t1", productKey(10)).document);

        for (int i = 11; i < 60; ++i)
            readThrough(cache, "t1", productKey(i), text);
        QCOMPARE(cache.size(), std::size_t{10});
        QCOMPARE(cache.bytes(), 10 * entryCost(text.size()));
    }

    void documentLargerThanTheBudgetIsNotKept() {
        ProductDocumentCache cache(4096, 1);
        readThrough(cache, "t1", "p1", "small");
        readThrough(cache, "t1", "p2", std::string(8192, 'x'));
        QVERIFY(!cache.find("t1", "p2").document);
        QVERIFY(cache.find("t1", "p1").document); // and nothing was evicted for it
    }

    // Readers and writers at once, the way the server uses the cache: a writer commits a new
    // version to the "database" and then forgets; a reader that misses reads the database and
    // remembers. Once a writer's forget() has returned, no reader may get an older version.
    void concurrentReadersNeverSeeAForgottenVersion() {
        ProductDocumentCache cache(1 << 20, 4);
        constexpr int kProducts = 8;
        std::vector<std::atomic<int>> database(kProducts);  // the committed version
        std::vector<std::atomic<int>> forgotten(kProducts); // committed and forgotten
        std::atomic<bool> stop{false};
        std::atomic<int> staleReads{0};
        std::atomic<long> hits{0};
        std::atomic<int> readersStarted{0};

        std::vector<std::thread> threads;
        for (int r = 0; r < 3; ++r) {
            threads.emplace_back([&, r] {
                ++readersStarted;
                for (int i = 0; !stop.load(); ++i) {
                    const int p = (i + r) % kProducts;
                    const std::string product = productKey(p);
                    const int floor = forgotten[p].load();
                    auto lookup = cache.find("t1", product);
                    if (!lookup.document) {
                        lookup.document = document(std::to_string(database[p].load()));
                        cache.remember("t1", product, lookup.document, lookup.generation);
                    } else {
                        ++hits;
                    }
                    if (std::stoi(*lookup.document) < floor)
                        ++staleReads;
                }
            });
        }
        threads.emplace_back([&] {
            // The writes overlap the reads however the threads are scheduled (a loaded CI
            // machine may run this thread first and alone otherwise).
            while (readersStarted.load() < 3)
                std::this_thread::yield();
            for (int i = 0; i < 20000; ++i) {
                const int p = i % kProducts;
                const int version = database[p].load() + 1;
                database[p].store(version); // the commit
                cache.forget("t1", productKey(p));
                forgotten[p].store(version);
            }
            // With the writes done the readers must find what they remembered.
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
            while (hits.load() == 0 && std::chrono::steady_clock::now() < deadline)
                std::this_thread::yield();
            stop.store(true);
        });
        for (auto& thread : threads)
            thread.join();
        QCOMPARE(staleReads.load(), 0);
        QVERIFY(hits.load() > 0);
    }
};

QTEST_GUILESS_MAIN(TestProductDocumentCache)
#include "tst_product_document_cache.moc"
