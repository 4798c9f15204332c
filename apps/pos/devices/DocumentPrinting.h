#pragma once

#include <QByteArray>
#include <QImage>

#include "PrintDocument.h"
#include "PrinterProfile.h"

namespace tp::pos::devices {

class GlyphRasterizer;

// `document` as one ESC/POS job for `profile`: initialize, the blocks (style commands only where
// the style changes), and nothing after the last block, so a document that ends with a cut
// ends the job there.
QByteArray encodeForPrinter(const PrintDocument& document, const PrinterProfile& profile,
                            const GlyphRasterizer* rasterizer = nullptr);

// `document` as the printer would print it on `profile`'s paper: the same columns, styles,
// barcodes and QR codes module for module, images dithered as the printer gets them. Dark
// dots on white, one pixel per printer dot (203 dpi), with a margin around the paper. Needs a
// QGuiApplication for fonts.
QImage renderPreview(const PrintDocument& document, const PrinterProfile& profile);

} // namespace tp::pos::devices
