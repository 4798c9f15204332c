#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>
#include <optional>

#include "client/replica/PreparedChange.h"
#include "domain/core/Result.h"

namespace tp::client {

// Writes change-feed pages into the replica on a thread of its own, through a connection of
// its own, while the puller fetches and reads the next page on the caller's thread. On a
// first sync of a large catalog reading a page and writing it take comparable time, so
// overlapping them is most of what the client can gain; the UI thread is also no longer
// held for a page's transaction.
//
// Pages are written in the order given, each in one transaction together with the cursor it
// leads to; `written` reports each of them in that order, on the thread that made the writer.
class FeedPageWriter : public QObject {
    Q_OBJECT

public:
    explicit FeedPageWriter(const QString& replicaPath, QObject* parent = nullptr);
    // Waits for the page being written, if any; pages queued behind it are dropped.
    ~FeedPageWriter() override;

    // `ticket` comes back with the answer, to tell pulls apart. `last`: the pull's last page,
    // after which the log is copied into the file and cut back.
    void write(quint64 ticket, QList<PreparedChange> changes, const QString& cursor, bool last);

signals:
    void written(quint64 ticket, int changes, const QString& cursor, const std::optional<domain::Error>& error);

private:
    class Worker;

    QThread m_thread;
    Worker* m_worker;
    QObject* m_onThread; // lives on m_thread: the jobs run in its context
};

} // namespace tp::client
