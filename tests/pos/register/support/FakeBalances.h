#pragma once

#include <QList>
#include <QStringList>

#include "register/BalanceCheck.h"

namespace tp::pos::testing {

// Answers the till's balance questions as a test says: at once, or held until the test lets
// them go (a slow server). Records what was asked.
class FakeBalances : public BalanceCheck {
public:
    BalanceAnswer answer;
    bool hold = false;
    QList<Done> held;
    QStringList asked;

    void giftCard(const QString& code, Done done) override {
        asked << code;
        deliver(std::move(done));
    }
    void storeCredit(const QString& customerId, const QString& currency, Done done) override {
        asked << customerId + QLatin1Char('/') + currency;
        deliver(std::move(done));
    }

    static BalanceAnswer known(qint64 balance, bool active = true) {
        return BalanceAnswer{BalanceAnswer::Kind::Known, balance, QStringLiteral("EUR"), active, {}};
    }
    static BalanceAnswer unreachable() {
        return BalanceAnswer{BalanceAnswer::Kind::Unreachable, 0, {}, true, QStringLiteral("no network")};
    }

private:
    void deliver(Done done) {
        if (hold)
            held << std::move(done);
        else
            done(answer);
    }
};

} // namespace tp::pos::testing
