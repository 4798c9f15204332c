#include "BarcodeModules.h"

#include <memory>

#include <zint.h>

namespace tp::pos::devices {

namespace {

struct SymbolDeleter {
    void operator()(zint_symbol* symbol) const { ZBarcode_Delete(symbol); }
};

domain::Result<ModuleMatrix> encode(int symbology, int option1, const QByteArray& data) {
    const std::unique_ptr<zint_symbol, SymbolDeleter> symbol(ZBarcode_Create());
    symbol->symbology = symbology;
    symbol->option_1 = option1;
    symbol->input_mode = DATA_MODE;
    const int status = ZBarcode_Encode(symbol.get(), reinterpret_cast<const unsigned char*>(data.constData()),
                                       static_cast<int>(data.size()));
    if (status >= ZINT_ERROR)
        return domain::makeError("barcode_encoding_failed", std::string("cannot draw the barcode: ") + symbol->errtxt);
    ModuleMatrix matrix;
    matrix.width = symbol->width;
    matrix.height = symbol->rows;
    matrix.dark.resize(static_cast<std::size_t>(matrix.width) * matrix.height);
    // zint keeps each row as a bit set, least significant bit first.
    for (int y = 0; y < matrix.height; ++y)
        for (int x = 0; x < matrix.width; ++x)
            matrix.dark[static_cast<std::size_t>(y) * matrix.width + x] =
                ((symbol->encoded_data[y][x >> 3] >> (x & 7)) & 1) != 0;
    return matrix;
}

} // namespace

domain::Result<ModuleMatrix> code128Modules(const QByteArray& data) {
    return encode(BARCODE_CODE128, -1, data);
}

domain::Result<ModuleMatrix> ean13Modules(const QByteArray& digits) {
    return encode(BARCODE_EANX, -1, digits);
}

domain::Result<ModuleMatrix> qrModules(const QByteArray& data, QrErrorLevel level) {
    return encode(BARCODE_QRCODE, static_cast<int>(level) + 1, data);
}

} // namespace tp::pos::devices
