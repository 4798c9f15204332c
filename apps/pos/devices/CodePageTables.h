#pragma once

#include <array>

namespace tp::pos::devices::codepage_tables {

// Bytes 0x80-0xFF of each single-byte code table, as Unicode code points (0: undefined).
// Bytes below 0x80 are ASCII in every table a receipt printer offers.
extern const std::array<char16_t, 128> kCp437Upper;
extern const std::array<char16_t, 128> kCp850Upper;
extern const std::array<char16_t, 128> kCp852Upper;
extern const std::array<char16_t, 128> kCp858Upper;
extern const std::array<char16_t, 128> kCp866Upper;
extern const std::array<char16_t, 128> kCp1252Upper;

} // namespace tp::pos::devices::codepage_tables
