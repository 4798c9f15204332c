#pragma once

#include <QDialog>

class QLabel;
class QTreeView;

namespace tp::backoffice {
class CategoryTreeModel;
}

namespace tp::backoffice::ui {

// The category tree: drag a category onto another to move it there (onto the empty space for
// the top level), add one under the selected category (or at the top), rename the selected
// one. Refused moves are said in words.
class CategoriesDialog : public QDialog {
    Q_OBJECT

public:
    explicit CategoriesDialog(CategoryTreeModel& tree, QWidget* parent = nullptr);

    bool addCategory(const QString& name);
    bool renameSelected(const QString& name);

private:
    void say(const QString& message, bool problem);

    CategoryTreeModel& m_tree;
    QTreeView* m_view;
    QLabel* m_message;
};

} // namespace tp::backoffice::ui
