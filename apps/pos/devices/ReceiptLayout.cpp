#include "ReceiptLayout.h"

#include <algorithm>

namespace tp::pos::devices {

namespace {

QString decimalDigits(std::int64_t magnitude, int decimals, const QLocale& locale) {
    std::int64_t scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString text = locale.toString(static_cast<qlonglong>(magnitude / scale));
    if (decimals > 0)
        text += locale.decimalPoint() + QStringLiteral("%1").arg(magnitude % scale, decimals, 10, QLatin1Char('0'));
    return text;
}

QString rule(int columns) {
    return QString(columns, QLatin1Char('-'));
}

} // namespace

ReceiptLayout::ReceiptLayout(ReceiptTemplate receiptTemplate, QLocale locale)
    : m_template(std::move(receiptTemplate))
    , m_locale(std::move(locale)) {
    // Group separators would make amounts wider than their columns for no gain on a receipt.
    m_locale.setNumberOptions(QLocale::OmitGroupSeparator);
}

QString ReceiptLayout::money(std::int64_t minorUnits, const domain::Currency& currency) const {
    // Exact digits from integers: never through a double.
    const std::int64_t magnitude = minorUnits < 0 ? -minorUnits : minorUnits;
    const QString text = decimalDigits(magnitude, currency.exponent(), m_locale);
    return minorUnits < 0 ? m_locale.negativeSign() + text : text;
}

QString ReceiptLayout::quantity(std::int64_t qtyMilli, bool weighed) const {
    const std::int64_t magnitude = qtyMilli < 0 ? -qtyMilli : qtyMilli;
    QString text = weighed || magnitude % 1000 != 0 ? decimalDigits(magnitude, 3, m_locale)
                                                    : m_locale.toString(static_cast<qlonglong>(magnitude / 1000));
    if (weighed)
        text += tr(" kg");
    return qtyMilli < 0 ? m_locale.negativeSign() + text : text;
}

QString ReceiptLayout::percent(std::int32_t basisPoints) const {
    const QString whole = m_locale.toString(basisPoints / 100);
    const int fraction = basisPoints % 100;
    if (fraction == 0)
        return whole + QLatin1Char('%');
    QString decimals = QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
    if (decimals.endsWith(QLatin1Char('0')))
        decimals.chop(1);
    return whole + m_locale.decimalPoint() + decimals + QLatin1Char('%');
}

// "label ........ amount": the amount keeps the right edge, the label is cut to make room.
QString ReceiptLayout::row(const QString& left, const QString& right, int columns) const {
    const int room = std::max(0, columns - static_cast<int>(right.size()) - 1);
    return left.left(room).leftJustified(room) + QLatin1Char(' ') + right;
}

QString ReceiptLayout::taxLetter(const ReceiptData& receipt, std::int32_t basisPoints) const {
    for (std::size_t i = 0; i < receipt.vat.size(); ++i) {
        if (receipt.vat[i].basisPoints == basisPoints)
            return QString(QChar(u'A' + static_cast<char16_t>(i)));
    }
    return QStringLiteral(" ");
}

void ReceiptLayout::layoutLines(PrintDocument& document, const ReceiptData& receipt) const {
    const int columns = document.columns;
    for (const ReceiptLine& line : receipt.lines) {
        if (line.weighed || line.qtyMilli != 1000) {
            const QString unit = money(line.unitPrice, receipt.currency) + (line.weighed ? tr("/kg") : QString());
            document.line(QStringLiteral("  %1 x %2").arg(quantity(line.qtyMilli, line.weighed), unit));
        }
        const QString amount = money(line.priced.amount, receipt.currency) + QLatin1Char(' ') +
                               taxLetter(receipt, line.priced.taxBasisPoints);
        document.line(row(line.description, amount, columns));
        if (line.priced.lineDiscount != 0) {
            const QString label = line.discountLabel.isEmpty() ? tr("Discount") : line.discountLabel;
            document.line(row(QStringLiteral("  ") + label,
                              money(-line.priced.lineDiscount, receipt.currency) + QStringLiteral("  "), columns));
        }
    }
}

void ReceiptLayout::layoutTotals(PrintDocument& document, const ReceiptData& receipt) const {
    const int columns = document.columns;
    const domain::TicketTotals& totals = receipt.totals;
    const std::int64_t lineDiscounts = [&] {
        std::int64_t sum = 0;
        for (const ReceiptLine& line : receipt.lines)
            sum += line.priced.lineDiscount;
        return sum;
    }();
    const std::int64_t otherDiscounts = totals.discount - lineDiscounts;
    document.line(rule(columns));
    if (otherDiscounts != 0) {
        document.line(row(tr("Subtotal"),
                          money(totals.subtotal - lineDiscounts, receipt.currency) + QStringLiteral("  "), columns));
        document.line(row(tr("Discounts"), money(-otherDiscounts, receipt.currency) + QStringLiteral("  "), columns));
    }
    // Double width halves the columns: the total is what the customer looks for.
    const QString currencyCode = QString::fromStdString(receipt.currency.code());
    document.line(row(tr("TOTAL %1").arg(currencyCode), money(totals.total, receipt.currency), columns / 2),
                  TextAlignment::Left, true, 2, 2);
    if (receipt.cashRounding != 0)
        document.line(
            row(tr("Cash rounding"), money(receipt.cashRounding, receipt.currency) + QStringLiteral("  "), columns));
    for (const ReceiptTender& tender : receipt.tenders)
        document.line(row(tender.label, money(tender.amount, receipt.currency) + QStringLiteral("  "), columns));
    if (receipt.change != 0)
        document.line(row(tr("Change"), money(receipt.change, receipt.currency) + QStringLiteral("  "), columns),
                      TextAlignment::Left, true);
}

void ReceiptLayout::layoutVatSummary(PrintDocument& document, const ReceiptData& receipt) const {
    const int columns = document.columns;
    // Rate label then three right-aligned amount columns sharing what is left of the line.
    const int amountWidth = std::max(8, (columns - 8) / 3);
    const int labelWidth = std::max(0, columns - 3 * amountWidth);
    const auto vatRow = [&](const QString& label, const QString& net, const QString& tax, const QString& gross) {
        return label.left(labelWidth).leftJustified(labelWidth) + net.rightJustified(amountWidth) +
               tax.rightJustified(amountWidth) + gross.rightJustified(amountWidth);
    };
    document.line(rule(columns));
    document.line(vatRow(tr("VAT"), tr("Net"), tr("Tax"), tr("Gross")));
    for (std::size_t i = 0; i < receipt.vat.size(); ++i) {
        const domain::TaxAmounts& rate = receipt.vat[i];
        document.line(vatRow(
            QString(QChar(u'A' + static_cast<char16_t>(i))) + QLatin1Char(' ') + percent(rate.basisPoints),
            money(rate.net, receipt.currency), money(rate.tax, receipt.currency), money(rate.gross, receipt.currency)));
    }
}

PrintDocument ReceiptLayout::layout(const ReceiptData& receipt, int columns) const {
    PrintDocument document;
    document.columns = columns;
    if (!m_template.logo.isNull())
        document.image(m_template.logo);
    for (qsizetype i = 0; i < m_template.header.size(); ++i) {
        if (i == 0)
            document.line(m_template.header[i], TextAlignment::Center, true, 1, 2);
        else
            document.line(m_template.header[i], TextAlignment::Center);
    }
    document.line(QString());
    document.line(row(tr("Receipt %1").arg(receipt.receiptNumber), receipt.issuedAt, columns));
    if (!receipt.cashier.isEmpty())
        document.line(tr("Served by %1").arg(receipt.cashier));
    document.line(rule(columns));
    layoutLines(document, receipt);
    layoutTotals(document, receipt);
    if (m_template.vatSummary && !receipt.vat.empty())
        layoutVatSummary(document, receipt);
    if (!m_template.footer.isEmpty()) {
        document.line(QString());
        for (const QString& footer : m_template.footer)
            document.line(footer, TextAlignment::Center);
    }
    if (m_template.receiptNumberBarcode && !receipt.receiptNumber.isEmpty())
        document.code128(receipt.receiptNumber.toLatin1());
    if (!m_template.qrCodeUrl.isEmpty())
        document.qrCode(m_template.qrCodeUrl.arg(receipt.receiptNumber).toUtf8(), QrOptions{5, QrErrorLevel::M});
    document.feed(2);
    document.cut(CutKind::Partial);
    return document;
}

} // namespace tp::pos::devices
