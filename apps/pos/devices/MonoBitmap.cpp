#include "MonoBitmap.h"

#include <algorithm>
#include <vector>

namespace tp::pos::devices {

bool MonoBitmap::isBlack(int x, int y) const {
    const auto byte = static_cast<unsigned char>(rows[y * bytesPerRow() + x / 8]);
    return (byte & (0x80 >> (x % 8))) != 0;
}

MonoBitmap MonoBitmap::fromImage(const QImage& image, int maxWidth) {
    MonoBitmap bitmap;
    if (image.isNull() || maxWidth <= 0)
        return bitmap;
    QImage source = image.convertToFormat(QImage::Format_ARGB32);
    if (source.width() > maxWidth)
        source = source.scaledToWidth(maxWidth, Qt::SmoothTransformation);

    bitmap.width = source.width();
    bitmap.height = source.height();
    bitmap.rows = QByteArray(bitmap.bytesPerRow() * bitmap.height, '\0');

    // Grey levels 0 (black) … 255 (white), composited over white paper.
    std::vector<int> grey(static_cast<std::size_t>(bitmap.width) * bitmap.height);
    for (int y = 0; y < bitmap.height; ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(source.constScanLine(y));
        for (int x = 0; x < bitmap.width; ++x) {
            const QRgb pixel = line[x];
            const int alpha = qAlpha(pixel);
            const int luminance = (qRed(pixel) * 299 + qGreen(pixel) * 587 + qBlue(pixel) * 114) / 1000;
            grey[static_cast<std::size_t>(y) * bitmap.width + x] = (luminance * alpha + 255 * (255 - alpha)) / 255;
        }
    }

    const auto at = [&](int x, int y) -> int& {
        return grey[static_cast<std::size_t>(y) * bitmap.width + x];
    };
    for (int y = 0; y < bitmap.height; ++y) {
        for (int x = 0; x < bitmap.width; ++x) {
            const int old = std::clamp(at(x, y), 0, 255);
            const bool black = old < 128;
            const int error = old - (black ? 0 : 255);
            if (black)
                bitmap.rows[y * bitmap.bytesPerRow() + x / 8] |= static_cast<char>(0x80 >> (x % 8));
            if (x + 1 < bitmap.width)
                at(x + 1, y) += error * 7 / 16;
            if (y + 1 < bitmap.height) {
                if (x > 0)
                    at(x - 1, y + 1) += error * 3 / 16;
                at(x, y + 1) += error * 5 / 16;
                if (x + 1 < bitmap.width)
                    at(x + 1, y + 1) += error / 16;
            }
        }
    }
    return bitmap;
}

} // namespace tp::pos::devices
