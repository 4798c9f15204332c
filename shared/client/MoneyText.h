#pragma once

#include <QLocale>
#include <QString>

#include "domain/money/Currency.h"

namespace tp::client {

// An amount in minor units as the locale writes money, for the register and the backoffice
// alike: "12,50 €" in Germany for euros; a currency that is not the locale's own shows its
// code ("12.50 CHF").
inline QString moneyText(qint64 minorUnits, const domain::Currency& currency, const QLocale& locale = QLocale()) {
    const double major = double(minorUnits) / double(currency.minorPerMajor());
    const QString code = QString::fromStdString(currency.code());
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return locale.toCurrencyString(major, locale.currencySymbol(QLocale::CurrencySymbol), currency.exponent());
    return locale.toString(major, 'f', currency.exponent()) + QLatin1Char(' ') + code;
}

// The same amount as a plain number in the locale's form ("12,50"), without the currency: what
// an edit field shows, so that it reads back through TypedInput::money unchanged.
inline QString amountText(qint64 minorUnits, const domain::Currency& currency, const QLocale& locale = QLocale()) {
    return locale.toString(double(minorUnits) / double(currency.minorPerMajor()), 'f', currency.exponent());
}

} // namespace tp::client
