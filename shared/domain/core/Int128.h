#pragma once

namespace tp::domain {

// 128-bit intermediate for amount × quantity × rate products, which can exceed int64 before
// they are divided back down. `__extension__` keeps -Wpedantic quiet about the GCC/Clang type.
__extension__ typedef __int128 Int128;

} // namespace tp::domain
