#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <unordered_map>
#include <vector>

#include "domain/core/Result.h"
#include "domain/core/Timestamp.h"
#include "domain/ids/Uuid.h"
#include "domain/stock/StockCount.h"
#include "domain/stock/StockMovement.h"

namespace tp::domain {

// The stock of one item in one store as a sum of movements (ARCHITECTURE.md, Sync rule 3),
// with physical counts folded in so that every replica converges on the same numbers
// whatever order the movements and counts arrive in.
//
// Timeline: entries are ordered by (at, movements before counts, id). So a movement stamped
// exactly at a count's time is taken to have happened before the count (the counter saw its
// effect on the shelf), and two counts at the same time are applied in id order (the later
// id wins, which for UUIDv7 ids is the later-made count).
//
// Meaning: walk the timeline from level 0; a movement adds its delta, a count sets the level
// to what was counted. A count's adjustment is the difference it makes there (counted minus
// the level just before it); it is what the server stores and shows as the count's movement.
// A sale made offline after the count still lowers the level; a sale from before the count
// that arrives late changes nothing after the count, only that count's adjustment.
//
// Bookkeeping: the counts cut the timeline into segments, and each count keeps the sum of the
// movements in the segment ending at it (what it absorbs); the movements after the last count
// are kept as one sum. So the level after count c is c.counted plus the next segment's sum.
// Adding a movement adds its delta to one segment: O(log n). Adding a count splits a segment,
// summing its movements from whichever end reaches the split first: O(log n + the smaller
// side). level() is O(1); levelAt() is O(log n + the smaller side of its segment).
//
// Re-adding an entry with a known id is a no-op (delivery is at-least-once); an id reused
// for different content is refused, as that is a bug upstream, not a retry.
class StockLedger {
public:
    enum class Outcome {
        Added,
        Duplicate, // the very same entry was already recorded; nothing changed
    };

    // What one count did to the level, in timeline order.
    struct CountAdjustment {
        Uuid countId;
        Timestamp at;
        std::int64_t countedMilli = 0;
        std::int64_t adjustmentMilli = 0;

        friend bool operator==(const CountAdjustment&, const CountAdjustment&) = default;
    };

    // Fails with "conflicting_stock_movement" when the id is known with other content.
    Result<Outcome> addMovement(const StockMovement& movement);
    // Fails with "conflicting_stock_count" when the id is known with other content, and with
    // "invalid_stock_count" for a negative count (a shelf cannot hold less than nothing).
    Result<Outcome> addCount(const StockCount& count);

    // The level after every entry: what the shop has now. May be negative (flagged by callers).
    std::int64_t level() const;
    // The level after every entry stamped at or before `at` (including counts at `at`).
    std::int64_t levelAt(Timestamp at) const;

    // The adjustment the count with this id implies; "unknown_stock_count" if there is none.
    Result<std::int64_t> adjustmentOf(const Uuid& countId) const;
    std::vector<CountAdjustment> adjustments() const;

    std::size_t movementCount() const { return m_movements.size(); }
    std::size_t countCount() const { return m_counts.size(); }

private:
    // Where an entry sits on the timeline; `kind` puts movements before counts at equal times.
    struct Position {
        Timestamp at;
        int kind = 0;
        Uuid id;

        friend auto operator<=>(const Position&, const Position&) = default;
    };
    static constexpr int kMovementKind = 0;
    static constexpr int kCountKind = 1;
    static constexpr int kAfterEverythingKind = 2; // for queries: after every entry at that time

    struct CountEntry {
        std::int64_t countedMilli = 0;
        // Sum of the movements after the previous count (or the start) and before this one.
        std::int64_t absorbedMilli = 0;
    };
    using Movements = std::map<Position, std::int64_t>;
    using Counts = std::map<Position, CountEntry>;

    // The sum of the movements in the segment that ends at `next` (a count, or end() for the
    // movements after the last count) which lie before `split`.
    std::int64_t segmentSumBefore(Counts::const_iterator next, const Position& split) const;
    std::int64_t levelBefore(Counts::const_iterator count) const;

    Movements m_movements;
    Counts m_counts;
    std::int64_t m_afterLastCountMilli = 0;
    std::unordered_map<Uuid, StockMovement> m_movementsById;
    std::unordered_map<Uuid, StockCount> m_countsById;
};

} // namespace tp::domain
