#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include "DemoStore.h"

namespace tp::demo {

// Rings a basket of scans through the domain core and renders the receipt as text:
// classify each scan, resolve it in the demo catalog, price the ticket (line discount,
// coupon, VAT per rate), and show the cash rounding line where the currency has one.
// Scans that cannot be used are listed with the reason, as a till would tell the cashier.
class DemoReceipt {
    Q_DECLARE_TR_FUNCTIONS(DemoReceipt)

public:
    DemoReceipt(const DemoStore& store, QLocale locale);

    // The receipt for `scans`, with `couponCode` applied when not empty.
    QString render(const QStringList& scans, const QString& couponCode, const QString& receiptId) const;

    // The built-in demo basket: goods, scale labels, and two unreadable scans.
    static QStringList demoBasket();

private:
    QString decimal(std::int64_t value, int decimals) const;
    QString money(std::int64_t minorUnits) const;

    const DemoStore& m_store;
    QLocale m_locale;
};

} // namespace tp::demo
