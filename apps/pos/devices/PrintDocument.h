#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

#include "EscPosEncoder.h"

namespace tp::pos::devices {

// A piece of a line in one style.
struct TextRun {
    QString text;
    bool bold = false;
    Underline underline = Underline::None;
    int width = 1; // character width and height multipliers, 1–8
    int height = 1;
};

// One block of a printout, top to bottom.
struct DocumentBlock {
    enum class Kind { Text, Code128, Ean13, QrCode, Image, Feed, Cut };

    Kind kind = Kind::Text;
    TextAlignment alignment = TextAlignment::Left;
    QList<TextRun> runs;    // Text: one printed line
    QByteArray data;        // Code128 / Ean13 / QrCode payload
    QrOptions qr;           // QrCode
    int barcodeHeight = 80; // Code128 / Ean13, in dots
    QImage image;           // Image
    int lines = 0;          // Feed
    CutKind cut = CutKind::Partial;

    QString text() const;
};

// What a receipt, report or test page looks like, independent of how it is produced: the
// ESC/POS encoding (encodeForPrinter) and the on-screen preview (renderPreview) both draw from
// the same document, so the preview a backoffice user approves is what the printer prints.
struct PrintDocument {
    int columns = 48;
    QList<DocumentBlock> blocks;

    PrintDocument& line(const QString& text, TextAlignment alignment = TextAlignment::Left, bool bold = false,
                        int width = 1, int height = 1);
    PrintDocument& line(QList<TextRun> runs, TextAlignment alignment = TextAlignment::Left);
    PrintDocument& code128(const QByteArray& data, TextAlignment alignment = TextAlignment::Center);
    PrintDocument& ean13(const QByteArray& digits, TextAlignment alignment = TextAlignment::Center);
    PrintDocument& qrCode(const QByteArray& data, QrOptions options = {},
                          TextAlignment alignment = TextAlignment::Center);
    PrintDocument& image(const QImage& image, TextAlignment alignment = TextAlignment::Center);
    PrintDocument& feed(int lines);
    PrintDocument& cut(CutKind kind = CutKind::Partial);
};

} // namespace tp::pos::devices
