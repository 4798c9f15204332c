#pragma once

#include <vector>

#include <QByteArray>

#include "EscPosEncoder.h"
#include "domain/core/Result.h"

namespace tp::pos::devices {

// The dark and light modules of a barcode symbol, for drawing it where no printer draws it
// for us: the receipt preview. Made with libzint, the symbol library Debian ships.
struct ModuleMatrix {
    int width = 0;
    int height = 0; // 1 for linear symbols
    std::vector<bool> dark;

    bool isDark(int x, int y) const { return dark[static_cast<std::size_t>(y) * width + x]; }
};

// Errors: "barcode_encoding_failed" with zint's explanation.
domain::Result<ModuleMatrix> code128Modules(const QByteArray& data);
domain::Result<ModuleMatrix> ean13Modules(const QByteArray& digits);
domain::Result<ModuleMatrix> qrModules(const QByteArray& data, QrErrorLevel level);

} // namespace tp::pos::devices
