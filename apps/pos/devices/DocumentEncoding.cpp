#include "DocumentPrinting.h"

#include <QPainter>

namespace tp::pos::devices {

namespace {

// The style the printer is in, so commands are sent only when something changes.
struct PrinterStyle {
    bool bold = false;
    Underline underline = Underline::None;
    int width = 1;
    int height = 1;
    TextAlignment alignment = TextAlignment::Left;
};

void applyRunStyle(EscPosEncoder& encoder, PrinterStyle& style, const TextRun& run) {
    if (run.bold != style.bold)
        encoder.bold(run.bold);
    if (run.underline != style.underline)
        encoder.underline(run.underline);
    if (run.width != style.width || run.height != style.height)
        encoder.size(run.width, run.height);
    style.bold = run.bold;
    style.underline = run.underline;
    style.width = run.width;
    style.height = run.height;
}

void applyAlignment(EscPosEncoder& encoder, PrinterStyle& style, TextAlignment alignment) {
    if (alignment != style.alignment)
        encoder.align(alignment);
    style.alignment = alignment;
}

// Raster images ignore ESC a on many models, so the alignment is drawn into the image.
QImage alignedOnPaper(const QImage& image, TextAlignment alignment, int dotsPerLine) {
    if (image.width() >= dotsPerLine || alignment == TextAlignment::Left)
        return image;
    QImage paper(dotsPerLine, image.height(), QImage::Format_ARGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    const int x = alignment == TextAlignment::Center ? (dotsPerLine - image.width()) / 2 : dotsPerLine - image.width();
    painter.drawImage(x, 0, image);
    return paper;
}

} // namespace

QByteArray encodeForPrinter(const PrintDocument& document, const PrinterProfile& profile,
                            const GlyphRasterizer* rasterizer) {
    EscPosEncoder encoder(profile, rasterizer);
    encoder.initialize();
    PrinterStyle style;
    for (const DocumentBlock& block : document.blocks) {
        switch (block.kind) {
        case DocumentBlock::Kind::Text: {
            applyAlignment(encoder, style, block.alignment);
            const QString whole = block.text();
            if (rasterizer && encoder.lineNeedsRaster(whole)) {
                if (!block.runs.isEmpty())
                    applyRunStyle(encoder, style, block.runs.first());
                encoder.line(whole);
                break;
            }
            for (const TextRun& run : block.runs) {
                applyRunStyle(encoder, style, run);
                encoder.text(run.text);
            }
            encoder.line();
            break;
        }
        case DocumentBlock::Kind::Code128:
        case DocumentBlock::Kind::Ean13: {
            applyAlignment(encoder, style, block.alignment);
            BarcodeOptions options;
            options.heightDots = block.barcodeHeight;
            const auto printed = block.kind == DocumentBlock::Kind::Code128 ? encoder.code128(block.data, options)
                                                                            : encoder.ean13(block.data, options);
            if (!printed) // still print what a person could type in at the till
                encoder.line(QString::fromLatin1(block.data));
            break;
        }
        case DocumentBlock::Kind::QrCode:
            applyAlignment(encoder, style, block.alignment);
            if (!encoder.qrCode(block.data, block.qr))
                encoder.line(QString::fromUtf8(block.data));
            break;
        case DocumentBlock::Kind::Image:
            applyAlignment(encoder, style, TextAlignment::Left);
            encoder.image(alignedOnPaper(block.image, block.alignment, profile.dotsPerLine));
            break;
        case DocumentBlock::Kind::Feed:
            encoder.feedLines(block.lines);
            break;
        case DocumentBlock::Kind::Cut:
            encoder.cut(block.cut, 3);
            break;
        }
    }
    return encoder.bytes();
}

} // namespace tp::pos::devices
