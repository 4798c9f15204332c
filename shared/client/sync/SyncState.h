#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

namespace tp::client {

// What the UI shows about sync — the status bar light, the "3 sales waiting" badge, "last
// synced 10:42", the reason it is not working — as properties with change signals. Written
// by SyncEngine; widgets only read and connect. Each signal fires only on a real change.
class SyncState : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)
    Q_PROPERTY(bool syncing READ isSyncing NOTIFY syncingChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(int needsAttentionCount READ needsAttentionCount NOTIFY needsAttentionCountChanged)
    Q_PROPERTY(QDateTime lastSuccessfulSync READ lastSuccessfulSync NOTIFY lastSuccessfulSyncChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit SyncState(QObject* parent = nullptr);

    bool isOnline() const { return m_online; }
    bool isSyncing() const { return m_syncing; }
    int pendingCount() const { return m_pendingCount; }
    int needsAttentionCount() const { return m_needsAttentionCount; }
    QDateTime lastSuccessfulSync() const { return m_lastSuccessfulSync; }
    // Empty when the last sync worked; otherwise a sentence for the cashier.
    QString lastError() const { return m_lastError; }
    // One line for a status bar: "Online — 3 change(s) waiting to upload — last sync 10:42",
    // with `offlineText` (what the app keeps doing offline) in place of "Online" when offline.
    QString summary(const QString& offlineText) const;

    void setOnline(bool online);
    void setSyncing(bool syncing);
    void setPendingCount(int count);
    void setNeedsAttentionCount(int count);
    void setLastSuccessfulSync(const QDateTime& when);
    void setLastError(const QString& message);

signals:
    void onlineChanged(bool online);
    void syncingChanged(bool syncing);
    void pendingCountChanged(int count);
    void needsAttentionCountChanged(int count);
    void lastSuccessfulSyncChanged(const QDateTime& when);
    void lastErrorChanged(const QString& message);

private:
    bool m_online = false;
    bool m_syncing = false;
    int m_pendingCount = 0;
    int m_needsAttentionCount = 0;
    QDateTime m_lastSuccessfulSync;
    QString m_lastError;
};

} // namespace tp::client
