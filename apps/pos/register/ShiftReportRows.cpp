#include "register/ShiftReportRows.h"

#include <QLocale>

#include "register/MoneyText.h"

namespace tp::pos {

ShiftReportRows::Rows ShiftReportRows::of(const ShiftTotals& totals, const domain::Currency& c) {
    return Rows{{tr("Sales"), QLocale().toString(totals.sales)},
                {tr("Total"), moneyText(totals.total, c)},
                {tr("Discounts"), moneyText(totals.discounts, c)},
                {tr("Tax"), moneyText(totals.tax, c)},
                {tr("Cash"), moneyText(totals.cash, c)},
                {tr("Card"), moneyText(totals.card, c)},
                {tr("Other tenders"), moneyText(totals.other, c)},
                {tr("Returns"), QLocale().toString(totals.refunds)},
                {tr("Cash paid back"), moneyText(totals.refundCash, c)},
                {tr("Card refunds"), moneyText(totals.refundCard, c)},
                {tr("Float"), moneyText(totals.openingFloat, c)},
                {tr("Cash in"), moneyText(totals.cashIn, c)},
                {tr("Cash out"), moneyText(totals.cashOut, c)},
                {tr("Expected in drawer"), moneyText(totals.expectedCash(), c)}};
}

ShiftReportRows::Rows ShiftReportRows::of(const ZReport& report, const domain::Currency& c) {
    Rows rows = of(report.totals, c);
    rows << QPair<QString, QString>{tr("Counted"), moneyText(report.countedCash, c)};
    const qint64 difference = report.overShort();
    rows << QPair<QString, QString>{difference == 0  ? tr("The drawer is right.")
                                    : difference > 0 ? tr("Over by")
                                                     : tr("Short by"),
                                    difference == 0 ? QString() : moneyText(std::abs(difference), c)};
    return rows;
}

} // namespace tp::pos
