#pragma once

#include <QWidget>

#include "register/SellableItem.h"

class QGridLayout;
class QLabel;
class QListWidget;

namespace tp::pos {
class Till;
}

namespace tp::pos::ui {

// Search as you type under the sale's entry line: the best matches of what is typed (names,
// skus, barcodes), picked with the arrows and Enter or a tap; a product with several variants
// then offers them as a grid of buttons (size × colour) to tap or tab to.
class ItemPicker : public QWidget {
    Q_OBJECT

public:
    ItemPicker(Till& till, QWidget* parent = nullptr);

    // Shows the matches of `typed` (hidden when it is a code being scanned or too short).
    void search(const QString& typed);
    bool isOffering() const;
    // Moves the highlighted match up or down.
    void step(int rows);
    // Picks the highlighted match: true when something was picked (or a grid opened).
    bool pickCurrent();
    void close();

signals:
    void picked(const tp::pos::SellableItem& item);
    void failed(const QString& message);

private:
    void pickProduct(const QString& productId);

    Till& m_till;
    QListWidget* m_results;
    QWidget* m_variants;
    QLabel* m_variantTitle;
    QGridLayout* m_variantGrid;
};

} // namespace tp::pos::ui
