#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>
#include <functional>
#include <optional>

#include "client/sync/SyncError.h"

class QJsonDocument;
class QNetworkAccessManager;
class QNetworkReply;

namespace tp::client {

class AccessTokenSource;

// The two sync endpoints of API.md (and other reads a device may make) over HTTP, asynchronously (never blocks the
// caller's event loop): GET /api/v1/sync/changes and POST /api/v1/sync/push. Every request carries the bearer token and
// a transfer timeout; a 401 asks the token source for a fresh token once and repeats the request. Answers arrive as a
// JSON object or a SyncError classified for the UI and for the retry logic (offline, timeout, server error, malformed
// answer, refusal).
class SyncApi : public QObject {
    Q_OBJECT

public:
    // `text` is the answer's body as it came (empty on a failure). fetchChanges answers with
    // `text` alone and an empty `body`: the change feed reads its pages itself, faster than
    // QJsonDocument would (see readFeedPage).
    using Callback =
        std::function<void(const std::optional<SyncError>& error, const QJsonObject& body, const QByteArray& text)>;

    SyncApi(const QUrl& baseUrl, AccessTokenSource& tokens, QObject* parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    QUrl baseUrl() const { return m_baseUrl; }

    // What a register tells the server about itself with every request, for the backoffice's
    // list of registers: its app's version (X-Tillpoint-App-Version) and how many changes wait
    // in its outbox (X-Tillpoint-Pending-Uploads), counted when each request is sent.
    void setAppVersion(const QString& version) { m_appVersion = version.toUtf8(); }
    void setPendingUploads(std::function<int()> count) { m_pendingUploads = std::move(count); }

    void fetchChanges(const QString& cursor, int limit, Callback done);
    void push(const QJsonArray& mutations, Callback done);
    // Any other GET of the API with the same token and handling (a gift card's balance):
    // `path` as decoded text ("/api/v1/gift-cards/ABC 12"), encoded here.
    void get(const QString& path, Callback done);
    // The same with a query ("?store_id=…&sku=…"), its values encoded here.
    void get(const QString& path, const QUrlQuery& query, Callback done);
    // An online action of the API other than sync (an enrolment code, a staff member):
    // `method` POST, PUT, PATCH or DELETE with a JSON body, the same token handling.
    void send(const QByteArray& method, const QString& path, const QJsonObject& body, Callback done);

    // Bytes rather than JSON (a product image): POSTed as `contentType`, the answer JSON.
    void postBytes(const QString& path, const QByteArray& bytes, const QByteArray& contentType, Callback done);
    // A GET whose answer is bytes (an image): they come in `text`, `body` stays empty.
    void getBytes(const QString& path, Callback done);

private:
    struct Request {
        QByteArray method;
        QUrl url;
        QByteArray body;
        bool answerAsText = false; // a successful answer is not parsed here
        QByteArray contentType = "application/json";
    };

    void send(const Request& request, Callback done, bool tokenRenewed);
    void finish(QNetworkReply* reply, const Request& request, Callback done, bool tokenRenewed);
    void renewTokenAndRetry(const Request& request, Callback done);
    SyncError networkFailure(const QNetworkReply& reply) const;
    static SyncError unauthorized();
    static std::optional<SyncError> httpFailure(int status, const QJsonDocument& document, const QString& replyError);

    QUrl m_baseUrl;
    AccessTokenSource& m_tokens;
    // A child, not a member: it must die after this object's connections are cut, so no reply
    // can call back into a half-destroyed SyncApi.
    QNetworkAccessManager* m_network;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(30)};
    QByteArray m_appVersion;
    std::function<int()> m_pendingUploads;
};

} // namespace tp::client
