#pragma once

#include <QTableWidgetItem>

namespace tp::backoffice::ui {

// A read-only table cell that sorts by a raw value (a number, a time) rather than by the text
// it shows ("12,90 €", "22.11.26 14:05"), so header clicks sort money and dates correctly.
class SortableItem : public QTableWidgetItem {
public:
    SortableItem(const QString& text, const QVariant& sortKey, bool alignRight = false)
        : QTableWidgetItem(text) {
        setData(Qt::UserRole, sortKey);
        setFlags(flags() & ~Qt::ItemIsEditable);
        if (alignRight)
            setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }

    bool operator<(const QTableWidgetItem& other) const override {
        return QVariant::compare(data(Qt::UserRole), other.data(Qt::UserRole)) == QPartialOrdering::Less;
    }
};

} // namespace tp::backoffice::ui
