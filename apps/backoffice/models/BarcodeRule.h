#pragma once

#include <QCoreApplication>
#include <QString>

#include "domain/core/Result.h"

namespace tp::backoffice {

// The server's rule for barcodes, checked before anything is queued: 1 to 64 printable ASCII
// characters without spaces; 8, 12, 13 or 14 digits are a GTIN and must carry a valid check
// digit. Answers the key two barcodes clash on — the GTIN-14 form of a GTIN (UPC-A
// 036000291452 is EAN-13 0036000291452), the text of anything else — or "invalid_barcode" in
// words.
class BarcodeRule {
    Q_DECLARE_TR_FUNCTIONS(tp::backoffice::BarcodeRule)

public:
    static domain::Result<QString> key(const QString& barcode);
};

} // namespace tp::backoffice
