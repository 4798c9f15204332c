#include "client/sync/SyncState.h"

#include <QLocale>
#include <QStringList>

namespace tp::client {

SyncState::SyncState(QObject* parent)
    : QObject(parent) {}

void SyncState::setOnline(bool online) {
    if (m_online == online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

void SyncState::setSyncing(bool syncing) {
    if (m_syncing == syncing)
        return;
    m_syncing = syncing;
    emit syncingChanged(syncing);
}

void SyncState::setPendingCount(int count) {
    if (m_pendingCount == count)
        return;
    m_pendingCount = count;
    emit pendingCountChanged(count);
}

void SyncState::setNeedsAttentionCount(int count) {
    if (m_needsAttentionCount == count)
        return;
    m_needsAttentionCount = count;
    emit needsAttentionCountChanged(count);
}

void SyncState::setLastSuccessfulSync(const QDateTime& when) {
    if (m_lastSuccessfulSync == when)
        return;
    m_lastSuccessfulSync = when;
    emit lastSuccessfulSyncChanged(when);
}

void SyncState::setLastError(const QString& message) {
    if (m_lastError == message)
        return;
    m_lastError = message;
    emit lastErrorChanged(message);
}

QString SyncState::summary(const QString& offlineText) const {
    QStringList parts;
    parts << (m_online ? tr("Online") : offlineText);
    if (m_pendingCount > 0)
        parts << tr("%n change(s) waiting to upload", nullptr, m_pendingCount);
    if (m_needsAttentionCount > 0)
        parts << tr("%n refused by the server: see the list", nullptr, m_needsAttentionCount);
    if (m_lastSuccessfulSync.isValid())
        parts << tr("last sync %1")
                     .arg(QLocale().toString(m_lastSuccessfulSync.toLocalTime().time(), QLocale::ShortFormat));
    if (!m_lastError.isEmpty())
        parts << m_lastError;
    return parts.join(QStringLiteral(" — "));
}

} // namespace tp::client
