#include "CodePage.h"

#include "CodePageTables.h"

#include <array>

namespace tp::pos::devices {

namespace {

const std::array<char16_t, 128>& upperHalf(CodePage page) {
    using namespace codepage_tables;
    switch (page) {
    case CodePage::Cp437:
        return kCp437Upper;
    case CodePage::Cp850:
        return kCp850Upper;
    case CodePage::Cp852:
        return kCp852Upper;
    case CodePage::Cp858:
        return kCp858Upper;
    case CodePage::Cp866:
        return kCp866Upper;
    case CodePage::Cp1252:
        return kCp1252Upper;
    }
    return kCp437Upper;
}

bool isPrintableAscii(char32_t codePoint) {
    return codePoint >= 0x20 && codePoint < 0x7F;
}

} // namespace

QString codePageName(CodePage page) {
    switch (page) {
    case CodePage::Cp437:
        return QStringLiteral("CP437");
    case CodePage::Cp850:
        return QStringLiteral("CP850");
    case CodePage::Cp852:
        return QStringLiteral("CP852");
    case CodePage::Cp858:
        return QStringLiteral("CP858");
    case CodePage::Cp866:
        return QStringLiteral("CP866");
    case CodePage::Cp1252:
        return QStringLiteral("CP1252");
    }
    return QStringLiteral("?");
}

std::optional<std::uint8_t> encodeInCodePage(char32_t codePoint, CodePage page) {
    if (isPrintableAscii(codePoint))
        return static_cast<std::uint8_t>(codePoint);
    if (codePoint < 0x80 || codePoint > 0xFFFF)
        return std::nullopt;
    const auto& upper = upperHalf(page);
    for (std::size_t i = 0; i < upper.size(); ++i) {
        if (upper[i] == codePoint)
            return static_cast<std::uint8_t>(0x80 + i);
    }
    return std::nullopt;
}

std::optional<char32_t> decodeFromCodePage(std::uint8_t byte, CodePage page) {
    if (byte < 0x80)
        return isPrintableAscii(byte) ? std::optional<char32_t>(byte) : std::nullopt;
    const char16_t codePoint = upperHalf(page)[byte - 0x80];
    if (codePoint == 0)
        return std::nullopt;
    return codePoint;
}

} // namespace tp::pos::devices
