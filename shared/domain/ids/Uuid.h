#pragma once

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "domain/core/Result.h"
#include "domain/core/Timestamp.h"

namespace tp::domain {

// Which layout family a UUID's variant bits (the top bits of byte 8) announce. Everything
// Tillpoint makes is Rfc9562; the others only show up in ids imported from elsewhere.
enum class UuidVariant {
    Ncs,       // 0xxx: the pre-1990 Apollo NCS layout
    Rfc9562,   // 10xx: RFC 9562 (formerly RFC 4122), the one defining versions 1–8
    Microsoft, // 110x: old Microsoft COM GUIDs
    Future,    // 111x: reserved
};

// A 128-bit identifier as 16 big-endian bytes: the client-made id of sales, movements,
// counts and mutations. Its text form is the canonical lowercase 8-4-4-4-12 hex string.
// Ordering compares the bytes, which for UUIDv7 is creation order; that is why ids made by
// UuidV7Generator sort the same as text, as bytes and as time.
class Uuid {
public:
    using Bytes = std::array<std::uint8_t, 16>;

    // The nil UUID (all zero bits).
    constexpr Uuid() = default;
    constexpr explicit Uuid(const Bytes& bytes)
        : m_bytes(bytes) {}

    // Accepts exactly the 36-character 8-4-4-4-12 form in either case. Braces, "urn:uuid:"
    // prefixes, missing hyphens and surrounding spaces are refused: ids travel between our own
    // programs, so a different shape means something upstream is broken, not a user's typing.
    static Result<Uuid> parse(std::string_view text);

    // Lays out a version 7 UUID (RFC 9562 §5.7): 48-bit unix milliseconds, version 7, 12-bit
    // rand_a, variant 10, 62-bit rand_b. Bits beyond each field's width are dropped.
    static Uuid fromV7Fields(std::uint64_t unixMillis, std::uint16_t randA, std::uint64_t randB);

    std::string toString() const;
    const Bytes& bytes() const { return m_bytes; }
    bool isNil() const { return *this == Uuid{}; }

    // The version nibble (1–8 for RFC 9562 ids, 0 for the nil UUID).
    int version() const { return m_bytes[6] >> 4; }
    UuidVariant variant() const;

    // The creation time stored in a version 7 id; nothing for any other kind of id.
    std::optional<Timestamp> v7Timestamp() const;
    // The 12-bit rand_a field of a version 7 id, which UuidV7Generator uses as its counter.
    std::uint16_t v7RandA() const { return static_cast<std::uint16_t>(((m_bytes[6] & 0x0F) << 8) | m_bytes[7]); }

    friend constexpr auto operator<=>(const Uuid&, const Uuid&) = default;

private:
    Bytes m_bytes{};
};

} // namespace tp::domain

// Lets ids key unordered containers (the stock ledger's duplicate check, for one).
template <>
struct std::hash<tp::domain::Uuid> {
    std::size_t operator()(const tp::domain::Uuid& id) const noexcept;
};
