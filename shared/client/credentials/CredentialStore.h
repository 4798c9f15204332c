#pragma once

#include <QObject>
#include <QString>
#include <functional>

#include "domain/core/Result.h"

namespace tp::client {

// The one place the apps keep secrets: the device token (from enrolment) and the refresh
// token, in the operating system's keychain through QtKeychain — the Secret Service
// (GNOME Keyring, KWallet) on Linux. There is deliberately no fallback: without a keychain
// the store fails with "keychain_unavailable" and a sentence saying what to install or
// unlock, rather than writing a token to a file anyone can copy.
//
// Entries are keyed by `account` (one per server and device profile) under `service`.
// All calls are asynchronous (the keychain may ask the user to unlock it); `done` is called
// on this object's thread, never from inside the call itself.
class CredentialStore : public QObject {
    Q_OBJECT

public:
    enum class Secret { DeviceToken, RefreshToken };

    CredentialStore(QString service, QString account, QObject* parent = nullptr);

    void save(Secret secret, const QString& value, std::function<void(domain::Result<void>)> done);
    // A secret never stored answers the error "not_found".
    void load(Secret secret, std::function<void(domain::Result<QString>)> done);
    // Removing what is not there succeeds.
    void remove(Secret secret, std::function<void(domain::Result<void>)> done);

    QString keyFor(Secret secret) const;
    QString service() const { return m_service; }

private:
    QString m_service;
    QString m_account;
};

} // namespace tp::client
