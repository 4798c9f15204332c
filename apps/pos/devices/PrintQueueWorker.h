#pragma once

#include <deque>
#include <mutex>

#include <QLoggingCategory>
#include <QObject>
#include <QThread>
#include <QTimer>

#include "PrintJobSpool.h"
#include "PrintQueue.h"

namespace tp::pos::devices {

Q_DECLARE_LOGGING_CATEGORY(lcPrinter)

// PrintQueue's engine: the job list (shared with the caller's thread under a mutex) and a
// context object on a worker thread that sends the head job, and on failure arms a retry
// timer. Only the worker thread touches transports and the timer.
class PrintQueueWorker {
public:
    PrintQueueWorker(PrintQueue& queue, PrintQueue::TransportMaker makeTransport, QString spoolDirectory,
                     RetryPolicy retry);
    ~PrintQueueWorker();

    quint64 submit(const QString& title, const QByteArray& bytes);
    int pendingCount() const;
    QList<PrintJob> pendingJobs() const;
    void retryNow();

private:
    void scheduleSend();
    void sendHead(); // worker thread only
    domain::Result<void> checkReady(PrinterTransport& transport) const;
    int delayAfter(int attempts) const;

    PrintQueue& m_queue;
    PrintQueue::TransportMaker m_makeTransport;
    PrintJobSpool m_spool;
    RetryPolicy m_retry;

    mutable std::mutex m_mutex;
    std::deque<PrintJob> m_jobs;
    quint64 m_nextId = 1;

    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread
    QTimer* m_retryTimer = nullptr;
    bool m_sending = false; // worker thread only
};

} // namespace tp::pos::devices
