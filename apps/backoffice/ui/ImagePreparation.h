#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "domain/core/Result.h"

namespace tp::backoffice::ui {

// A picture file made fit to be a product image: a JPEG, PNG or WebP that is small enough
// (ProductImages::kMaxBytes) and at most kMaxSide pixels on its longer side is taken as it is;
// anything else Qt can read (a phone's 12-megapixel photo, a BMP, a TIFF) is turned upright,
// scaled down to kMaxSide and saved as a JPEG, on white where it was transparent. Errors in
// words: "unreadable_image", "image_too_large".
class ImagePreparation {
    Q_DECLARE_TR_FUNCTIONS(tp::backoffice::ui::ImagePreparation)

public:
    static constexpr int kMaxSide = 2048;

    static domain::Result<QByteArray> fromFile(const QString& path);
};

} // namespace tp::backoffice::ui
