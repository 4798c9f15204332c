#pragma once

#include <QByteArray>
#include <QImage>

namespace tp::pos::devices {

// A 1-bit image as ESC/POS raster commands take it: rows of ceil(width / 8) bytes, most
// significant bit leftmost, a set bit prints a black dot.
struct MonoBitmap {
    int width = 0;
    int height = 0;
    QByteArray rows;

    int bytesPerRow() const { return (width + 7) / 8; }
    bool isBlack(int x, int y) const;

    // `image` scaled down (never up) to at most `maxWidth` dots, turned to grey by luminance
    // over a white background (transparent logo pixels stay paper), then dithered with
    // Floyd–Steinberg error diffusion so photos and anti-aliased logos keep their shading.
    static MonoBitmap fromImage(const QImage& image, int maxWidth);
};

} // namespace tp::pos::devices
