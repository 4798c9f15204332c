#include "ui/ProductImagesEditor.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "models/ImageSync.h"
#include "models/ProductImages.h"
#include "ui/ImagePreparation.h"

namespace tp::backoffice::ui {

namespace {

constexpr int kThumbnail = 96;

} // namespace

ProductImagesEditor::ProductImagesEditor(ProductImages& store, ImageSync* sync, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_sync(sync)
    , m_list(new QListWidget(this))
    , m_alt(new QLineEdit(this)) {
    m_list->setObjectName(QStringLiteral("productImages"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(kThumbnail, kThumbnail));
    m_list->setMovement(QListView::Static);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setFixedHeight(kThumbnail + 2 * m_list->fontMetrics().lineSpacing() + 16);
    m_alt->setObjectName(QStringLiteral("imageAlt"));
    m_alt->setPlaceholderText(tr("What the selected image shows (for people who cannot see it)"));
    m_alt->setEnabled(false);
    auto* add = new QPushButton(tr("Add &images…"), this);
    add->setObjectName(QStringLiteral("addImages"));
    auto* remove = new QPushButton(tr("Remove image"), this);
    remove->setObjectName(QStringLiteral("removeImage"));
    auto* main = new QPushButton(tr("Make main image"), this);
    main->setObjectName(QStringLiteral("mainImage"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(main);
    buttons->addWidget(m_alt, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &ProductImagesEditor::chooseFiles);
    connect(remove, &QPushButton::clicked, this, &ProductImagesEditor::removeSelected);
    connect(main, &QPushButton::clicked, this, &ProductImagesEditor::makeSelectedMain);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        QSignalBlocker quiet(m_alt);
        m_alt->setEnabled(row >= 0);
        m_alt->setText(row >= 0 && row < m_images.size() ? m_images.at(row).alt : QString());
    });
    connect(m_alt, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_images.size())
            m_images[row].alt = text.trimmed();
    });
}

void ProductImagesEditor::setImages(const QList<ProductImageRef>& images) {
    m_images = images;
    showImages();
    if (!m_sync)
        return;
    QStringList wanted;
    for (const ProductImageRef& image : images)
        wanted << image.sha256;
    QPointer<ProductImagesEditor> self(this);
    m_sync->fetch(wanted, [self](domain::Result<int> fetched) {
        if (!self)
            return;
        if (fetched && fetched.value() > 0)
            self->showImages();
    });
}

void ProductImagesEditor::showImages() {
    const int selected = m_list->currentRow();
    m_list->clear();
    for (int i = 0; i < m_images.size(); ++i) {
        const ProductImageRef& image = m_images.at(i);
        auto* item = new QListWidgetItem(m_list);
        QPixmap thumbnail;
        auto bytes = m_store.bytes(image.sha256);
        if (bytes && bytes.value() && thumbnail.loadFromData(**bytes))
            item->setIcon(
                QIcon(thumbnail.scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        else
            item->setText(tr("Not here yet"));
        if (i == 0)
            item->setText(item->text().isEmpty() ? tr("Main") : tr("Main · %1").arg(item->text()));
        item->setToolTip(image.alt.isEmpty() ? image.sha256.left(12) : image.alt);
        item->setData(Qt::UserRole, image.sha256);
    }
    if (selected >= 0 && selected < m_list->count())
        m_list->setCurrentRow(selected);
}

bool ProductImagesEditor::addFiles(const QStringList& paths) {
    for (const QString& path : paths) {
        auto prepared = ImagePreparation::fromFile(path);
        if (!prepared) {
            emit problem(QString::fromStdString(prepared.error().message));
            return false;
        }
        auto added = m_store.add(prepared.value());
        if (!added) {
            emit problem(QString::fromStdString(added.error().message));
            return false;
        }
        const QString sha256 = added.value();
        if (std::none_of(m_images.begin(), m_images.end(),
                         [&](const ProductImageRef& image) { return image.sha256 == sha256; }))
            m_images << ProductImageRef{sha256, QString()};
    }
    showImages();
    m_list->setCurrentRow(int(m_images.size()) - 1);
    return true;
}

void ProductImagesEditor::chooseFiles() {
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add images"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Pictures (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff);;All files (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void ProductImagesEditor::removeSelected() {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_images.size()) {
        emit problem(tr("Select the image first."));
        return;
    }
    m_images.removeAt(row);
    showImages();
}

void ProductImagesEditor::makeSelectedMain() {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_images.size()) {
        emit problem(tr("Select the image first."));
        return;
    }
    m_images.move(row, 0);
    showImages();
    m_list->setCurrentRow(0);
}

} // namespace tp::backoffice::ui
