#pragma once

#include <QWidget>

#include "models/ProductDocument.h"

class QLabel;
class QLineEdit;
class QListWidget;

namespace tp::backoffice {
class ImageSync;
class ProductImages;
} // namespace tp::backoffice

namespace tp::backoffice::ui {

// A product's images in the product editor: thumbnails in order (the first is the main image),
// added from picture files (shrunk to fit, kept in this office until they are uploaded), removed,
// made the main image, each with its alt text. Images of the product this office has not got are
// fetched from the server when it can be reached, and said to be missing until then.
class ProductImagesEditor : public QWidget {
    Q_OBJECT

public:
    ProductImagesEditor(ProductImages& store, ImageSync* sync, QWidget* parent = nullptr);

    void setImages(const QList<ProductImageRef>& images);
    QList<ProductImageRef> images() const { return m_images; }
    // Adds the files in order; false (the first problem said) when one could not be added.
    bool addFiles(const QStringList& paths);
    void removeSelected();
    void makeSelectedMain();

signals:
    void problem(const QString& message);

private:
    void showImages();
    void chooseFiles();

    ProductImages& m_store;
    ImageSync* m_sync;
    QList<ProductImageRef> m_images;
    QListWidget* m_list;
    QLineEdit* m_alt;
};

} // namespace tp::backoffice::ui
