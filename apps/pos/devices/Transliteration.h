#pragma once

#include <QString>

namespace tp::pos::devices {

// A stand-in made of plainer characters for one a printer's code tables lack: typographic
// quotes and dashes become ASCII, € becomes "EUR", and a letter with accents loses them
// (ő → o). Empty when there is no sensible stand-in (Greek, CJK, emoji): those go to the
// raster fallback instead of printing as "?".
QString transliterate(char32_t codePoint);

} // namespace tp::pos::devices
