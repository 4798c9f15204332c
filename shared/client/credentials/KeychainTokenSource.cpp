#include "client/credentials/KeychainTokenSource.h"

#include <QPointer>

#include "client/credentials/CredentialStore.h"

namespace tp::client {

KeychainTokenSource::KeychainTokenSource(CredentialStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store) {}

void KeychainTokenSource::load(std::function<void(domain::Result<void>)> done) {
    QPointer<KeychainTokenSource> self(this);
    m_store.load(CredentialStore::Secret::DeviceToken, [self, done = std::move(done)](domain::Result<QString> token) {
        if (!self)
            return;
        if (!token) {
            self->m_lastError = token.error();
            done(token.error());
            return;
        }
        self->m_lastError.reset();
        self->m_token = *token;
        done({});
    });
}

void KeychainTokenSource::renewAccessToken(std::function<void(bool renewed)> done) {
    const QString before = m_token;
    load([this, before, done = std::move(done)](domain::Result<void> loaded) {
        done(loaded.ok() && !m_token.isEmpty() && m_token != before);
    });
}

} // namespace tp::client
