#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <optional>

#include "client/sync/SyncError.h"
#include "domain/core/Result.h"

class QJsonObject;

namespace tp::client {

class ReplicaDatabase;
class SyncApi;
struct FeedChange;

// Changes down (ARCHITECTURE "Sync" rule 1): pulls GET /api/v1/sync/changes from the stored
// cursor in pages until has_more is false. Each page is checked whole before anything is
// written, then applied in one transaction that also stores the page's cursor — so a crash
// or a failed page leaves the previous cursor and the page is simply pulled again (applying
// is idempotent by seq). A first sync of a big catalog is the same loop from cursor "0".
class ChangePuller : public QObject {
    Q_OBJECT

public:
    ChangePuller(ReplicaDatabase& db, SyncApi& api, QObject* parent = nullptr);

    void setPageSize(int changes) { m_pageSize = changes; }

    // Starts pulling; false (and nothing happens) when a pull is already running.
    bool pull();
    bool isRunning() const { return m_running; }
    // Stops after the request in flight: its page is not applied, the cursor stays where the
    // last applied page left it, and finished(false) reports the error "cancelled". A later
    // pull() resumes from there (a first sync that the user interrupted, for one).
    void cancel();

    // Where the next pull starts; "0" before the first page.
    domain::Result<QString> cursor();
    const std::optional<SyncError>& lastError() const { return m_lastError; }
    // Whether the last pull heard from the server at all (even with an error).
    bool reachedServer() const { return m_reachedServer; }

signals:
    void pageApplied(int changes, const QString& cursor);
    void finished(bool ok);

private:
    void requestPage(const QString& since);
    void onPage(const QString& since, const std::optional<SyncError>& error, const QJsonObject& body,
                const QByteArray& text);
    // Checks a page whole and parses its changes; an error says why it cannot be used.
    // `text` is the page as it came, for each change's data as the server wrote it.
    std::optional<SyncError> readPage(const QString& since, const QJsonObject& page, const QByteArray& text,
                                      bool& hasMore, QString& nextCursor, QList<FeedChange>& parsed);
    // Applies the changes and stores the page's cursor in one transaction.
    std::optional<SyncError> storePage(const QString& since, const QList<FeedChange>& parsed,
                                       const QString& nextCursor);
    void complete(std::optional<SyncError> error);

    ReplicaDatabase& m_db;
    SyncApi& m_api;
    int m_pageSize = 500;
    bool m_running = false;
    bool m_cancelRequested = false;
    int m_pullNumber = 0; // tells a page fetched ahead for an ended pull from this pull's pages
    bool m_reachedServer = false;
    std::optional<SyncError> m_lastError;
};

} // namespace tp::client
