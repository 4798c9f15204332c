#pragma once

#include <QObject>
#include <QString>
#include <optional>

#include "client/sync/AccessTokenSource.h"
#include "domain/core/Result.h"

namespace tp::client {

class CredentialStore;

// The device token SyncApi sends, read from the keychain once (load()) and kept in memory.
// After a 401 it reads the keychain again: a re-enrolment in another window, or by the
// backoffice's device screen, may have stored a new token meanwhile. A device token has no
// refresh flow of its own; staff sessions with refresh tokens can implement
// AccessTokenSource on top of POST /api/v1/auth/refresh.
class KeychainTokenSource : public QObject, public AccessTokenSource {
    Q_OBJECT

public:
    explicit KeychainTokenSource(CredentialStore& store, QObject* parent = nullptr);

    void load(std::function<void(domain::Result<void>)> done);

    QString accessToken() const override { return m_token; }
    void renewAccessToken(std::function<void(bool renewed)> done) override;

    // Why the last keychain read failed, in words for the UI.
    const std::optional<domain::Error>& lastError() const { return m_lastError; }

private:
    CredentialStore& m_store;
    QString m_token;
    std::optional<domain::Error> m_lastError;
};

} // namespace tp::client
