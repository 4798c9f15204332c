#include "client/TypedInput.h"

#include <limits>

namespace tp::client {

namespace {

// Reads "[-]digits[sep digits]" into an integer scaled by 10^decimals; none when it is not
// such a number or has more decimals than `decimals`.
std::optional<qint64> scaled(QString text, int decimals, const QLocale& locale) {
    // No thousands separators: nobody types them at a till, and "1.234" would be ambiguous.
    text = text.trimmed();
    text.remove(QLatin1Char(' '));
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text.remove(0, 1);
    }
    QString whole = text;
    QString fraction;
    const qsizetype separator = [&] {
        const qsizetype dot = text.indexOf(QLatin1Char('.'));
        return dot >= 0 ? dot : text.indexOf(locale.decimalPoint());
    }();
    if (separator >= 0) {
        whole = text.left(separator);
        fraction = text.mid(separator + 1);
    }
    if ((whole.isEmpty() && fraction.isEmpty()) || fraction.size() > decimals || whole.size() > 12)
        return std::nullopt;
    for (const QString& part : {whole, fraction}) {
        for (const QChar c : part) {
            if (!c.isDigit() || c.unicode() > '9')
                return std::nullopt;
        }
    }
    qint64 value = whole.isEmpty() ? 0 : whole.toLongLong();
    for (int i = 0; i < decimals; ++i)
        value = value * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    return negative ? -value : value;
}

domain::Error refusal(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

} // namespace

domain::Result<qint64> TypedInput::money(const QString& text, const domain::Currency& currency, const QLocale& locale) {
    const auto value = scaled(text, currency.exponent(), locale);
    if (!value || *value < 0)
        return refusal("invalid_amount", tr("\"%1\" is not an amount of money.").arg(text.trimmed()));
    return *value;
}

domain::Result<qint64> TypedInput::quantity(const QString& text, const QLocale& locale) {
    const auto value = scaled(text, 3, locale);
    if (!value || *value == 0)
        return refusal("invalid_quantity", tr("\"%1\" is not a quantity.").arg(text.trimmed()));
    return *value;
}

domain::Result<domain::Discount> TypedInput::discount(const QString& text, const domain::Currency& currency,
                                                      const QLocale& locale) {
    QString trimmed = text.trimmed();
    if (trimmed.endsWith(QLatin1Char('%'))) {
        trimmed.chop(1);
        const auto percent = scaled(trimmed, 2, locale); // basis points: 12.5 % → 1250
        if (!percent || *percent <= 0 || *percent > 10000)
            return refusal("invalid_discount", tr("\"%1\" is not a percentage from 0 to 100.").arg(text.trimmed()));
        return domain::Discount::percent(*percent);
    }
    const auto amount = scaled(trimmed, currency.exponent(), locale);
    if (!amount || *amount <= 0)
        return refusal("invalid_discount",
                       tr("\"%1\" is not a discount; type an amount or a percentage such as 10%.").arg(text.trimmed()));
    return domain::Discount::amount(*amount);
}

} // namespace tp::client
