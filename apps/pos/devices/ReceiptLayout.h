#pragma once

#include <QCoreApplication>
#include <QLocale>

#include "PrintDocument.h"
#include "ReceiptData.h"
#include "ReceiptTemplate.h"

namespace tp::pos::devices {

// Lays a receipt out for a paper width of `columns` characters (32 on 58 mm, 42 or 48 on
// 80 mm): header, lines with quantities and discounts, totals, tenders and change, the VAT
// summary per rate (each line carries its rate's letter), footer, and the receipt number as a
// CODE128 barcode. Amounts keep the currency's exact decimals in the locale's notation; no
// figure is computed here, only placed.
class ReceiptLayout {
    Q_DECLARE_TR_FUNCTIONS(ReceiptLayout)

public:
    ReceiptLayout(ReceiptTemplate receiptTemplate, QLocale locale);

    PrintDocument layout(const ReceiptData& receipt, int columns) const;

    // "12,34" / "-0,50" / "1.234" (JPY has no decimals) in the layout's locale.
    QString money(std::int64_t minorUnits, const domain::Currency& currency) const;
    QString quantity(std::int64_t qtyMilli, bool weighed) const;

private:
    QString row(const QString& left, const QString& right, int columns) const;
    QString taxLetter(const ReceiptData& receipt, std::int32_t basisPoints) const;
    QString percent(std::int32_t basisPoints) const;
    void layoutLines(PrintDocument& document, const ReceiptData& receipt) const;
    void layoutTotals(PrintDocument& document, const ReceiptData& receipt) const;
    void layoutVatSummary(PrintDocument& document, const ReceiptData& receipt) const;

    ReceiptTemplate m_template;
    QLocale m_locale;
};

} // namespace tp::pos::devices
