#include "DocumentPlainText.h"

namespace tp::pos::devices {

namespace {

QString aligned(const QString& text, TextAlignment alignment, int width, int columns) {
    const int printed = int(text.size()) * std::max(1, width);
    const int room = std::max(0, columns - printed) / std::max(1, width);
    switch (alignment) {
    case TextAlignment::Center:
        return QString(room / 2, QLatin1Char(' ')) + text;
    case TextAlignment::Right:
        return QString(room, QLatin1Char(' ')) + text;
    case TextAlignment::Left:
        break;
    }
    return text;
}

} // namespace

QString plainText(const PrintDocument& document) {
    QStringList lines;
    for (const DocumentBlock& block : document.blocks) {
        switch (block.kind) {
        case DocumentBlock::Kind::Text: {
            const int width = block.runs.isEmpty() ? 1 : block.runs.first().width;
            lines << aligned(block.text(), block.alignment, width, document.columns);
            break;
        }
        case DocumentBlock::Kind::Code128:
        case DocumentBlock::Kind::Ean13:
        case DocumentBlock::Kind::QrCode:
            lines << aligned(QString::fromUtf8(block.data), block.alignment, 1, document.columns);
            break;
        case DocumentBlock::Kind::Feed:
            for (int i = 0; i < block.lines; ++i)
                lines << QString();
            break;
        case DocumentBlock::Kind::Image:
        case DocumentBlock::Kind::Cut:
            break;
        }
    }
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace tp::pos::devices
