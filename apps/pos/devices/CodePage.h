#pragma once

#include <cstdint>
#include <optional>

#include <QString>

namespace tp::pos::devices {

// The single-byte character tables receipt printers offer through ESC t. Which ESC t number
// selects which table depends on the printer model (see PrinterProfile), so a CodePage names
// the table itself, never the number.
enum class CodePage {
    Cp437,  // US, box drawing; no €
    Cp850,  // Western Europe (DOS); no €
    Cp852,  // Central Europe (DOS)
    Cp858,  // CP850 with € at 0xD5
    Cp866,  // Cyrillic (DOS)
    Cp1252, // Windows Western; € at 0x80
};

QString codePageName(CodePage page);

// The byte `codePoint` is stored as in `page`, or nothing when the table lacks it. ASCII
// printable characters map to themselves; control characters are never text.
std::optional<std::uint8_t> encodeInCodePage(char32_t codePoint, CodePage page);

// The character `byte` stands for in `page`, or nothing for an undefined byte or a control
// character. The virtual printer in the tests decodes with this.
std::optional<char32_t> decodeFromCodePage(std::uint8_t byte, CodePage page);

} // namespace tp::pos::devices
