#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace tp::pos::devices {

// What a store configures about its receipts; the layout around it is fixed.
struct ReceiptTemplate {
    QImage logo;                      // printed first, scaled to the paper and dithered
    QStringList header;               // first line: the store name, large; then address, VAT id, phone
    QStringList footer;               // "Thank you", return policy, opening hours
    bool vatSummary = true;           // the per-rate table most countries require
    bool receiptNumberBarcode = true; // CODE128 of the receipt number, scanned for returns
    QString qrCodeUrl;                // e.g. "https://shop.example/r/%1" (%1: receipt number); empty: none

    // A store's template from its settings (feed entity "store"): its name as the first header
    // line, then the receipt header's lines; the footer's lines. Blank lines are left out.
    static ReceiptTemplate forStore(const QString& storeName, const QString& receiptHeader,
                                    const QString& receiptFooter) {
        ReceiptTemplate receiptTemplate;
        receiptTemplate.header = QStringList{storeName} + receiptHeader.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        receiptTemplate.footer = receiptFooter.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return receiptTemplate;
    }
};

} // namespace tp::pos::devices
