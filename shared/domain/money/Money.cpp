#include "domain/money/Money.h"

#include <charconv>

namespace tp::domain {

Error currencyMismatchError(const Currency& expected, const Currency& actual) {
    return makeError("currency_mismatch",
                     "cannot combine an amount in " + actual.code() + " with one in " + expected.code());
}

Error amountOverflowError() {
    return makeError("amount_overflow", "the amount is too large to be represented exactly");
}

Result<Money> Money::parse(std::string_view text, Currency currency) {
    const auto invalid = [&](const std::string& why) {
        return makeError("invalid_amount",
                         "\"" + std::string(text) + "\" is not a valid " + currency.code() + " amount: " + why);
    };
    std::string_view rest = text;
    const bool negative = !rest.empty() && rest.front() == '-';
    if (negative)
        rest.remove_prefix(1);
    const auto dot = rest.find('.');
    const std::string_view whole = rest.substr(0, dot);
    const std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : rest.substr(dot + 1);
    if (whole.empty())
        return invalid("digits are required before the decimal point");
    if (dot != std::string_view::npos && fraction.empty())
        return invalid("digits are required after the decimal point");
    if (static_cast<int>(fraction.size()) > currency.exponent()) {
        return invalid(currency.exponent() == 0 ? "this currency has no decimals"
                                                : "at most " + std::to_string(currency.exponent()) + " decimals");
    }
    const auto isDigits = [](std::string_view s) {
        return s.find_first_not_of("0123456789") == std::string_view::npos;
    };
    if (!isDigits(whole) || !isDigits(fraction))
        return invalid("only digits, one '.' and a leading '-' are allowed");

    std::int64_t major = 0;
    if (std::from_chars(whole.data(), whole.data() + whole.size(), major).ec != std::errc{})
        return amountOverflowError();
    std::int64_t minorPart = 0;
    if (!fraction.empty())
        std::from_chars(fraction.data(), fraction.data() + fraction.size(), minorPart);
    for (auto i = fraction.size(); i < static_cast<std::size_t>(currency.exponent()); ++i)
        minorPart *= 10;

    std::int64_t minor = 0;
    if (__builtin_mul_overflow(major, currency.minorPerMajor(), &minor) ||
        __builtin_add_overflow(minor, minorPart, &minor))
        return amountOverflowError();
    return Money(negative ? -minor : minor, currency);
}

Result<Money> Money::plus(const Money& other) const {
    if (other.m_currency != m_currency)
        return currencyMismatchError(m_currency, other.m_currency);
    std::int64_t sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return amountOverflowError();
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money& other) const {
    if (other.m_currency != m_currency)
        return currencyMismatchError(m_currency, other.m_currency);
    std::int64_t difference = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &difference))
        return amountOverflowError();
    return Money(difference, m_currency);
}

Result<Money> Money::times(std::int64_t factor) const {
    std::int64_t product = 0;
    if (__builtin_mul_overflow(m_minor, factor, &product))
        return amountOverflowError();
    return Money(product, m_currency);
}

Result<int> Money::compare(const Money& other) const {
    if (other.m_currency != m_currency)
        return currencyMismatchError(m_currency, other.m_currency);
    return m_minor < other.m_minor ? -1 : (m_minor > other.m_minor ? 1 : 0);
}

std::string Money::toDecimalString() const {
    // Unsigned magnitude so INT64_MIN prints correctly too.
    const bool negative = m_minor < 0;
    const std::uint64_t magnitude =
        negative ? std::uint64_t(0) - static_cast<std::uint64_t>(m_minor) : static_cast<std::uint64_t>(m_minor);
    const auto perMajor = static_cast<std::uint64_t>(m_currency.minorPerMajor());
    std::string text = negative ? "-" : "";
    text += std::to_string(magnitude / perMajor);
    if (m_currency.exponent() > 0) {
        std::string fraction = std::to_string(magnitude % perMajor);
        text += '.';
        text.append(static_cast<std::size_t>(m_currency.exponent()) - fraction.size(), '0');
        text += fraction;
    }
    return text;
}

std::string Money::toString() const {
    return toDecimalString() + " " + m_currency.code();
}

Result<Money> sumMoney(std::span<const Money> amounts, Currency currency) {
    Money total = Money::zero(currency);
    for (const Money& amount : amounts) {
        auto next = total.plus(amount);
        if (!next)
            return next.error();
        total = next.value();
    }
    return total;
}

} // namespace tp::domain
