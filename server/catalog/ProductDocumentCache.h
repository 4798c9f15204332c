#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace tp::server::catalog {

// The wire JSON of products that GET /api/v1/products/{id} served lately, kept in this process
// so that reading a product again costs no database transaction. Keyed by (tenant id, product
// id); values are shared immutable strings, so a hit copies a pointer, not the document.
//
// Never older than a committed write: every write of a product document forgets it once its
// transaction committed (ProductDocuments::refresh registers that with Connection::afterCommit).
// A reader that missed keeps the generation find() gave it, reads the database, and hands the
// generation to remember(), which stores nothing if a forget() hit that shard in between — the
// document read may predate the commit that forget() followed. A document stored before the
// forget() is erased by it. So once a write's transaction() has returned, no reader in this
// process gets the older document. Writes of other processes must reach forget() as well. On
// SQLite there are none (one server owns the data directory: ServerLock). On PostgreSQL every
// write notifies the servers sharing the database (ProductDocuments::kChangedChannel), and each
// forgets what it hears: another server's write is forgotten when its notification arrives, a
// moment after its commit — the only lag this cache allows.
//
// Switched off while a server cannot hear: suspend() empties the cache, find() misses and
// remember() stores nothing until resume(), which empties it again — writes during the gap went
// unheard — and turns away every reader that began before (both bump every shard's generation).
//
// Thread-safe and sharded: a key's hash picks one of `shards` shards, each with its own mutex,
// entries and generation, so reads of different products seldom meet on a lock, and a forget()
// costs a concurrent miss elsewhere at most a skipped remember() in its own shard.
//
// Bounded: each shard holds at most its share of the byte budget (document, key and a fixed
// per-entry overhead) and evicts its least recently read entries to make room. A catalog larger
// than the budget so keeps its busy products; the order costs a list splice per hit, under the
// shard's lock that the hit takes anyway.
class ProductDocumentCache {
public:
    using Document = std::shared_ptr<const std::string>;

    static constexpr std::size_t kDefaultBudgetBytes = std::size_t{64} << 20;
    static constexpr std::size_t kDefaultShards = 64;
    // What an entry costs besides its document and key text: list and map nodes, the shared
    // string's control block. An estimate; the budget bounds memory rather than measures it.
    static constexpr std::size_t kEntryOverheadBytes = 160;

    explicit ProductDocumentCache(std::size_t budgetBytes = kDefaultBudgetBytes, std::size_t shards = kDefaultShards);
    ProductDocumentCache(const ProductDocumentCache&) = delete;
    ProductDocumentCache& operator=(const ProductDocumentCache&) = delete;

    struct Lookup {
        Document document;            // null on a miss
        std::uint64_t generation = 0; // for remember() after a miss: taken before the database read
    };
    Lookup find(std::string_view tenantId, std::string_view productId);

    // Stores a document read from the database after find() missed with `generation`, unless a
    // forget() happened in the key's shard since (the document may then be stale).
    void remember(std::string_view tenantId, std::string_view productId, Document document, std::uint64_t generation);

    // After a committed write of the product: drops its document and turns away readers that
    // started before.
    void forget(std::string_view tenantId, std::string_view productId);

    // forget() of every product at once: for when writes may have gone unheard.
    void clear();

    // Serves and stores nothing from now until resume(), which starts again from empty.
    void suspend();
    void resume();
    bool suspended() const;

    // What the entries cost together, and how many there are (for tests and monitoring).
    std::size_t bytes() const;
    std::size_t size() const;

private:
    struct KeyView {
        std::string_view tenantId;
        std::string_view productId;
        bool operator==(const KeyView&) const = default;
    };
    struct KeyHash {
        std::size_t operator()(const KeyView& key) const;
    };
    struct Entry {
        std::string tenantId;
        std::string productId;
        Document document;
        std::size_t cost = 0;
    };
    // Aligned to a cache line so that two shards' locks never share one.
    struct alignas(64) Shard {
        mutable std::mutex mutex;
        std::list<Entry> entries; // most recently read first
        // Keys view the strings of their entry: list nodes never move.
        std::unordered_map<KeyView, std::list<Entry>::iterator, KeyHash> index;
        std::size_t bytes = 0;
        std::uint64_t generation = 0;
        bool suspended = false;
    };

    Shard& shardOf(const KeyView& key);
    static void erase(Shard& shard, std::list<Entry>::iterator entry);
    // Empties every shard, bumps its generation and sets its suspended flag, shard by shard.
    void reset(bool suspended);

    const std::size_t m_shardCount;
    const std::size_t m_shardBudget;
    const std::unique_ptr<Shard[]> m_shards;
    std::mutex m_switching; // one clear(), suspend() or resume() at a time: no shard left behind
    std::atomic<bool> m_suspended{false};
};

} // namespace tp::server::catalog
