#include "auth/Base64.h"

#include <array>
#include <cstdint>

namespace tp::server::auth {

namespace {

constexpr std::string_view kStandard = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr std::string_view kUrlSafe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

constexpr int kInvalid = -1;

constexpr std::array<int, 256> reverseTable(std::string_view alphabet) {
    std::array<int, 256> table{};
    for (int& entry : table)
        entry = kInvalid;
    for (std::size_t i = 0; i < alphabet.size(); ++i)
        table[static_cast<unsigned char>(alphabet[i])] = static_cast<int>(i);
    return table;
}

constexpr auto kStandardReverse = reverseTable(kStandard);
constexpr auto kUrlSafeReverse = reverseTable(kUrlSafe);

std::string encode(std::string_view bytes, std::string_view alphabet, bool pad) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t group = (std::uint32_t{static_cast<unsigned char>(bytes[i])} << 16) |
                                    (std::uint32_t{static_cast<unsigned char>(bytes[i + 1])} << 8) |
                                    std::uint32_t{static_cast<unsigned char>(bytes[i + 2])};
        out += alphabet[(group >> 18) & 0x3F];
        out += alphabet[(group >> 12) & 0x3F];
        out += alphabet[(group >> 6) & 0x3F];
        out += alphabet[group & 0x3F];
    }
    const std::size_t rest = bytes.size() - i;
    if (rest == 1) {
        const std::uint32_t group = std::uint32_t{static_cast<unsigned char>(bytes[i])} << 16;
        out += alphabet[(group >> 18) & 0x3F];
        out += alphabet[(group >> 12) & 0x3F];
        if (pad)
            out += "==";
    } else if (rest == 2) {
        const std::uint32_t group = (std::uint32_t{static_cast<unsigned char>(bytes[i])} << 16) |
                                    (std::uint32_t{static_cast<unsigned char>(bytes[i + 1])} << 8);
        out += alphabet[(group >> 18) & 0x3F];
        out += alphabet[(group >> 12) & 0x3F];
        out += alphabet[(group >> 6) & 0x3F];
        if (pad)
            out += '=';
    }
    return out;
}

// Decodes unpadded text; rejects a length no encoder produces and non-zero unused bits.
std::optional<std::string> decodeUnpadded(std::string_view text, const std::array<int, 256>& reverse) {
    if (text.size() % 4 == 1)
        return std::nullopt;
    std::string out;
    out.reserve(text.size() * 3 / 4);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const char c : text) {
        const int value = reverse[static_cast<unsigned char>(c)];
        if (value == kInvalid)
            return std::nullopt;
        buffer = (buffer << 6) | static_cast<std::uint32_t>(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    // The bits left over after the last full byte must be zero in the canonical spelling.
    if ((buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

} // namespace

std::string encodeBase64(std::string_view bytes) {
    return encode(bytes, kStandard, true);
}

std::optional<std::string> decodeBase64(std::string_view text) {
    if (text.size() % 4 != 0)
        return std::nullopt;
    std::size_t padding = 0;
    while (padding < 2 && padding < text.size() && text[text.size() - 1 - padding] == '=')
        ++padding;
    // A third '=' (or one anywhere else) is caught by the alphabet check below.
    return decodeUnpadded(text.substr(0, text.size() - padding), kStandardReverse);
}

std::string encodeBase64Url(std::string_view bytes) {
    return encode(bytes, kUrlSafe, false);
}

std::optional<std::string> decodeBase64Url(std::string_view text) {
    return decodeUnpadded(text, kUrlSafeReverse);
}

} // namespace tp::server::auth
