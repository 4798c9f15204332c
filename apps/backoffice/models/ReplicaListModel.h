#pragma once

#include <QAbstractTableModel>

#include "domain/core/Result.h"

namespace tp::backoffice {

// A read-only list read from the replica and sorted there: a click on a column's title asks the
// replica again in that order (so a list of a million products sorts as fast as one of ten) and
// a list that cannot be read keeps what it showed. Subclasses write the query (reload), say
// what each cell shows (data) and each column is called (title, in their own translation
// context), and how many rows they hold.
class ReplicaListModel : public QAbstractTableModel {
public:
    virtual domain::Result<void> reload() = 0;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : heldRows(); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_columns; }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns)
            return {};
        return title(section);
    }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override {
        if (column < 0 || column >= m_columns)
            return;
        m_sortColumn = column;
        m_sortOrder = order;
        (void)reload(); // a replica that cannot be read keeps the list as it was
    }

protected:
    ReplicaListModel(int columns, int sortColumn, Qt::SortOrder sortOrder, QObject* parent)
        : QAbstractTableModel(parent)
        , m_sortColumn(sortColumn)
        , m_sortOrder(sortOrder)
        , m_columns(columns) {}

    virtual int heldRows() const = 0;
    virtual QString title(int column) const = 0;

    int m_sortColumn;
    Qt::SortOrder m_sortOrder;

private:
    int m_columns;
};

} // namespace tp::backoffice
