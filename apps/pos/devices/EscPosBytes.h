#pragma once

namespace tp::pos::devices::escpos {

// The control bytes ESC/POS commands start with.
inline constexpr char kLf = 0x0A;
inline constexpr char kDle = 0x10;
inline constexpr char kEot = 0x04;
inline constexpr char kEsc = 0x1B;
inline constexpr char kFs = 0x1C;
inline constexpr char kGs = 0x1D;

// DLE EOT n: the real-time status requests, answered with one byte even while the printer is
// offline (cover open, paper out).
inline constexpr char kStatusPrinter = 1;
inline constexpr char kStatusOfflineCause = 2;
inline constexpr char kStatusErrorCause = 3;
inline constexpr char kStatusPaperSensor = 4;

} // namespace tp::pos::devices::escpos
