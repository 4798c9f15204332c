#pragma once

#include <QAtomicInteger>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>

namespace tp::client {

class ReplicaDatabase;

// Copies the replica's write-ahead log into the database file on a thread of its own (a
// PASSIVE checkpoint through a connection of its own), so that the feed writer does not:
// copying every page a second time was a fifth of a first sync's writing, and the thread
// that reads pages leaves a core partly free for it. Requests coalesce: one made while a
// checkpoint is pending or running leads to one more checkpoint afterwards.
class LogCheckpointer {
public:
    explicit LogCheckpointer(QString replicaPath);
    // Waits for a checkpoint in progress; a pending one is dropped.
    ~LogCheckpointer();
    LogCheckpointer(const LogCheckpointer&) = delete;
    LogCheckpointer& operator=(const LogCheckpointer&) = delete;

    void request();
    // While the returned lock is held no checkpoint of this one runs (one in progress is
    // waited for): SQLite refuses a second checkpoint at once rather than waiting for it.
    [[nodiscard]] QMutexLocker<QMutex> holdOff() { return QMutexLocker(&m_checkpointing); }

private:
    void run();

    QString m_path;
    QThread m_thread;
    QObject* m_onThread;             // lives on m_thread: the checkpoints run in its context
    ReplicaDatabase* m_db = nullptr; // opened and used on m_thread only
    QAtomicInteger<bool> m_pending{false};
    QAtomicInteger<bool> m_stopping{false};
    QMutex m_checkpointing; // held while a checkpoint runs
};

} // namespace tp::client
