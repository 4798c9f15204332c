#include "GlyphRasterizer.h"

#include <QFont>
#include <QFontDatabase>
#include <QPainter>

namespace tp::pos::devices {

QImage PainterGlyphRasterizer::render(const QString& text, int widthDots, int sizeMultiplier,
                                      Qt::Alignment alignment) const {
    constexpr int kLineDots = 24; // font A cell height on 180/203 dpi printers
    const int height = kLineDots * std::max(1, sizeMultiplier);
    QImage image(std::max(8, widthDots), height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPixelSize(height - 4);
    font.setStyleStrategy(QFont::NoAntialias); // crisp dots: a thermal head has no grey
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(image.rect(), static_cast<int>(alignment | Qt::AlignVCenter), text);
    return image;
}

} // namespace tp::pos::devices
