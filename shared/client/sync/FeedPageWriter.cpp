#include "client/sync/FeedPageWriter.h"

#include <QAtomicInteger>
#include <QThread>

#include "client/ClientLogging.h"
#include "client/replica/ChangeApplier.h"
#include "client/replica/ReplicaDatabase.h"
#include "client/sync/LogCheckpointer.h"

namespace tp::client {

namespace {

const QString kCursorKey = QStringLiteral("feed_cursor");

} // namespace

// Lives on the writer's thread: its connection is opened there, on the first page, and used
// nowhere else.
class FeedPageWriter::Worker {
public:
    explicit Worker(QString path)
        : m_path(path)
        , m_checkpointer(std::move(path)) {}

    std::optional<domain::Error> apply(const QList<PreparedChange>& changes, const QString& cursor, bool last) {
        if (!m_db.isOpen()) {
            if (auto opened = open(); !opened)
                return opened.error();
        }
        auto applied = m_db.transaction([&]() -> domain::Result<void> {
            if (auto done = ChangeApplier(m_db).apply(changes); !done)
                return done;
            return m_db.setStateValue(kCursorKey, cursor);
        });
        if (!applied)
            return applied.error();
        if (last) {
            foldLog();
            return std::nullopt;
        }
        if (++m_pagesSinceLogRestart >= kPagesPerLogRestart && restartLog())
            m_pagesSinceLogRestart = 0;
        else
            m_checkpointer.request();
        return std::nullopt;
    }

    QAtomicInteger<bool> stopping{false};

private:
    // The checkpointer copies the log into the file while the next page is written, so the
    // log is never wholly copied when a page starts and SQLite never starts it over: on a
    // million products it grew past a gigabyte, each new block zeroed by the file system and
    // each page lookup searching a longer log index. Every few pages the writer finishes
    // the copy itself (the checkpointer has done all but the last page) and has the log
    // start over. False when a reader held it off: tried again after the next page.
    bool restartLog() {
        const auto checkpointerIdle = m_checkpointer.holdOff();
        auto restarted = m_db.select(QStringLiteral("PRAGMA wal_checkpoint(RESTART)"));
        if (!restarted) {
            qCWarning(lcSyncPull) << "log restart failed:" << restarted.error().message.c_str();
            return false;
        }
        return !restarted->isEmpty() && restarted->first().value(0).toInt() == 0;
    }

    // The pull is done: the rest of the log goes into the file now and the log file is cut
    // back, rather than leaving a first sync's log for the app's connection to copy at its
    // next commit (on the UI thread). The pragma answers busy = 1 instead of failing while the
    // checkpointer's own checkpoint runs or a reader holds the log: tried again for up to a
    // second; after that the log is copied later and cut to journal_size_limit.
    void foldLog() {
        for (int attempt = 0; attempt < 50; ++attempt) {
            auto folded = m_db.select(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            if (!folded) {
                qCWarning(lcSyncPull) << "final log checkpoint failed:" << folded.error().message.c_str();
                return;
            }
            if (!folded->isEmpty() && folded->first().value(0).toInt() == 0)
                return;
            QThread::msleep(20);
        }
        qCInfo(lcSyncPull) << "final log checkpoint still busy after a second; left to later checkpoints";
    }

    domain::Result<void> open() {
        if (auto opened = m_db.open(m_path); !opened)
            return opened;
        // A feed page can always be fetched again, and its cursor commits with it: losing the
        // last pages to a power cut only means pulling them again. So this connection skips
        // the sync per commit; the app's own connection keeps it, for sales and the outbox.
        // Its commits do not copy the log into the file: the checkpointer's thread does.
        // journal_size_limit: a log that grew during a large pull is cut back to 64 MiB
        // whenever it starts over.
        for (const char* pragma :
             {"PRAGMA synchronous=NORMAL", "PRAGMA wal_autocheckpoint=0", "PRAGMA journal_size_limit=67108864"}) {
            if (auto done = m_db.exec(QString::fromLatin1(pragma)); !done)
                return done.error();
        }
        return {};
    }

    // 8 pages of 5,000 products: the log stays under about 64 MiB (journal_size_limit).
    static constexpr int kPagesPerLogRestart = 8;

    QString m_path;
    int m_pagesSinceLogRestart = 0;
    ReplicaDatabase m_db;
    LogCheckpointer m_checkpointer;
};

FeedPageWriter::FeedPageWriter(const QString& replicaPath, QObject* parent)
    : QObject(parent)
    , m_worker(new Worker(replicaPath))
    , m_onThread(new QObject) {
    m_onThread->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("tp-feed-writer"));
    m_thread.start();
}

FeedPageWriter::~FeedPageWriter() {
    m_worker->stopping = true;
    m_thread.quit();
    m_thread.wait();
    // The thread has ended: nothing else can touch these now.
    delete m_onThread;
    delete m_worker;
}

void FeedPageWriter::write(quint64 ticket, QList<PreparedChange> changes, const QString& cursor, bool last) {
    Worker* worker = m_worker;
    // The answer is posted back to this object; Qt drops it if the object is gone by then
    // (the destructor waits for a page in progress, so `this` outlives the job itself).
    QMetaObject::invokeMethod(
        m_onThread,
        [this, worker, ticket, changes = std::move(changes), cursor, last]() mutable {
            if (worker->stopping)
                return;
            const std::optional<domain::Error> error = worker->apply(changes, cursor, last);
            const int count = int(changes.size());
            // The page goes back to be freed where it was made: freeing a thousand parsed
            // documents here took a twentieth of this thread's time, contending for the
            // allocator with the thread that made them.
            QMetaObject::invokeMethod(
                this,
                [this, ticket, count, cursor, error, page = std::move(changes)] {
                    emit written(ticket, count, cursor, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace tp::client
