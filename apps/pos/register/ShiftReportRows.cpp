#include "register/ShiftReportRows.h"

#include <QLocale>

#include "client/MoneyText.h"

namespace tp::pos {

ShiftReportRows::Rows ShiftReportRows::of(const ShiftTotals& totals, const domain::Currency& c) {
    return Rows{{tr("Sales"), QLocale().toString(totals.sales)},
                {tr("Total"), client::moneyText(totals.total, c)},
                {tr("Discounts"), client::moneyText(totals.discounts, c)},
                {tr("Tax"), client::moneyText(totals.tax, c)},
                {tr("Cash"), client::moneyText(totals.cash, c)},
                {tr("Card"), client::moneyText(totals.card, c)},
                {tr("Other tenders"), client::moneyText(totals.other, c)},
                {tr("Returns"), QLocale().toString(totals.refunds)},
                {tr("Cash paid back"), client::moneyText(totals.refundCash, c)},
                {tr("Card refunds"), client::moneyText(totals.refundCard, c)},
                {tr("Float"), client::moneyText(totals.openingFloat, c)},
                {tr("Cash in"), client::moneyText(totals.cashIn, c)},
                {tr("Cash out"), client::moneyText(totals.cashOut, c)},
                {tr("Expected in drawer"), client::moneyText(totals.expectedCash(), c)}};
}

ShiftReportRows::Rows ShiftReportRows::of(const ZReport& report, const domain::Currency& c) {
    Rows rows = of(report.totals, c);
    rows << QPair<QString, QString>{tr("Counted"), client::moneyText(report.countedCash, c)};
    const qint64 difference = report.overShort();
    rows << QPair<QString, QString>{difference == 0  ? tr("The drawer is right.")
                                    : difference > 0 ? tr("Over by")
                                                     : tr("Short by"),
                                    difference == 0 ? QString() : client::moneyText(std::abs(difference), c)};
    return rows;
}

} // namespace tp::pos
