#include "domain/money/Allocation.h"

#include <algorithm>
#include <numeric>

#include "domain/core/Int128.h"

namespace tp::domain {

Result<std::vector<std::int64_t>> allocateLargestRemainder(std::int64_t amount, std::span<const std::int64_t> weights) {
    if (weights.empty())
        return makeError("invalid_weights", "an amount cannot be allocated over nothing");
    Int128 weightSum = 0;
    for (const std::int64_t weight : weights) {
        if (weight < 0)
            return makeError("invalid_weights", "allocation weights must not be negative");
        weightSum += weight;
    }
    if (weightSum == 0)
        return makeError("invalid_weights", "allocation weights must not all be zero");

    const bool negative = amount < 0;
    const Int128 magnitude = negative ? -static_cast<Int128>(amount) : static_cast<Int128>(amount);

    std::vector<std::int64_t> shares(weights.size());
    std::vector<Int128> remainders(weights.size());
    Int128 allocated = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const Int128 exact = magnitude * weights[i];
        shares[i] = static_cast<std::int64_t>(exact / weightSum);
        remainders[i] = exact % weightSum;
        allocated += shares[i];
    }

    // Hand out what flooring left behind: fewer units than there are positions, by design.
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    auto leftover = static_cast<std::size_t>(magnitude - allocated);
    for (std::size_t k = 0; k < leftover; ++k)
        ++shares[order[k]];

    if (negative) {
        for (auto& share : shares)
            share = -share;
    }
    return shares;
}

Result<std::vector<Money>> allocate(const Money& amount, std::span<const std::int64_t> weights) {
    auto shares = allocateLargestRemainder(amount.minorUnits(), weights);
    if (!shares)
        return shares.error();
    std::vector<Money> result;
    result.reserve(shares->size());
    for (const std::int64_t share : shares.value())
        result.emplace_back(share, amount.currency());
    return result;
}

} // namespace tp::domain
