#pragma once

#include "register/BalanceCheck.h"

namespace tp::client {
class SyncApi;
}

namespace tp::pos {

// Balances from the server the register syncs with: GET /api/v1/gift-cards/{code} and
// GET /api/v1/customers/{id}/store-credit, with the register's device token.
class ServerBalanceCheck : public BalanceCheck {
public:
    explicit ServerBalanceCheck(client::SyncApi& api)
        : m_api(api) {}

    void giftCard(const QString& code, Done done) override;
    void storeCredit(const QString& customerId, const QString& currency, Done done) override;

private:
    client::SyncApi& m_api;
};

} // namespace tp::pos
