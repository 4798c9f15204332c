#include "domain/stock/StockLedger.h"

#include <iterator>
#include <string>

namespace tp::domain {

Result<StockLedger::Outcome> StockLedger::addMovement(const StockMovement& movement) {
    if (const auto known = m_movementsById.find(movement.id); known != m_movementsById.end()) {
        if (known->second == movement)
            return Outcome::Duplicate;
        return makeError("conflicting_stock_movement",
                         "Stock movement " + movement.id.toString() +
                             " was already recorded with a different quantity, time or reason.");
    }
    const Position position{movement.at, kMovementKind, movement.id};
    const auto next = m_counts.upper_bound(position);
    if (next == m_counts.end())
        m_afterLastCountMilli += movement.qtyMilli;
    else
        next->second.absorbedMilli += movement.qtyMilli;
    m_movements.emplace(position, movement.qtyMilli);
    m_movementsById.emplace(movement.id, movement);
    return Outcome::Added;
}

Result<StockLedger::Outcome> StockLedger::addCount(const StockCount& count) {
    if (const auto known = m_countsById.find(count.id); known != m_countsById.end()) {
        if (known->second == count)
            return Outcome::Duplicate;
        return makeError("conflicting_stock_count", "Stock count " + count.id.toString() +
                                                        " was already recorded with a different quantity or time.");
    }
    if (count.countedMilli < 0) {
        return makeError("invalid_stock_count", "A stock count cannot be negative, but " + count.id.toString() +
                                                    " counted " + std::to_string(count.countedMilli) + " thousandths.");
    }
    const Position position{count.at, kCountKind, count.id};
    const auto next = m_counts.upper_bound(position);
    // The new count takes the front part of the segment it lands in; the rest stays with `next`.
    const std::int64_t absorbed = segmentSumBefore(next, position);
    if (next == m_counts.end())
        m_afterLastCountMilli -= absorbed;
    else
        next->second.absorbedMilli -= absorbed;
    m_counts.emplace_hint(next, position, CountEntry{count.countedMilli, absorbed});
    m_countsById.emplace(count.id, count);
    return Outcome::Added;
}

std::int64_t StockLedger::level() const {
    const std::int64_t base = m_counts.empty() ? 0 : m_counts.rbegin()->second.countedMilli;
    return base + m_afterLastCountMilli;
}

std::int64_t StockLedger::levelAt(Timestamp at) const {
    const Position end{at, kAfterEverythingKind, Uuid{}};
    const auto next = m_counts.upper_bound(end);
    const std::int64_t base = next == m_counts.begin() ? 0 : std::prev(next)->second.countedMilli;
    return base + segmentSumBefore(next, end);
}

Result<std::int64_t> StockLedger::adjustmentOf(const Uuid& countId) const {
    const auto known = m_countsById.find(countId);
    if (known == m_countsById.end())
        return makeError("unknown_stock_count", "There is no stock count " + countId.toString() + " in this ledger.");
    const auto count = m_counts.find(Position{known->second.at, kCountKind, countId});
    return count->second.countedMilli - levelBefore(count);
}

std::vector<StockLedger::CountAdjustment> StockLedger::adjustments() const {
    std::vector<CountAdjustment> result;
    result.reserve(m_counts.size());
    std::int64_t previousCounted = 0;
    for (const auto& [position, entry] : m_counts) {
        const std::int64_t before = previousCounted + entry.absorbedMilli;
        result.push_back(CountAdjustment{position.id, position.at, entry.countedMilli, entry.countedMilli - before});
        previousCounted = entry.countedMilli;
    }
    return result;
}

std::int64_t StockLedger::levelBefore(Counts::const_iterator count) const {
    const std::int64_t base = count == m_counts.begin() ? 0 : std::prev(count)->second.countedMilli;
    return base + count->second.absorbedMilli;
}

std::int64_t StockLedger::segmentSumBefore(Counts::const_iterator next, const Position& split) const {
    const auto begin = next == m_counts.begin() ? m_movements.begin() : m_movements.upper_bound(std::prev(next)->first);
    const auto end = next == m_counts.end() ? m_movements.end() : m_movements.lower_bound(next->first);
    const std::int64_t total = next == m_counts.end() ? m_afterLastCountMilli : next->second.absorbedMilli;
    const auto middle = m_movements.lower_bound(split);

    // Sum [begin, middle) from the front and [middle, end) from the back in lockstep; whichever
    // finishes first gives the answer, so the cost is the smaller side, not the whole segment.
    std::int64_t front = 0;
    std::int64_t back = 0;
    auto forward = begin;
    auto backward = end;
    while (true) {
        if (forward == middle)
            return front;
        if (backward == middle)
            return total - back;
        front += forward->second;
        ++forward;
        --backward;
        back += backward->second;
    }
}

} // namespace tp::domain
