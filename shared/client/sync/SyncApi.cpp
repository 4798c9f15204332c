#include "client/sync/SyncApi.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrlQuery>

#include "client/ClientLogging.h"
#include "client/sync/AccessTokenSource.h"

namespace tp::client {

namespace {

QUrl endpoint(const QUrl& base, const QString& path) {
    QUrl url = base;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

} // namespace

SyncApi::SyncApi(const QUrl& baseUrl, AccessTokenSource& tokens, QObject* parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_tokens(tokens)
    , m_network(new QNetworkAccessManager(this)) {}

void SyncApi::fetchChanges(const QString& cursor, int limit, Callback done) {
    QUrl url = endpoint(m_baseUrl, QStringLiteral("/api/v1/sync/changes"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    url.setQuery(query);
    send(Request{"GET", url, {}, true}, std::move(done), false);
}

void SyncApi::push(const QJsonArray& mutations, Callback done) {
    const QJsonObject body{{QStringLiteral("mutations"), mutations}};
    send(Request{"POST", endpoint(m_baseUrl, QStringLiteral("/api/v1/sync/push")),
                 QJsonDocument(body).toJson(QJsonDocument::Compact), false},
         std::move(done), false);
}

void SyncApi::get(const QString& path, Callback done) {
    send(Request{"GET", endpoint(m_baseUrl, path), {}, false}, std::move(done), false);
}

void SyncApi::get(const QString& path, const QUrlQuery& query, Callback done) {
    QUrl url = endpoint(m_baseUrl, path);
    url.setQuery(query);
    send(Request{"GET", url, {}, false}, std::move(done), false);
}

void SyncApi::send(const QByteArray& method, const QString& path, const QJsonObject& body, Callback done) {
    send(Request{method, endpoint(m_baseUrl, path), QJsonDocument(body).toJson(QJsonDocument::Compact), false},
         std::move(done), false);
}

void SyncApi::postBytes(const QString& path, const QByteArray& bytes, const QByteArray& contentType, Callback done) {
    send(Request{"POST", endpoint(m_baseUrl, path), bytes, false, contentType}, std::move(done), false);
}

void SyncApi::getBytes(const QString& path, Callback done) {
    send(Request{"GET", endpoint(m_baseUrl, path), {}, true}, std::move(done), false);
}

void SyncApi::send(const Request& request, Callback done, bool tokenRenewed) {
    QNetworkRequest http(request.url);
    http.setTransferTimeout(int(m_timeout.count()));
    http.setRawHeader("Accept", "application/json");
    const QString token = m_tokens.accessToken();
    if (!token.isEmpty())
        http.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!m_appVersion.isEmpty())
        http.setRawHeader("X-Tillpoint-App-Version", m_appVersion);
    if (m_pendingUploads)
        http.setRawHeader("X-Tillpoint-Pending-Uploads", QByteArray::number(m_pendingUploads()));
    QNetworkReply* reply = nullptr;
    if (request.method == "GET") {
        reply = m_network->get(http);
    } else {
        http.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(request.contentType));
        if (request.method == "POST")
            reply = m_network->post(http, request.body);
        else if (request.method == "PUT")
            reply = m_network->put(http, request.body);
        else // PATCH, DELETE
            reply = m_network->sendCustomRequest(http, request.method, request.body);
    }
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, request, done = std::move(done), tokenRenewed]() mutable {
                reply->deleteLater();
                finish(reply, request, std::move(done), tokenRenewed);
            });
}

void SyncApi::finish(QNetworkReply* reply, const Request& request, Callback done, bool tokenRenewed) {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        qCInfo(lcSyncEngine) << request.method << request.url.path() << "failed:" << reply->errorString();
        done(networkFailure(*reply), {}, {});
        return;
    }
    if (status == 401 && !tokenRenewed) {
        renewTokenAndRetry(request, std::move(done));
        return;
    }
    const QByteArray text = reply->readAll();
    if (request.answerAsText && status >= 200 && status < 300) {
        done(std::nullopt, {}, text);
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (auto failure = httpFailure(status, document, reply->errorString())) {
        done(failure, {}, {});
        return;
    }
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        done(SyncError{QStringLiteral("malformed_response"),
                       tr("The server's answer could not be understood; it will be tried again."), status, true},
             {}, {});
        return;
    }
    done(std::nullopt, document.object(), text);
}

void SyncApi::renewTokenAndRetry(const Request& request, Callback done) {
    QPointer<SyncApi> self(this);
    m_tokens.renewAccessToken([self, request, done = std::move(done)](bool renewed) mutable {
        if (!self)
            return;
        if (renewed)
            self->send(request, std::move(done), true);
        else
            done(unauthorized(), {}, {});
    });
}

SyncError SyncApi::networkFailure(const QNetworkReply& reply) const {
    // Nothing came back from a server: the network, DNS, a refused or dropped connection, or
    // our own transfer timeout (which Qt reports as a cancelled operation).
    if (reply.error() == QNetworkReply::OperationCanceledError || reply.error() == QNetworkReply::TimeoutError) {
        return SyncError{QStringLiteral("timeout"),
                         tr("The server did not answer within %n second(s).", nullptr,
                            int(std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count())),
                         0, false};
    }
    return SyncError{QStringLiteral("offline"), tr("The server cannot be reached (%1).").arg(reply.errorString()), 0,
                     false};
}

SyncError SyncApi::unauthorized() {
    return SyncError{QStringLiteral("unauthorized"),
                     tr("The server no longer accepts this device's credentials; enrol the device again."), 401, true};
}

std::optional<SyncError> SyncApi::httpFailure(int status, const QJsonDocument& document, const QString& replyError) {
    if (status >= 200 && status < 300)
        return std::nullopt;
    if (status >= 500) {
        return SyncError{
            QStringLiteral("server_error"),
            tr("The server had a problem (HTTP %1); nothing was lost, it will be tried again.").arg(status), status,
            true};
    }
    if (status == 401)
        return unauthorized();
    // The error envelope {"error": {"code", "message"}} when the server sent one.
    const QJsonObject error = document.object().value(QLatin1String("error")).toObject();
    const QString code = error.value(QLatin1String("code")).toString(QStringLiteral("http_%1").arg(status));
    const QString message = error.value(QLatin1String("message")).toString(replyError);
    return SyncError{code, tr("The server refused the request: %1").arg(message), status, true};
}

} // namespace tp::client
