#pragma once

#include <QImage>
#include <QString>

namespace tp::pos::devices {

// Draws a line of text into an image, for text that no code table of the printer can hold
// (Greek on a printer with only Western tables, CJK, symbols): the encoder sends the line as a
// raster image instead of as question marks. An interface so encoder tests can use a fixed
// drawing; the real one needs a QGuiApplication (fonts).
class GlyphRasterizer {
public:
    virtual ~GlyphRasterizer() = default;

    // `text` drawn black on white, `widthDots` wide, at `sizeMultiplier` times the normal
    // character height, aligned per `alignment` (Qt::AlignLeft/HCenter/Right).
    virtual QImage render(const QString& text, int widthDots, int sizeMultiplier, Qt::Alignment alignment) const = 0;
};

// Renders with QPainter and the system's monospace font at the printer's 24-dot line height.
class PainterGlyphRasterizer : public GlyphRasterizer {
public:
    QImage render(const QString& text, int widthDots, int sizeMultiplier, Qt::Alignment alignment) const override;
};

} // namespace tp::pos::devices
