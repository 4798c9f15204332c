#include "client/credentials/CredentialStore.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include "client/ClientLogging.h"

namespace tp::client {

namespace {

// Unqualified on purpose: lupdate loses track of the enclosing namespace on a qualified return
// type (`domain::Error f()`) and would file the tr() calls below under the wrong context.
using Error = domain::Error;

Error keychainUnavailable(const QString& detail) {
    return domain::makeError(
        "keychain_unavailable",
        CredentialStore::tr("No secure keychain is available, so this device cannot keep its credentials. Start "
                            "and unlock the desktop keyring (the Secret Service, e.g. GNOME Keyring or KWallet) "
                            "and try again. Details: %1")
            .arg(detail)
            .toStdString());
}

// On Linux every QtKeychain backend talks D-Bus; without a session bus there is no keychain.
// Checked up front because the backends word that failure differently (GIO, libdbus, Qt).
std::optional<Error> missingSessionBus() {
#if !defined(Q_OS_UNIX) || defined(Q_OS_DARWIN)
    return std::nullopt; // Windows and macOS keychains are no D-Bus services
#endif
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected())
        return std::nullopt;
    const QString reason = bus.lastError().message();
    return keychainUnavailable(reason.isEmpty() ? QStringLiteral("no D-Bus session bus") : reason);
}

// With a bus but no usable Secret Service (nothing provides org.freedesktop.secrets, or the
// daemon was activated without an unlocked login collection) the backends answer
// NoBackendAvailable or OtherError with D-Bus's own words.
bool keychainMissing(const QKeychain::Job& job) {
    if (job.error() == QKeychain::NoBackendAvailable)
        return true;
    const QString text = job.errorString();
    return text.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("DBus"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("org.freedesktop.secrets"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("/org/freedesktop/secrets"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("Could not connect"), Qt::CaseInsensitive);
}

Error errorOf(const QKeychain::Job& job) {
    const QString detail = job.errorString();
    if (job.error() == QKeychain::EntryNotFound)
        return domain::makeError("not_found", CredentialStore::tr("No such credential is stored.").toStdString());
    if (keychainMissing(job))
        return keychainUnavailable(detail);
    if (job.error() == QKeychain::AccessDenied || job.error() == QKeychain::AccessDeniedByUser)
        return domain::makeError(
            "keychain_access_denied",
            CredentialStore::tr("Access to the keychain was denied: %1").arg(detail).toStdString());
    return domain::makeError("keychain_error",
                             CredentialStore::tr("The keychain reported an error: %1").arg(detail).toStdString());
}

template <typename JobType>
JobType* makeJob(const QString& service, const QString& key, QObject* parent) {
    auto* job = new JobType(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file, whatever the backend
    job->setKey(key);
    return job;
}

} // namespace

CredentialStore::CredentialStore(QString service, QString account, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_account(std::move(account)) {}

QString CredentialStore::keyFor(Secret secret) const {
    const QLatin1String name =
        secret == Secret::DeviceToken ? QLatin1String("device-token") : QLatin1String("refresh-token");
    return m_account + QLatin1Char('/') + name;
}

void CredentialStore::save(Secret secret, const QString& value, std::function<void(domain::Result<void>)> done) {
    if (auto missing = missingSessionBus()) {
        QTimer::singleShot(0, this, [done = std::move(done), error = *missing] { done(error); });
        return;
    }
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, keyFor(secret), this);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError) {
            qCWarning(lcCredentials) << "storing" << finished->key() << "failed:" << finished->errorString();
            done(errorOf(*finished));
            return;
        }
        done({});
    });
    job->start();
}

void CredentialStore::load(Secret secret, std::function<void(domain::Result<QString>)> done) {
    if (auto missing = missingSessionBus()) {
        QTimer::singleShot(0, this, [done = std::move(done), error = *missing] { done(error); });
        return;
    }
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, keyFor(secret), this);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError) {
            done(errorOf(*finished));
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob*>(finished)->textData());
    });
    job->start();
}

void CredentialStore::remove(Secret secret, std::function<void(domain::Result<void>)> done) {
    if (auto missing = missingSessionBus()) {
        QTimer::singleShot(0, this, [done = std::move(done), error = *missing] { done(error); });
        return;
    }
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, keyFor(secret), this);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            done(errorOf(*finished));
            return;
        }
        done({});
    });
    job->start();
}

} // namespace tp::client
