#include "register/ShiftTotals.h"

#include <QJsonArray>

namespace tp::pos {

void ShiftTotals::addOrder(const QJsonObject& order) {
    const QJsonObject totals = order.value(QLatin1String("totals")).toObject();
    ++sales;
    total += totals.value(QLatin1String("total")).toInteger();
    discounts += totals.value(QLatin1String("discount")).toInteger();
    tax += totals.value(QLatin1String("tax")).toInteger();
    for (const QJsonValue& value : order.value(QLatin1String("payments")).toArray()) {
        const QJsonObject payment = value.toObject();
        const QString method = payment.value(QLatin1String("method")).toString();
        const qint64 amount = payment.value(QLatin1String("amount")).toInteger();
        if (method == QLatin1String("cash"))
            cash += amount;
        else if (method == QLatin1String("card"))
            card += amount;
        else
            other += amount;
    }
}

void ShiftTotals::addRefund(const QJsonObject& refund) {
    ++refunds;
    for (const QJsonValue& value : refund.value(QLatin1String("payments")).toArray()) {
        const QJsonObject payment = value.toObject();
        const QString method = payment.value(QLatin1String("method")).toString();
        const qint64 amount = payment.value(QLatin1String("amount")).toInteger();
        if (method == QLatin1String("cash"))
            refundCash += amount;
        else if (method == QLatin1String("card"))
            refundCard += amount;
        else
            refundOther += amount;
    }
}

QJsonObject ShiftTotals::toJson() const {
    return QJsonObject{
        {"sales", sales},
        {"total", total},
        {"discounts", discounts},
        {"tax", tax},
        {"payments", QJsonObject{{"cash", cash}, {"card", card}, {"other", other}}},
        {"refunds",
         QJsonObject{{"count", refunds}, {"cash", refundCash}, {"card", refundCard}, {"other", refundOther}}},
        {"opening_float", openingFloat},
        {"cash_in", cashIn},
        {"cash_out", cashOut},
        {"expected_cash", expectedCash()}};
}

} // namespace tp::pos
