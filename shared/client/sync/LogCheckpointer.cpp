#include "client/sync/LogCheckpointer.h"

#include "client/ClientLogging.h"
#include "client/replica/ReplicaDatabase.h"

namespace tp::client {

LogCheckpointer::LogCheckpointer(QString replicaPath)
    : m_path(std::move(replicaPath))
    , m_onThread(new QObject) {
    m_onThread->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("tp-log-checkpoint"));
    m_thread.start();
}

LogCheckpointer::~LogCheckpointer() {
    m_stopping = true;
    m_thread.quit();
    m_thread.wait();
    // The thread has ended: nothing else can touch these now.
    delete m_onThread;
    delete m_db;
}

void LogCheckpointer::request() {
    if (m_pending.fetchAndStoreOrdered(true))
        return; // one is pending already: it will see this commit too
    QMetaObject::invokeMethod(
        m_onThread, [this] { run(); }, Qt::QueuedConnection);
}

void LogCheckpointer::run() {
    m_pending = false; // a commit from now on asks for another checkpoint
    if (m_stopping)
        return;
    if (!m_db) {
        m_db = new ReplicaDatabase;
        if (auto opened = m_db->open(m_path); !opened) {
            qCWarning(lcReplica) << "log checkpoints: cannot open the replica:" << opened.error().message.c_str();
            delete m_db;
            m_db = nullptr;
            return;
        }
    }
    // PASSIVE: copies what no reader still needs and never waits; the rest goes next time.
    const QMutexLocker checkpointing(&m_checkpointing);
    if (auto done = m_db->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")); !done)
        qCWarning(lcReplica) << "log checkpoint failed:" << done.error().message.c_str();
}

} // namespace tp::client
