#include "domain/ids/Uuid.h"

namespace tp::domain {

namespace {

constexpr std::size_t kTextLength = 36;
constexpr std::array<std::size_t, 4> kHyphenPositions{8, 13, 18, 23};
constexpr char kHexDigits[] = "0123456789abcdef";

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isHyphenPosition(std::size_t index) {
    for (std::size_t position : kHyphenPositions) {
        if (index == position)
            return true;
    }
    return false;
}

Error invalidUuid(std::string message) {
    return makeError("invalid_uuid", std::move(message));
}

} // namespace

Result<Uuid> Uuid::parse(std::string_view text) {
    if (text.size() != kTextLength) {
        return invalidUuid("A UUID must be 36 characters long (8-4-4-4-12 hex digits with hyphens), but this one has " +
                           std::to_string(text.size()) + ".");
    }
    Bytes bytes{};
    std::size_t nibble = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (isHyphenPosition(i)) {
            if (c != '-') {
                return invalidUuid("A UUID must have a hyphen at character " + std::to_string(i + 1) +
                                   " (8-4-4-4-12 groups).");
            }
            continue;
        }
        const int value = hexValue(c);
        if (value < 0) {
            return invalidUuid("A UUID may only contain hex digits between its hyphens, but character " +
                               std::to_string(i + 1) + " is not one.");
        }
        bytes[nibble / 2] = static_cast<std::uint8_t>(bytes[nibble / 2] | (nibble % 2 == 0 ? value << 4 : value));
        ++nibble;
    }
    return Uuid{bytes};
}

Uuid Uuid::fromV7Fields(std::uint64_t unixMillis, std::uint16_t randA, std::uint64_t randB) {
    Bytes bytes{};
    for (int i = 0; i < 6; ++i)
        bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(unixMillis >> (40 - 8 * i));
    bytes[6] = static_cast<std::uint8_t>(0x70 | ((randA >> 8) & 0x0F));
    bytes[7] = static_cast<std::uint8_t>(randA);
    bytes[8] = static_cast<std::uint8_t>(0x80 | ((randB >> 56) & 0x3F));
    for (int i = 9; i < 16; ++i)
        bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(randB >> (8 * (15 - i)));
    return Uuid{bytes};
}

std::string Uuid::toString() const {
    std::string text;
    text.reserve(kTextLength);
    for (std::size_t i = 0; i < m_bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text.push_back('-');
        text.push_back(kHexDigits[m_bytes[i] >> 4]);
        text.push_back(kHexDigits[m_bytes[i] & 0x0F]);
    }
    return text;
}

UuidVariant Uuid::variant() const {
    const std::uint8_t bits = m_bytes[8];
    if ((bits & 0x80) == 0)
        return UuidVariant::Ncs;
    if ((bits & 0x40) == 0)
        return UuidVariant::Rfc9562;
    if ((bits & 0x20) == 0)
        return UuidVariant::Microsoft;
    return UuidVariant::Future;
}

std::optional<Timestamp> Uuid::v7Timestamp() const {
    if (version() != 7 || variant() != UuidVariant::Rfc9562)
        return std::nullopt;
    long long millis = 0;
    for (std::size_t i = 0; i < 6; ++i)
        millis = (millis << 8) | m_bytes[i];
    return timestampFromUnixMillis(millis);
}

} // namespace tp::domain

std::size_t std::hash<tp::domain::Uuid>::operator()(const tp::domain::Uuid& id) const noexcept {
    // The bytes are already random or time-ordered; folding the two halves is enough spread.
    std::uint64_t high = 0;
    std::uint64_t low = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        high = (high << 8) | id.bytes()[i];
        low = (low << 8) | id.bytes()[i + 8];
    }
    return static_cast<std::size_t>(high ^ (low * 0x9E3779B97F4A7C15ULL));
}
