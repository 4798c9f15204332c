#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include "domain/money/Currency.h"
#include "register/ShiftBook.h"

namespace tp::pos {

// The X and Z reports as label / value rows, in the register's locale: what the shift screen
// shows and the printer prints, from one place.
class ShiftReportRows {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::ShiftReportRows)

public:
    using Rows = QList<QPair<QString, QString>>;
    static Rows of(const ShiftTotals& totals, const domain::Currency& currency);
    // The shift's rows, then what was counted and the verdict (right, over or short).
    static Rows of(const ZReport& report, const domain::Currency& currency);
};

} // namespace tp::pos
