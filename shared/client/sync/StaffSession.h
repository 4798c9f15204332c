#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>
#include <vector>

#include "client/credentials/CredentialStore.h"
#include "client/sync/AccessTokenSource.h"
#include "domain/core/Result.h"

class QJsonObject;
class QNetworkAccessManager;

namespace tp::client {

struct StaffUser {
    QString id;
    QString email;
    QString role; // owner | manager | cashier
};

// A person of the shop logged in to the backoffice: POST /api/v1/auth/login with the tenant,
// e-mail and password, then short access tokens for the API and the sync, renewed with the
// refresh token (POST /api/v1/auth/refresh; the server hands out a new one each time, which
// replaces the old in the keychain). Only the refresh token is kept, in the OS keychain —
// never the password — so the next start resumes the session without asking again, until
// the refresh token expires or is revoked ("session_expired": log in again).
class StaffSession : public QObject, public AccessTokenSource {
    Q_OBJECT

public:
    StaffSession(QUrl server, QString tenant, QString email, QObject* parent = nullptr);

    static QString keychainService() { return QStringLiteral("Tillpoint backoffice"); }
    // One keychain entry per server, shop and person.
    QString keychainAccount() const;
    static QString accountFor(const QUrl& server, const QString& tenant, const QString& email);

    // Errors in words: "login_failed" (wrong e-mail or password), "tenant_suspended",
    // "rate_limited", "offline", "keychain_unavailable", "server_error".
    void login(const QString& password, std::function<void(domain::Result<StaffUser>)> done);
    // The session of an earlier login, from the refresh token in the keychain. Also
    // "not_found" (nobody logged in here) and "session_expired".
    void resume(std::function<void(domain::Result<StaffUser>)> done);
    // Forgets the refresh token.
    void logout(std::function<void(domain::Result<void>)> done);

    const std::optional<StaffUser>& user() const { return m_user; }
    QString accessToken() const override { return m_accessToken; }
    void renewAccessToken(std::function<void(bool renewed)> done) override;

private:
    // POSTs to login or refresh and takes the tokens of a 200 answer, keeping the refresh token.
    void exchange(const QString& path, const QJsonObject& body, std::function<void(domain::Result<StaffUser>)> done);

    QUrl m_server;
    QString m_tenant;
    QString m_email;
    CredentialStore m_keychain;
    QNetworkAccessManager* m_network;
    QString m_accessToken;
    std::optional<StaffUser> m_user;
    // Renewals asked for while one is on its way share its answer: a second refresh with the
    // same (by then replaced) refresh token would end the session.
    std::vector<std::function<void(bool)>> m_waitingRenewals;
};

} // namespace tp::client
