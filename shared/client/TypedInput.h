#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include "domain/core/Result.h"
#include "domain/money/Currency.h"
#include "domain/pricing/Discount.h"

namespace tp::client {

// What a cashier types into the register's entry line before pressing a function key: an
// amount of money ("12.50", "12,50", "12"), a quantity ("3", "1.235" kg) or a discount
// ("10%" or an amount). Both the locale's decimal separator and '.' are understood, no
// thousands separators; more decimals than the currency (or thousandths) have is refused
// rather than rounded.
class TypedInput {
    Q_DECLARE_TR_FUNCTIONS(tp::client::TypedInput)

public:
    // Minor units; "invalid_amount" in words.
    static domain::Result<qint64> money(const QString& text, const domain::Currency& currency,
                                        const QLocale& locale = QLocale());
    // Thousandths; "invalid_quantity". Negative quantities (returns) are allowed.
    static domain::Result<qint64> quantity(const QString& text, const QLocale& locale = QLocale());
    // "15%" / "12.5 %" → percent in basis points, otherwise an amount; "invalid_discount".
    static domain::Result<domain::Discount> discount(const QString& text, const domain::Currency& currency,
                                                     const QLocale& locale = QLocale());
};

} // namespace tp::client
