#pragma once

#include <QAbstractItemView>
#include <QHeaderView>
#include <QLineEdit>
#include <QStringList>
#include <QTableWidget>

namespace tp::backoffice::ui {

// A list the office picks one row of: its column titles, `stretch` taking the spare width, whole
// rows selected one at a time, read-only cells, sorted by a click on any column's title.
inline void setUpListTable(QTableWidget* table, const QStringList& titles, int stretch) {
    table->setHorizontalHeaderLabels(titles);
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSortingEnabled(true);
}

// Hides the rows none of whose cells hold `text` (case ignored); an empty text shows them all.
// Called again after the table is filled anew (hidden rows are kept by their number).
inline void filterTableRows(QTableWidget* table, const QString& text) {
    const QString wanted = text.trimmed();
    for (int row = 0; row < table->rowCount(); ++row) {
        bool shown = wanted.isEmpty();
        for (int column = 0; column < table->columnCount() && !shown; ++column)
            shown = table->item(row, column) && table->item(row, column)->text().contains(wanted, Qt::CaseInsensitive);
        table->setRowHidden(row, !shown);
    }
}

// A filter box for `table`: its rows hide as the text is typed.
inline QLineEdit* makeFilterBox(QTableWidget* table, const QString& placeholder, const QString& objectName,
                                QWidget* parent) {
    auto* box = new QLineEdit(parent);
    box->setObjectName(objectName);
    box->setPlaceholderText(placeholder);
    box->setClearButtonEnabled(true);
    QObject::connect(box, &QLineEdit::textChanged, table,
                     [table](const QString& text) { filterTableRows(table, text); });
    return box;
}

} // namespace tp::backoffice::ui
