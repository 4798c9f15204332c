#pragma once

#include <QString>

#include "client/sync/AccessTokenSource.h"

namespace tp::client::testing {

// A bearer token the test chooses; renewal switches to `renewed` when one is set.
class FixedTokenSource : public AccessTokenSource {
public:
    explicit FixedTokenSource(QString token, QString renewed = {})
        : m_token(std::move(token))
        , m_renewed(std::move(renewed)) {}

    QString accessToken() const override { return m_token; }
    void renewAccessToken(std::function<void(bool)> done) override {
        ++m_renewals;
        const bool changed = !m_renewed.isEmpty() && m_renewed != m_token;
        if (changed)
            m_token = m_renewed;
        done(changed);
    }

    int renewals() const { return m_renewals; }

private:
    QString m_token;
    QString m_renewed;
    int m_renewals = 0;
};

} // namespace tp::client::testing
