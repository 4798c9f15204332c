#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <QString>
#include <QStringList>

#include "CodePage.h"

namespace tp::pos::devices {

// One code table a printer model offers and the ESC t number that selects it on that model.
struct CodeTableSlot {
    CodePage page = CodePage::Cp437;
    std::uint8_t escTNumber = 0;
};

// What the encoder must know about a printer model. Models differ where it hurts: clones
// number their code tables differently from Epson (and some lack CP858, the one with €), some
// start in Kanji mode and print every byte above 0x7F as half a Chinese character unless told
// `FS .`, and paper width decides the columns and the dots a raster line has.
struct PrinterProfile {
    QString id;                            // stable name for settings and --profile, e.g. "epson-80mm"
    QString description;                   // for people choosing a profile
    int columns = 48;                      // characters per line in font A at normal size
    int dotsPerLine = 576;                 // printable width of a raster line
    bool cancelKanjiAfterInit = true;      // send FS . after ESC @
    std::vector<CodeTableSlot> codeTables; // in order of preference; the first is selected at init
    int rasterBandRows = 128;              // GS v 0 rows per command, small enough for cheap buffers
    int barcodeModuleWidth = 2;            // GS w: dots per narrow bar

    // The slot for `page`, or nothing when the model lacks the table.
    std::optional<CodeTableSlot> slotFor(CodePage page) const;

    // The built-in profiles, and one by id (nothing for an unknown id).
    static const std::vector<PrinterProfile>& builtIn();
    static std::optional<PrinterProfile> named(const QString& id);
    static QStringList names();
    static PrinterProfile defaultProfile(); // "epson-80mm"
};

} // namespace tp::pos::devices
