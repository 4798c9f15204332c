#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

#include "domain/core/Result.h"
#include "domain/money/Currency.h"
#include "register/ShiftTotals.h"
#include "register/Staff.h"

namespace tp::domain {
class UuidV7Generator;
}
namespace tp::client {
class Outbox;
}

namespace tp::pos {

class RegisterAudit;

struct OpenShift {
    QString id;
    QDateTime openedAt;
    QString openedBy; // name
    qint64 openingFloat = 0;
};

// The Z report: the shift's totals, what was counted in the drawer and the difference.
struct ZReport {
    QString shiftId;
    ShiftTotals totals;
    qint64 countedCash = 0;
    QDateTime openedAt;
    QDateTime closedAt;
    QString openedBy;
    QString closedBy;

    qint64 overShort() const { return countedCash - totals.expectedCash(); } // > 0 over, < 0 short
    QJsonObject toJson() const;
};

// The register's shifts, in the replica: open one with a float, put cash in or take it out
// with a reason, read the X report, close with the Z report. One shift is open at a time.
//
// The close is a blind count: whoever counts the drawer enters what they counted and only
// then learns what was expected and the over/short. So the X report, which shows the
// expected cash, is for managers and the owner. The closed shift and its Z report go to the
// outbox as "shift.close" in the same transaction.
class ShiftBook {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::ShiftBook)

public:
    ShiftBook(client::Outbox& outbox, domain::UuidV7Generator& ids, RegisterAudit& audit, QString storeId,
              QString registerId, domain::Currency currency);

    domain::Result<std::optional<OpenShift>> current();
    // Errors: "shift_already_open", "invalid_amount".
    domain::Result<OpenShift> open(const StaffSession& by, qint64 openingFloat, const QDateTime& at);
    // Errors: "no_open_shift", "invalid_amount", "reason_required", and for cash out
    // "not_enough_cash" (more than the drawer should hold).
    domain::Result<void> cashIn(const StaffSession& by, qint64 amount, const QString& reason, const QDateTime& at);
    domain::Result<void> cashOut(const StaffSession& by, qint64 amount, const QString& reason, const QDateTime& at);
    // The open shift's totals so far; "x_report_needs_manager" for a cashier (blind count).
    domain::Result<ShiftTotals> xReport(const StaffSession& by);
    // Closes the open shift with the counted cash.
    domain::Result<ZReport> close(const StaffSession& by, qint64 countedCash, const QDateTime& at);

private:
    domain::Result<OpenShift> requireOpen();
    domain::Result<ShiftTotals> totalsOf(const OpenShift& shift);
    domain::Result<void> moveCash(const StaffSession& by, const char* kind, qint64 amount, const QString& reason,
                                  const QDateTime& at);

    client::Outbox& m_outbox;
    domain::UuidV7Generator& m_ids;
    RegisterAudit& m_audit;
    QString m_storeId;
    QString m_registerId;
    domain::Currency m_currency;
};

} // namespace tp::pos
