#include "ui/ItemPicker.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "client/MoneyText.h"
#include "register/Till.h"
#include "ui/UiStyle.h"

namespace tp::pos::ui {

namespace {

// A scanner types digits (and the odd letter of a code 128) very fast; a person searching
// types a word. Pure digits are left to the scan; two letters start a search.
bool looksLikeASearch(const QString& typed) {
    const QString trimmed = typed.trimmed();
    if (trimmed.size() < 2)
        return false;
    return std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isLetter(); });
}

} // namespace

ItemPicker::ItemPicker(Till& till, QWidget* parent)
    : QWidget(parent)
    , m_till(till)
    , m_results(new QListWidget(this))
    , m_variants(new QWidget(this))
    , m_variantTitle(new QLabel(m_variants))
    , m_variantGrid(new QGridLayout) {
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setFocusPolicy(Qt::NoFocus); // the entry line keeps the keyboard
    m_results->setStyleSheet(QStringLiteral("QListWidget::item { min-height: %1px; }").arg(kTouchTarget));
    m_results->setMaximumHeight(kTouchTarget * 6);
    connect(m_results, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { pickProduct(item->data(Qt::UserRole).toString()); });
    m_variants->setObjectName(QStringLiteral("variantGrid"));
    auto* variantLayout = new QVBoxLayout(m_variants);
    variantLayout->addWidget(m_variantTitle);
    variantLayout->addLayout(m_variantGrid);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_results);
    layout->addWidget(m_variants);
    m_results->hide();
    m_variants->hide();
}

void ItemPicker::search(const QString& typed) {
    m_variants->hide();
    if (!looksLikeASearch(typed)) {
        m_results->hide();
        return;
    }
    auto hits = m_till.search(typed, 50);
    m_results->clear();
    if (!hits || hits->isEmpty()) {
        m_results->hide();
        return;
    }
    for (const client::CatalogHit& hit : *hits) {
        QString price;
        if (hit.priceAmount) {
            if (auto currency = domain::Currency::fromCode(hit.currency.toStdString()))
                price = client::moneyText(*hit.priceAmount, *currency);
        }
        auto* item = new QListWidgetItem(QStringLiteral("%1   %2   %3").arg(hit.name, hit.sku, price), m_results);
        item->setData(Qt::UserRole, hit.productId);
    }
    m_results->setCurrentRow(0);
    m_results->show();
}

bool ItemPicker::isOffering() const {
    return m_results->isVisible() || m_variants->isVisible();
}

void ItemPicker::step(int rows) {
    if (!m_results->isVisible() || m_results->count() == 0)
        return;
    m_results->setCurrentRow(std::clamp(m_results->currentRow() + rows, 0, m_results->count() - 1));
}

bool ItemPicker::pickCurrent() {
    if (!m_results->isVisible() || !m_results->currentItem())
        return false;
    pickProduct(m_results->currentItem()->data(Qt::UserRole).toString());
    return true;
}

void ItemPicker::close() {
    m_results->hide();
    m_variants->hide();
}

void ItemPicker::pickProduct(const QString& productId) {
    m_results->hide();
    auto variants = m_till.variantsOf(productId);
    if (!variants)
        return emit failed(QString::fromStdString(variants.error().message));
    if (variants->isEmpty())
        return emit failed(tr("That item has nothing this store can sell (no price here, or archived)."));
    if (variants->size() == 1)
        return emit picked(variants->first());
    // Several: a grid of touch-sized buttons, four to a row.
    while (QLayoutItem* old = m_variantGrid->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    m_variantTitle->setText(tr("Which one?"));
    for (int i = 0; i < variants->size(); ++i) {
        const SellableItem variant = variants->at(i);
        QString price;
        if (auto currency = domain::Currency::fromCode(variant.currency.toStdString()))
            price = client::moneyText(variant.unitPrice, *currency);
        auto* button = new QPushButton(variant.name + QLatin1Char('\n') + price, m_variants);
        button->setObjectName(QStringLiteral("variant-") + variant.sku);
        button->setMinimumSize(kTouchTarget * 3, kTouchTarget * 3 / 2);
        connect(button, &QPushButton::clicked, this, [this, variant] {
            m_variants->hide();
            emit picked(variant);
        });
        m_variantGrid->addWidget(button, i / 4, i % 4);
    }
    m_variants->show();
    if (QLayoutItem* first = m_variantGrid->itemAt(0); first && first->widget())
        first->widget()->setFocus();
}

} // namespace tp::pos::ui
