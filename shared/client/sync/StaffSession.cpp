#include "client/sync/StaffSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

#include <utility>

namespace tp::client {

namespace {

domain::Error failure(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

QUrl endpoint(QUrl server, const QString& path) {
    server.setPath(server.path().remove(QRegularExpression(QStringLiteral("/+$"))) + path);
    return server;
}

} // namespace

StaffSession::StaffSession(QUrl server, QString tenant, QString email, QObject* parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_tenant(std::move(tenant).trimmed())
    , m_email(std::move(email).trimmed())
    , m_keychain(keychainService(), accountFor(m_server, m_tenant, m_email), this)
    , m_network(new QNetworkAccessManager(this)) {}

QString StaffSession::accountFor(const QUrl& server, const QString& tenant, const QString& email) {
    return server.toString(QUrl::StripTrailingSlash) + QLatin1Char('/') + tenant + QLatin1Char('/') + email.toLower();
}

QString StaffSession::keychainAccount() const {
    return accountFor(m_server, m_tenant, m_email);
}

void StaffSession::login(const QString& password, std::function<void(domain::Result<StaffUser>)> done) {
    exchange(QStringLiteral("/api/v1/auth/login"),
             QJsonObject{{"tenant", m_tenant}, {"email", m_email}, {"password", password}}, std::move(done));
}

void StaffSession::resume(std::function<void(domain::Result<StaffUser>)> done) {
    m_keychain.load(
        CredentialStore::Secret::RefreshToken, [this, done = std::move(done)](domain::Result<QString> token) mutable {
            if (!token)
                return done(token.error());
            exchange(QStringLiteral("/api/v1/auth/refresh"), QJsonObject{{"refresh_token", *token}}, std::move(done));
        });
}

void StaffSession::logout(std::function<void(domain::Result<void>)> done) {
    m_accessToken.clear();
    m_user.reset();
    m_keychain.remove(CredentialStore::Secret::RefreshToken, std::move(done));
}

void StaffSession::renewAccessToken(std::function<void(bool renewed)> done) {
    m_waitingRenewals.push_back(std::move(done));
    if (m_waitingRenewals.size() > 1)
        return; // one is on its way
    resume([this](const domain::Result<StaffUser>& renewed) {
        for (auto& waiting : std::exchange(m_waitingRenewals, {}))
            waiting(renewed.ok());
    });
}

void StaffSession::exchange(const QString& path, const QJsonObject& body,
                            std::function<void(domain::Result<StaffUser>)> done) {
    if (!m_server.isValid() ||
        (m_server.scheme() != QLatin1String("http") && m_server.scheme() != QLatin1String("https")))
        return done(
            failure("invalid_server",
                    tr("\"%1\" is not a server address such as https://shop.example.com.").arg(m_server.toString())));
    QNetworkRequest request(endpoint(m_server, path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(30000);
    const bool refreshing = path.endsWith(QLatin1String("/refresh"));
    QNetworkReply* reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, refreshing, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const QString said = answer.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
        if (status == 0)
            return done(
                failure("offline",
                        tr("The server at %1 cannot be reached (%2).").arg(m_server.toString(), reply->errorString())));
        if (status == 401)
            return done(refreshing ? failure("session_expired", tr("The session has ended; log in again."))
                                   : failure("login_failed", tr("The e-mail address or the password is wrong.")));
        if (status == 403)
            return done(failure("tenant_suspended", tr("This shop's account is suspended: %1").arg(said)));
        if (status == 429)
            return done(failure("rate_limited", tr("Too many attempts; wait a few minutes and try again.")));
        const QString access = answer.value(QLatin1String("access_token")).toString();
        const QString refresh = answer.value(QLatin1String("refresh_token")).toString();
        const QJsonObject user = answer.value(QLatin1String("user")).toObject();
        if (status != 200 || access.isEmpty() || refresh.isEmpty())
            return done(failure("server_error", tr("The server refused the login (HTTP %1%2).")
                                                    .arg(status)
                                                    .arg(said.isEmpty() ? QString() : QStringLiteral(": ") + said)));
        const StaffUser staff{user.value(QLatin1String("id")).toString(), user.value(QLatin1String("email")).toString(),
                              user.value(QLatin1String("role")).toString()};
        // The refresh token is the session: it is kept before the login counts as done, and
        // the one the server just replaced is gone for good.
        m_keychain.save(CredentialStore::Secret::RefreshToken, refresh,
                        [this, access, staff, done](domain::Result<void> saved) {
                            if (!saved)
                                return done(saved.error());
                            m_accessToken = access;
                            m_user = staff;
                            done(staff);
                        });
    });
}

} // namespace tp::client
