#include "OfficeReplica.h"

#include <QSignalSpy>

namespace tp::test {

OfficeReplica::OfficeReplica(const QString& path, const QUrl& server, const QString& token)
    : m_open(db.open(path).ok())
    , m_token(token)
    , m_api(server, m_token) {}

bool OfficeReplica::pull() {
    QSignalSpy pulled(&m_puller, &client::ChangePuller::finished);
    return m_puller.pull() && pulled.wait(60000) && pulled.first().first().toBool();
}

bool OfficeReplica::upload() {
    for (int round = 0; round < 10 && *outbox.pendingCount() > 0; ++round) {
        QSignalSpy uploaded(&m_uploader, &client::OutboxUploader::finished);
        if (!m_uploader.upload(client::OutboxUploader::Timing::Now) || !uploaded.wait(60000))
            return false;
    }
    return *outbox.pendingCount() == 0 && *outbox.needsAttentionCount() == 0;
}

QString OfficeReplica::firstRefusal() {
    auto refused = outbox.needsAttention();
    if (!refused || refused->isEmpty())
        return QString();
    return refused->first().errorCode + QLatin1String(": ") + refused->first().errorMessage;
}

} // namespace tp::test
