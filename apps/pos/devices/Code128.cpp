#include "Code128.h"

#include <algorithm>

#include <QCoreApplication>

#include "domain/barcode/Gtin.h"

namespace tp::pos::devices {

namespace {

enum class CodeSet { None, A, B, C };

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

int digitRunAt(const QByteArray& text, qsizetype from) {
    int run = 0;
    while (from + run < text.size() && isDigit(text[from + run]))
        ++run;
    return run;
}

// Set A holds control characters, set B lower case; everything else is in both. Looking ahead
// to the first character that decides avoids switching back and forth.
CodeSet textSetFor(const QByteArray& text, qsizetype from) {
    for (qsizetype i = from; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20)
            return CodeSet::A;
        if (c >= 0x60)
            return CodeSet::B;
    }
    return CodeSet::B;
}

QByteArray switchTo(CodeSet set) {
    switch (set) {
    case CodeSet::A:
        return QByteArrayLiteral("{A");
    case CodeSet::B:
        return QByteArrayLiteral("{B");
    case CodeSet::C:
        return QByteArrayLiteral("{C");
    case CodeSet::None:
        break;
    }
    return {};
}

// Messages for people, in the translation context "tp::pos::devices::Code128".
class Text {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::devices::Code128)
};

} // namespace

domain::Result<QByteArray> code128EscPosData(const QByteArray& text) {
    if (text.isEmpty())
        return domain::makeError("barcode_empty",
                                 Text::tr("A CODE128 barcode needs at least one character.").toStdString());
    for (const char c : text) {
        if (static_cast<unsigned char>(c) > 0x7F)
            return domain::makeError("barcode_invalid_character",
                                     Text::tr("CODE128 holds only ASCII characters.").toStdString());
    }

    QByteArray data;
    CodeSet set = CodeSet::None;
    qsizetype i = 0;
    while (i < text.size()) {
        const int run = digitRunAt(text, i);
        const bool atStart = set == CodeSet::None;
        const bool runReachesEnd = i + run == text.size();
        const bool worthSetC = atStart ? (run >= 4 || (runReachesEnd && run >= 2 && run % 2 == 0))
                                       : (run >= 6 || (run >= 4 && runReachesEnd));
        if (set != CodeSet::C && worthSetC) {
            if (run % 2 == 1 && !atStart) {
                data += text[i]; // the odd digit stays in the current set
                ++i;
            }
            data += switchTo(CodeSet::C);
            set = CodeSet::C;
            continue;
        }
        if (set == CodeSet::C) {
            if (run >= 2) {
                data += static_cast<char>((text[i] - '0') * 10 + (text[i + 1] - '0'));
                i += 2;
                continue;
            }
            set = CodeSet::None; // fall through to pick A or B for what follows
        }
        const auto c = static_cast<unsigned char>(text[i]);
        CodeSet needed = set;
        if (set == CodeSet::None)
            needed = textSetFor(text, i);
        else if (c < 0x20)
            needed = CodeSet::A;
        else if (c >= 0x60)
            needed = CodeSet::B;
        if (needed != set) {
            data += switchTo(needed);
            set = needed;
        }
        if (c == '{')
            data += '{';
        data += static_cast<char>(c);
        ++i;
    }
    if (data.size() > 255)
        return domain::makeError("barcode_too_long",
                                 Text::tr("The CODE128 data is too long for one barcode.").toStdString());
    return data;
}

int code128ModuleCount(const QByteArray& escPosData) {
    int symbols = 0;
    for (qsizetype i = 0; i < escPosData.size(); ++i) {
        if (escPosData[i] == '{' && i + 1 < escPosData.size())
            ++i; // "{B", "{C", "{{" … are one symbol each
        ++symbols;
    }
    constexpr int kQuietZones = 2 * 10;
    return 11 * (symbols + 1) + 13 + kQuietZones;
}

int fittingModuleWidth(int modules, int preferred, int dotsPerLine) {
    if (modules <= 0)
        return preferred;
    return std::min(preferred, dotsPerLine / modules);
}

domain::Result<QByteArray> ean13Digits(const QByteArray& digits) {
    const auto invalid = [] {
        return domain::makeError(
            "barcode_invalid_ean13",
            Text::tr("An EAN-13 needs 12 digits, or 13 with a correct check digit.").toStdString());
    };
    if (digits.size() == 12) {
        const auto check = domain::Gtin::checkDigit(digits.toStdString());
        if (!check)
            return invalid();
        return digits + QByteArray::number(check.value());
    }
    if (digits.size() != 13 || !domain::Gtin::parse(digits.toStdString()))
        return invalid();
    return digits;
}

} // namespace tp::pos::devices
