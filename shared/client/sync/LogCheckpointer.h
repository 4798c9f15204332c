#pragma once

#include <QAtomicInteger>
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

private:
    void run();

    QString m_path;
    QThread m_thread;
    QObject* m_onThread;             // lives on m_thread: the checkpoints run in its context
    ReplicaDatabase* m_db = nullptr; // opened and used on m_thread only
    QAtomicInteger<bool> m_pending{false};
    QAtomicInteger<bool> m_stopping{false};
};

} // namespace tp::client
