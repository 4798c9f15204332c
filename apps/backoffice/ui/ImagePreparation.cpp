#include "ui/ImagePreparation.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPainter>

#include "models/ProductImages.h"

namespace tp::backoffice::ui {

domain::Result<QByteArray> ImagePreparation::fromFile(const QString& path) {
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return domain::makeError("unreadable_image",
                                 tr("%1 cannot be opened: %2").arg(name, file.errorString()).toStdString());
    const QByteArray original = file.readAll();
    QBuffer buffer;
    buffer.setData(original);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    const bool fits = size.isValid() && std::max(size.width(), size.height()) <= kMaxSide;
    const bool upright = reader.transformation() == QImageIOHandler::TransformationNone;
    if (fits && upright && !ProductImages::contentTypeOf(original).isEmpty() &&
        original.size() <= ProductImages::kMaxBytes)
        return original; // as it is: no quality lost

    QImage image = reader.read();
    if (image.isNull())
        return domain::makeError(
            "unreadable_image",
            tr("%1 is not a picture Tillpoint can read (%2).").arg(name, reader.errorString()).toStdString());
    if (std::max(image.width(), image.height()) > kMaxSide)
        image = image.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = flat;
    }
    for (const int quality : {85, 75, 65, 55}) {
        QByteArray jpeg;
        QBuffer out(&jpeg);
        out.open(QIODevice::WriteOnly);
        if (!image.save(&out, "JPEG", quality))
            break;
        if (jpeg.size() <= ProductImages::kMaxBytes)
            return jpeg;
    }
    return domain::makeError("image_too_large", tr("%1 stays too large for a product image even when shrunk; "
                                                   "choose a smaller picture.")
                                                    .arg(name)
                                                    .toStdString());
}

} // namespace tp::backoffice::ui
