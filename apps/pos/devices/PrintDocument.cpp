#include "PrintDocument.h"

namespace tp::pos::devices {

QString DocumentBlock::text() const {
    QString joined;
    for (const TextRun& run : runs)
        joined += run.text;
    return joined;
}

PrintDocument& PrintDocument::line(const QString& text, TextAlignment alignment, bool bold, int width, int height) {
    return line(QList<TextRun>{TextRun{text, bold, Underline::None, width, height}}, alignment);
}

PrintDocument& PrintDocument::line(QList<TextRun> runs, TextAlignment alignment) {
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Text;
    block.alignment = alignment;
    block.runs = std::move(runs);
    blocks.append(block);
    return *this;
}

PrintDocument& PrintDocument::code128(const QByteArray& data, TextAlignment alignment) {
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Code128;
    block.alignment = alignment;
    block.data = data;
    blocks.append(block);
    return *this;
}

PrintDocument& PrintDocument::ean13(const QByteArray& digits, TextAlignment alignment) {
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Ean13;
    block.alignment = alignment;
    block.data = digits;
    blocks.append(block);
    return *this;
}

PrintDocument& PrintDocument::qrCode(const QByteArray& data, QrOptions options, TextAlignment alignment) {
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::QrCode;
    block.alignment = alignment;
    block.data = data;
    block.qr = options;
    blocks.append(block);
    return *this;
}

PrintDocument& PrintDocument::image(const QImage& image, TextAlignment alignment) {
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Image;
    block.alignment = alignment;
    block.image = image;
    blocks.append(block);
    return *this;
}

PrintDocument& PrintDocument::feed(int lines) {
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Feed;
    block.lines = lines;
    blocks.append(block);
    return *this;
}

PrintDocument& PrintDocument::cut(CutKind kind) {
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Cut;
    block.cut = kind;
    blocks.append(block);
    return *this;
}

} // namespace tp::pos::devices
