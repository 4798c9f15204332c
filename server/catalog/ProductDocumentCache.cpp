#include "catalog/ProductDocumentCache.h"

#include <algorithm>
#include <functional>

namespace tp::server::catalog {

ProductDocumentCache::ProductDocumentCache(std::size_t budgetBytes, std::size_t shards)
    : m_shardCount(std::max<std::size_t>(1, shards))
    , m_shardBudget(budgetBytes / m_shardCount)
    , m_shards(std::make_unique<Shard[]>(m_shardCount)) {}

std::size_t ProductDocumentCache::KeyHash::operator()(const KeyView& key) const {
    const std::size_t tenant = std::hash<std::string_view>{}(key.tenantId);
    const std::size_t product = std::hash<std::string_view>{}(key.productId);
    return product ^ (tenant + 0x9e3779b97f4a7c15ULL + (product << 6) + (product >> 2));
}

ProductDocumentCache::Shard& ProductDocumentCache::shardOf(const KeyView& key) {
    // Other bits than the ones the shard's own map buckets by, so a shard's keys still spread.
    return m_shards[(KeyHash{}(key) >> 20) % m_shardCount];
}

void ProductDocumentCache::erase(Shard& shard, std::list<Entry>::iterator entry) {
    shard.bytes -= entry->cost;
    shard.index.erase(KeyView{entry->tenantId, entry->productId});
    shard.entries.erase(entry);
}

ProductDocumentCache::Lookup ProductDocumentCache::find(std::string_view tenantId, std::string_view productId) {
    const KeyView key{tenantId, productId};
    Shard& shard = shardOf(key);
    const std::lock_guard lock(shard.mutex);
    const auto found = shard.index.find(key);
    if (found == shard.index.end()) // a suspended shard is empty
        return {nullptr, shard.generation};
    shard.entries.splice(shard.entries.begin(), shard.entries, found->second);
    return {found->second->document, shard.generation};
}

void ProductDocumentCache::remember(std::string_view tenantId, std::string_view productId, Document document,
                                    std::uint64_t generation) {
    if (!document)
        return;
    const std::size_t cost = document->size() + tenantId.size() + productId.size() + kEntryOverheadBytes;
    if (cost > m_shardBudget)
        return; // it would not fit even alone
    const KeyView key{tenantId, productId};
    Shard& shard = shardOf(key);
    const std::lock_guard lock(shard.mutex);
    if (generation != shard.generation || shard.suspended)
        return;
    if (const auto found = shard.index.find(key); found != shard.index.end()) {
        // Another reader of the same generation stored it first: the same document.
        shard.entries.splice(shard.entries.begin(), shard.entries, found->second);
        return;
    }
    while (shard.bytes + cost > m_shardBudget)
        erase(shard, std::prev(shard.entries.end()));
    shard.entries.push_front(Entry{std::string(tenantId), std::string(productId), std::move(document), cost});
    const Entry& stored = shard.entries.front();
    shard.index.emplace(KeyView{stored.tenantId, stored.productId}, shard.entries.begin());
    shard.bytes += cost;
}

void ProductDocumentCache::forget(std::string_view tenantId, std::string_view productId) {
    const KeyView key{tenantId, productId};
    Shard& shard = shardOf(key);
    const std::lock_guard lock(shard.mutex);
    ++shard.generation;
    if (const auto found = shard.index.find(key); found != shard.index.end())
        erase(shard, found->second);
}

void ProductDocumentCache::reset(bool suspended) {
    for (std::size_t i = 0; i < m_shardCount; ++i) {
        Shard& shard = m_shards[i];
        const std::lock_guard lock(shard.mutex);
        shard.index.clear(); // first: its keys view the entries' strings
        shard.entries.clear();
        shard.bytes = 0;
        ++shard.generation;
        shard.suspended = suspended;
    }
}

void ProductDocumentCache::clear() {
    const std::lock_guard lock(m_switching);
    reset(m_suspended.load());
}

void ProductDocumentCache::suspend() {
    const std::lock_guard lock(m_switching);
    m_suspended.store(true); // reported before the shards follow: never claims more than is true
    reset(true);
}

void ProductDocumentCache::resume() {
    const std::lock_guard lock(m_switching);
    // The generations bumped here turn away readers that took theirs before: their database
    // reads may predate writes nobody heard of.
    reset(false);
    m_suspended.store(false);
}

bool ProductDocumentCache::suspended() const {
    return m_suspended.load();
}

std::size_t ProductDocumentCache::bytes() const {
    std::size_t total = 0;
    for (std::size_t i = 0; i < m_shardCount; ++i) {
        const std::lock_guard lock(m_shards[i].mutex);
        total += m_shards[i].bytes;
    }
    return total;
}

std::size_t ProductDocumentCache::size() const {
    std::size_t total = 0;
    for (std::size_t i = 0; i < m_shardCount; ++i) {
        const std::lock_guard lock(m_shards[i].mutex);
        total += m_shards[i].entries.size();
    }
    return total;
}

} // namespace tp::server::catalog
