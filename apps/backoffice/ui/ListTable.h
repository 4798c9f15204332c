#pragma once

#include <QAbstractItemView>
#include <QHeaderView>
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

} // namespace tp::backoffice::ui
