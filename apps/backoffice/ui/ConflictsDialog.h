#pragma once

#include <QDialog>

#include "models/ProductEdits.h"

class QLabel;
class QTableWidget;

namespace tp::backoffice::ui {

// What the server refused, for a person to settle. A product someone else changed first is
// shown field by field — this office's value beside the server's — and settled with "Keep
// theirs", "Keep mine" or "Merge" (this office's value for the ticked fields, the server's for
// the rest); never a silent overwrite. Any other refusal is shown with the server's reason and
// dismissed once read.
class ConflictsDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { Field, Mine, Theirs, KeepMine, Columns };

    explicit ConflictsDialog(ProductEdits& edits, QWidget* parent = nullptr);

    void refresh();
    int conflictCount() const { return int(m_conflicts.size()); }
    // The chosen conflict settled: none of mine, all of mine, or the ticked fields.
    bool keepTheirs();
    bool keepMine();
    bool merge();
    bool dismissSelected();

signals:
    void settled();

private:
    void showConflict(int row);
    bool resolve(const QStringList& keepMine);
    void say(const QString& message, bool problem);

    ProductEdits& m_edits;
    QList<EditConflict> m_conflicts;
    QList<client::RejectedMutation> m_others;
    QTableWidget* m_conflictList;
    QTableWidget* m_fields;
    QTableWidget* m_refusals;
    QLabel* m_message;
};

} // namespace tp::backoffice::ui
