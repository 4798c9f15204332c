#include "Transliteration.h"

namespace tp::pos::devices {

namespace {

struct Replacement {
    char32_t codePoint;
    const char* text;
};

// Characters that decomposition does not reduce to ASCII.
constexpr Replacement kReplacements[] = {
    {0x20AC, "EUR"}, {0x00A3, "GBP"}, {0x00A5, "JPY"}, {0x2018, "'"},  {0x2019, "'"},   {0x201A, "'"},   {0x201C, "\""},
    {0x201D, "\""},  {0x201E, "\""},  {0x00AB, "<<"},  {0x00BB, ">>"}, {0x2013, "-"},   {0x2014, "-"},   {0x2212, "-"},
    {0x2026, "..."}, {0x2022, "*"},   {0x00B7, "."},   {0x00D7, "x"},  {0x00DF, "ss"},  {0x00C6, "AE"},  {0x00E6, "ae"},
    {0x0152, "OE"},  {0x0153, "oe"},  {0x00D8, "O"},   {0x00F8, "o"},  {0x0141, "L"},   {0x0142, "l"},   {0x00A0, " "},
    {0x2009, " "},   {0x202F, " "},   {0x00B0, "o"},   {0x2122, "TM"}, {0x00A9, "(C)"}, {0x00AE, "(R)"},
};

} // namespace

QString transliterate(char32_t codePoint) {
    for (const Replacement& replacement : kReplacements) {
        if (replacement.codePoint == codePoint)
            return QString::fromLatin1(replacement.text);
    }
    // Canonical decomposition splits "é" into "e" and a combining accent; keep the base letter
    // when it is ASCII, which covers most Latin letters with diacritics.
    const QString decomposed = QString::fromUcs4(&codePoint, 1).normalized(QString::NormalizationForm_KD);
    QString base;
    for (const QChar c : decomposed) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7F)
            base += c;
        else if (c.category() != QChar::Mark_NonSpacing)
            return {};
    }
    return base;
}

} // namespace tp::pos::devices
