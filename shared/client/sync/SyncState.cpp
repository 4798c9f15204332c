#include "client/sync/SyncState.h"

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

} // namespace tp::client
