#pragma once

#include <QString>

#include "PrintDocument.h"

namespace tp::pos::devices {

// The document as plain text, `columns` wide like the paper: each text line aligned as printed
// (a double-width line counts its characters twice), a barcode as the text it encodes, a feed as
// empty lines; images and cuts leave nothing. A receipt sent by e-mail reads like the printed one.
QString plainText(const PrintDocument& document);

} // namespace tp::pos::devices
