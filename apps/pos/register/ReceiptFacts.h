#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "ReceiptData.h"
#include "domain/pricing/PricedTicket.h"
#include "register/Sale.h"

namespace tp::pos {

// What a finished sale's receipt prints (devices::ReceiptData), from the sale as rung and
// priced: the lines with their discounts, totals, the VAT summary, tenders and change. Only
// gathered here; every figure is the sale's own.
class ReceiptFacts {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::ReceiptFacts)

public:
    static devices::ReceiptData of(const Sale& sale, const domain::PricedTicket& priced, const QString& number,
                                   const QString& cashier, const QDateTime& at);
    // How a tender is named on paper ("Gift card …7788": never a card's whole code).
    static QString tenderLabel(const Sale::Tender& tender);
};

} // namespace tp::pos
