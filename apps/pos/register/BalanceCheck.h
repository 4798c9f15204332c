#pragma once

#include <QString>

#include <functional>

namespace tp::pos {

// What the server says a gift card or a customer's store credit holds.
struct BalanceAnswer {
    enum class Kind {
        Known,       // balance (and status) as the server has it now
        NotFound,    // no such gift card; for store credit: the customer has none
        Unreachable, // offline, timed out, or the server failed: the offline policy decides
    };
    Kind kind = Kind::Unreachable;
    qint64 balance = 0; // minor units of `currency`
    QString currency;
    bool active = true;
    QString problem; // Unreachable: why, in words
};

// Asks the server for balances, never blocking: the answer comes later, on the caller's
// thread. The till holds one when the register has a server (ServerBalanceCheck); tests give
// their own.
class BalanceCheck {
public:
    using Done = std::function<void(const BalanceAnswer&)>;
    virtual ~BalanceCheck() = default;
    virtual void giftCard(const QString& code, Done done) = 0;
    virtual void storeCredit(const QString& customerId, const QString& currency, Done done) = 0;
};

} // namespace tp::pos
