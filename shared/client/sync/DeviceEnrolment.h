#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

#include "domain/core/Result.h"

class QNetworkAccessManager;

namespace tp::client {

// What a register learns when it enrols: who it is, for which store of which shop, and the
// device token to keep in the keychain (it is shown by the server only this once).
struct EnrolledRegister {
    QString deviceId;
    QString storeId;
    QString name;
    QString tenantSlug;
    QString deviceToken;
};

// A new register's first words with the server: POST /api/v1/devices/enrol with the one-time
// code a manager made in the backoffice. Errors in words: "offline" (no answer from that
// address), "enrolment_code_invalid" (mistyped, used or expired), "server_error".
class DeviceEnrolment : public QObject {
    Q_OBJECT

public:
    explicit DeviceEnrolment(QObject* parent = nullptr);

    void enrol(const QUrl& server, const QString& code, std::function<void(domain::Result<EnrolledRegister>)> done);

private:
    QNetworkAccessManager* m_network;
};

} // namespace tp::client
