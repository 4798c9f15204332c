#include "ui/CategoriesDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "models/CategoryTreeModel.h"
#include "ui/MessageLine.h"

namespace tp::backoffice::ui {

CategoriesDialog::CategoriesDialog(CategoryTreeModel& tree, QWidget* parent)
    : QDialog(parent)
    , m_tree(tree)
    , m_view(new QTreeView(this))
    , m_message(new QLabel(this)) {
    setWindowTitle(tr("Categories"));
    resize(480, 560);
    m_view->setObjectName(QStringLiteral("categoryTree"));
    m_view->setModel(&m_tree);
    m_view->setHeaderHidden(true);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->expandAll();
    m_message->setObjectName(QStringLiteral("categoryMessage"));
    m_message->setWordWrap(true);
    m_message->setText(tr("Drag a category onto another to move it there."));
    auto* add = new QPushButton(tr("&New category…"), this);
    add->setObjectName(QStringLiteral("newCategory"));
    auto* rename = new QPushButton(tr("&Rename…"), this);
    rename->setObjectName(QStringLiteral("renameCategory"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(rename);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_tree, &CategoryTreeModel::refused, this, [this](const QString& why) { say(why, true); });
    connect(&m_tree, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New category"), tr("Name of the new category:"),
                                                   QLineEdit::Normal, {}, &ok);
        if (ok)
            addCategory(name);
    });
    connect(rename, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid()) {
            say(tr("Select the category to rename."), true);
            return;
        }
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename category"), tr("New name:"), QLineEdit::Normal,
                                                   current.data().toString(), &ok);
        if (ok)
            renameSelected(name);
    });
    (void)m_tree.reload();
}

bool CategoriesDialog::addCategory(const QString& name) {
    auto made = m_tree.create(name, m_tree.categoryId(m_view->currentIndex()));
    if (!made) {
        say(QString::fromStdString(made.error().message), true);
        return false;
    }
    m_view->setCurrentIndex(m_tree.indexOf(*made));
    say(tr("\"%1\" added.").arg(name.trimmed()), false);
    return true;
}

bool CategoriesDialog::renameSelected(const QString& name) {
    const QString id = m_tree.categoryId(m_view->currentIndex());
    if (auto renamed = m_tree.rename(id, name); !renamed) {
        say(QString::fromStdString(renamed.error().message), true);
        return false;
    }
    m_view->setCurrentIndex(m_tree.indexOf(id));
    say(tr("Renamed."), false);
    return true;
}

void CategoriesDialog::say(const QString& message, bool problem) {
    showMessage(m_message, message, problem);
}

} // namespace tp::backoffice::ui
