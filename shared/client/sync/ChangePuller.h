#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

#include "client/replica/FeedPageReader.h"
#include "client/sync/FeedPageWriter.h"
#include "client/sync/SyncError.h"
#include "domain/core/Result.h"

class QJsonObject;

namespace tp::client {

class ReplicaDatabase;
class SyncApi;

// Changes down (ARCHITECTURE "Sync" rule 1): pulls GET /api/v1/sync/changes from the stored
// cursor in pages until has_more is false. Each page is checked whole before anything is
// written, then applied in one transaction that also stores the page's cursor — so a crash
// or a failed page leaves the previous cursor and the page is simply pulled again (applying
// is idempotent by seq). A first sync of a big catalog is the same loop from cursor "0".
// Pages are written by a FeedPageWriter (its own thread and connection) while the next one
// is fetched and read here; finished() comes after the last page is written.
class ChangePuller : public QObject {
    Q_OBJECT

public:
    ChangePuller(ReplicaDatabase& db, SyncApi& api, QObject* parent = nullptr);

    void setPageSize(int changes) { m_pageSize = changes; }

    // Starts pulling; false (and nothing happens) when a pull is already running.
    bool pull();
    bool isRunning() const { return m_running; }
    // Stops after the page being written, if any: a page still being fetched or waiting is
    // not applied, the cursor stays where the last applied page left it, and finished(false)
    // reports the error "cancelled". A later pull() resumes from there (a first sync that the
    // user interrupted, for one).
    void cancel();

    // Where the next pull starts; "0" before the first page.
    domain::Result<QString> cursor();
    const std::optional<SyncError>& lastError() const { return m_lastError; }
    // Whether the last pull heard from the server at all (even with an error).
    bool reachedServer() const { return m_reachedServer; }

signals:
    void pageApplied(int changes, const QString& cursor);
    // After a page is applied, when the server says how far its log reaches: how far along
    // the pull is (cursor of latest; both seqs).
    void positionKnown(qint64 cursor, qint64 latest);
    void finished(bool ok);

private:
    void requestPage(const QString& since);
    void onPage(const QString& since, const std::optional<SyncError>& error, const QByteArray& text);
    // Checks a page whole and reads its changes; an error says why it cannot be used.
    std::optional<SyncError> readPage(const QString& since, const QByteArray& text, FeedPage& read);
    // Hands a read page to the writer and asks for the next one meanwhile.
    void startWriting(FeedPage page);
    void onWritten(quint64 pull, int changes, const QString& cursor, const std::optional<domain::Error>& error);
    // Ends the pull; finished() once no page is being written any more.
    void complete(std::optional<SyncError> error);
    void finish(std::optional<SyncError> error);

    ReplicaDatabase& m_db;
    SyncApi& m_api;
    std::unique_ptr<FeedPageWriter> m_writer; // made on the first pull, for the replica's file
    // The server's largest page: a first sync of a million products writes 200 transactions
    // instead of 2,000 (each commit flushes a search-index segment and checkpoints the log),
    // for a few MB more memory while a page is read and written.
    int m_pageSize = 5000;
    bool m_running = false;
    bool m_cancelRequested = false;
    quint64 m_pullNumber = 0; // tells pages of an ended pull (fetched ahead, being written) from this pull's
    bool m_reachedServer = false;
    // At most one page is being written and one read page waits for it: the next request
    // goes out when a page is handed to the writer, so memory stays bounded on any catalog.
    bool m_writing = false;
    std::optional<FeedPage> m_waiting;
    bool m_lastPageHandedOver = false;
    std::optional<qint64> m_latest; // the newest seq any page of this pull named
    std::optional<std::optional<SyncError>> m_ending; // set: ended, waiting for the writer
    std::optional<SyncError> m_lastError;
};

} // namespace tp::client
