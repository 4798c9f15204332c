#include "register/ReceiptFacts.h"

#include <QLocale>

#include "register/Sale.h"

namespace tp::pos {

QString ReceiptFacts::tenderLabel(const Sale::Tender& tender) {
    switch (tender.method) {
    case Sale::Tender::Method::Cash:
        return tr("Cash");
    case Sale::Tender::Method::Card:
        return tr("Card");
    case Sale::Tender::Method::GiftCard: // only the last digits: the code is the card's value
        return tr("Gift card …%1").arg(tender.reference.right(4));
    case Sale::Tender::Method::StoreCredit:
        return tr("Store credit");
    }
    return tr("Other");
}

devices::ReceiptData ReceiptFacts::of(const Sale& sale, const domain::PricedTicket& priced, const QString& number,
                                      const QString& cashier, const QDateTime& at) {
    devices::ReceiptData receipt;
    receipt.currency = sale.store().currency;
    receipt.receiptNumber = number;
    receipt.issuedAt = QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    receipt.cashier = cashier;
    for (int i = 0; i < sale.lines().size(); ++i) {
        const Sale::Line& line = sale.lines().at(i);
        QString label;
        if (line.discount.kind == domain::Discount::Kind::Percent && !line.discount.isNone())
            label = tr("%1% off").arg(QLocale().toString(double(line.discount.value) / 100.0, 'g', 4));
        else if (!line.discount.isNone())
            label = tr("discount");
        if (line.listPrice)
            label = label.isEmpty() ? line.overrideReason : label + QStringLiteral(", ") + line.overrideReason;
        if (sale.coupon() && priced.lines.at(std::size_t(i)).couponDiscount > 0) {
            const QString coupon = tr("coupon %1").arg(sale.coupon()->code);
            label = label.isEmpty() ? coupon : label + QStringLiteral(", ") + coupon;
        }
        receipt.lines << devices::ReceiptLine{line.item.name,
                                              line.qtyMilli,
                                              line.item.unitPrice,
                                              line.qtyMilli % 1000 != 0,
                                              label,
                                              priced.lines.at(std::size_t(i))};
    }
    receipt.totals = priced.totals;
    receipt.vat = priced.vat;
    for (const Sale::Tender& tender : sale.tenders())
        receipt.tenders << devices::ReceiptTender{
            tenderLabel(tender), tender.method == Sale::Tender::Method::Cash ? tender.tendered : tender.amount};
    receipt.change = sale.change();
    return receipt;
}

} // namespace tp::pos
