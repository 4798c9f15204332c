#pragma once

#include <QByteArray>
#include <QString>

#include "PrintDocument.h"
#include "PrinterProfile.h"

namespace tp::pos::devices {

class GlyphRasterizer;

// What the test page proves, so the page and its tests agree on one set of values.
struct TestPageContent {
    static QString title() { return QStringLiteral("Tillpoint"); }
    static QString codeTableSample() {
        return QStringLiteral(
            "\u20AC 12,50  \u00C4\u00D6\u00DC \u00E4\u00F6\u00FC \u00DF \u00E9\u00E8\u00E0 \u00E7 \u00F1 \u00A3");
    }
    static QByteArray barcode() { return QByteArrayLiteral("TP-20240901"); }
    static QByteArray qrPayload() { return QByteArrayLiteral("https://tillpoint.example/test-page"); }
};

// The page a person setting up a till prints to see that the printer works and is set up
// right: the title large and bold, the profile and its columns (a ruler shows whether the
// column count matches the paper), styles, a code-table sample with € and accents, a CODE128
// barcode and a QR code to try with the scanner, then a cut. Deterministic (no date, no
// host name), so its bytes are a golden test. The document also renders as a preview.
PrintDocument testPageDocument(const PrinterProfile& profile);
QByteArray buildTestPage(const PrinterProfile& profile, const GlyphRasterizer* rasterizer = nullptr);

} // namespace tp::pos::devices
