#include "PrintQueue.h"

#include "PrintQueueWorker.h"

namespace tp::pos::devices {

PrintQueue::PrintQueue(TransportMaker makeTransport, QString spoolDirectory, RetryPolicy retry, QObject* parent)
    : QObject(parent)
    , m_worker(std::make_unique<PrintQueueWorker>(*this, std::move(makeTransport), std::move(spoolDirectory), retry)) {}

PrintQueue::~PrintQueue() = default;

quint64 PrintQueue::submit(const QString& title, const QByteArray& bytes) {
    return m_worker->submit(title, bytes);
}

int PrintQueue::pendingCount() const {
    return m_worker->pendingCount();
}

QList<PrintJob> PrintQueue::pendingJobs() const {
    return m_worker->pendingJobs();
}

void PrintQueue::retryNow() {
    m_worker->retryNow();
}

} // namespace tp::pos::devices
