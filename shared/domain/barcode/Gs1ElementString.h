#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/barcode/Gtin.h"
#include "domain/core/Result.h"

namespace tp::domain {

// An expiry date as GS1 encodes it (AI 17, YYMMDD): two-digit year, month, day. Day 00 means
// "end of the month", which is resolved into `day` and flagged. The century is left open
// because only the caller knows "now" (the domain reads no clock): see fullYear().
struct Gs1Date {
    int yy = 0;              // 0–99
    int month = 1;           // 1–12
    int day = 1;             // 1–31, the last day of the month when endOfMonth
    bool endOfMonth = false; // the code said day 00

    // The four-digit year for a code read in `currentYear`, by the GS1 rule (General
    // Specifications 7.12): a year 51–99 ahead of currentYear's yy is in the previous century,
    // one 50–99 behind in the next, anything else in the current one.
    int fullYear(int currentYear) const;

    friend bool operator==(const Gs1Date&, const Gs1Date&) = default;
};

// The data of a GS1 element string, as GS1-128 (and GS1 DataBar/DataMatrix) carry it. Tillpoint
// reads the application identifiers (AIs) a till needs:
//   (01)   GTIN, 14 digits, check digit verified
//   (10)   batch/lot, 1–20 characters of the GS1 character set 82
//   (17)   expiry date YYMMDD
//   (310n) net weight in kg with n = 0…5 decimals, 6 digits, scaled to qtyMilli
//          (exactly for n ≤ 3, half-up for n > 3)
//
// Two spellings are accepted:
//  - raw, as a scanner sends it: an optional symbology identifier (]C1 GS1-128, ]e0 DataBar,
//    ]d2 DataMatrix, ]Q3 QR), then AI and value after AI. Fixed-length values need no
//    separator; a variable-length one (10) ends at GS (0x1D, FNC1) or at the end.
//  - human-readable, as printed under the bars: "(01)09501101530003(17)140704(10)AB-123". A
//    value ends at the next "(", so a lot containing "(" cannot be written this way.
//
// Errors: "empty", "unsupported_symbology", "unknown_application_identifier",
// "truncated_element", "invalid_element", "invalid_check_digit", "invalid_date",
// "duplicate_application_identifier".
struct Gs1ElementString {
    std::optional<Gtin> gtin;                      // (01)
    std::optional<std::string> batchLot;           // (10)
    std::optional<Gs1Date> expiry;                 // (17)
    std::optional<std::int64_t> netWeightQtyMilli; // (310n)

    static Result<Gs1ElementString> parse(std::string_view text);

    friend bool operator==(const Gs1ElementString&, const Gs1ElementString&) = default;
};

} // namespace tp::domain
