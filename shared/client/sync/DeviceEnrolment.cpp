#include "client/sync/DeviceEnrolment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace tp::client {

namespace {

domain::Error failure(const char* code, const QString& message) {
    return domain::makeError(code, message.toStdString());
}

} // namespace

DeviceEnrolment::DeviceEnrolment(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this)) {}

void DeviceEnrolment::enrol(const QUrl& server, const QString& code,
                            std::function<void(domain::Result<EnrolledRegister>)> done) {
    if (!server.isValid() || (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https"))) {
        done(failure("invalid_server",
                     tr("\"%1\" is not a server address such as https://shop.example.com.").arg(server.toString())));
        return;
    }
    QUrl url = server;
    url.setPath(url.path().remove(QRegularExpression(QStringLiteral("/+$"))) + QStringLiteral("/api/v1/devices/enrol"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(30000);
    QNetworkReply* reply =
        m_network->post(request, QJsonDocument(QJsonObject{{"code", code.trimmed()}}).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, server, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 0) {
            done(failure("offline",
                         tr("The server at %1 cannot be reached (%2).").arg(server.toString(), reply->errorString())));
            return;
        }
        if (status == 404) {
            done(failure("enrolment_code_invalid",
                         tr("The enrolment code is not valid: it may be mistyped, used already or older than a "
                            "day. Make a new one in the backoffice.")));
            return;
        }
        const QJsonObject device = body.value(QLatin1String("device")).toObject();
        const EnrolledRegister enrolled{
            device.value(QLatin1String("id")).toString(), device.value(QLatin1String("store_id")).toString(),
            device.value(QLatin1String("name")).toString(),
            body.value(QLatin1String("tenant")).toObject().value(QLatin1String("slug")).toString(),
            body.value(QLatin1String("device_token")).toString()};
        if (status != 201 || enrolled.deviceId.isEmpty() || enrolled.deviceToken.isEmpty()) {
            const QString said =
                body.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
            done(failure("server_error", tr("The server refused the enrolment (HTTP %1%2).")
                                             .arg(status)
                                             .arg(said.isEmpty() ? QString() : QStringLiteral(": ") + said)));
            return;
        }
        done(enrolled);
    });
}

} // namespace tp::client
