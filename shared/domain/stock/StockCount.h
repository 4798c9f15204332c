#pragma once

#include <cstdint>

#include "domain/core/Timestamp.h"
#include "domain/ids/Uuid.h"

namespace tp::domain {

// A physical count: "there were countedMilli on the shelf at `at`". It is a fact about that
// moment, not an overwrite of the level; StockLedger turns it into the adjustment that makes
// the level at `at` equal the count.
struct StockCount {
    Uuid id;
    std::int64_t countedMilli = 0;
    Timestamp at;

    friend bool operator==(const StockCount&, const StockCount&) = default;
};

} // namespace tp::domain
