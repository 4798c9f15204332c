#include "PrintQueueWorker.h"

#include <algorithm>

#include <QCoreApplication>

#include "StatusQuery.h"

namespace tp::pos::devices {

Q_LOGGING_CATEGORY(lcPrinter, "tillpoint.pos.printer")

PrintQueueWorker::PrintQueueWorker(PrintQueue& queue, PrintQueue::TransportMaker makeTransport, QString spoolDirectory,
                                   RetryPolicy retry)
    : m_queue(queue)
    , m_makeTransport(std::move(makeTransport))
    , m_spool(std::move(spoolDirectory))
    , m_retry(retry) {
    for (PrintJob& job : m_spool.load()) {
        m_nextId = std::max(m_nextId, job.id + 1);
        m_jobs.push_back(std::move(job));
    }
    m_context = new QObject;
    m_retryTimer = new QTimer(m_context);
    m_retryTimer->setSingleShot(true);
    QObject::connect(m_retryTimer, &QTimer::timeout, m_context, [this] { sendHead(); });
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("tillpoint-print-queue"));
    m_thread.start();
    if (!m_jobs.empty()) {
        qCInfo(lcPrinter) << "resuming" << m_jobs.size() << "spooled print jobs";
        scheduleSend();
    }
}

PrintQueueWorker::~PrintQueueWorker() {
    m_thread.quit();
    m_thread.wait();
}

quint64 PrintQueueWorker::submit(const QString& title, const QByteArray& bytes) {
    PrintJob job;
    job.title = title;
    job.bytes = bytes;
    {
        const std::lock_guard lock(m_mutex);
        job.id = m_nextId++;
    }
    // Spooled before it is queued: once submit() returns, a crash cannot lose the job.
    if (auto saved = m_spool.save(job); !saved)
        qCWarning(lcPrinter) << "job" << job.id << "kept in memory only:" << saved.error().message.c_str();
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.push_back(job);
    }
    scheduleSend();
    return job.id;
}

int PrintQueueWorker::pendingCount() const {
    const std::lock_guard lock(m_mutex);
    return static_cast<int>(m_jobs.size());
}

QList<PrintJob> PrintQueueWorker::pendingJobs() const {
    const std::lock_guard lock(m_mutex);
    return QList<PrintJob>(m_jobs.begin(), m_jobs.end());
}

void PrintQueueWorker::retryNow() {
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_retryTimer->stop();
            sendHead();
        },
        Qt::QueuedConnection);
}

void PrintQueueWorker::scheduleSend() {
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            // While a retry is pending the head job waits its turn; new jobs queue behind it.
            if (!m_retryTimer->isActive())
                sendHead();
        },
        Qt::QueuedConnection);
}

int PrintQueueWorker::delayAfter(int attempts) const {
    qint64 delay = m_retry.firstDelayMs;
    for (int i = 1; i < attempts && delay < m_retry.maxDelayMs; ++i)
        delay *= 2;
    return static_cast<int>(std::min<qint64>(delay, m_retry.maxDelayMs));
}

domain::Result<void> PrintQueueWorker::checkReady(PrinterTransport& transport) const {
    if (m_retry.statusTimeoutMs <= 0)
        return {};
    const auto status = queryStatus(transport, m_retry.statusTimeoutMs);
    if (!status) {
        // Only a printer that cannot be reached fails the job here; one that cannot tell its
        // status still gets it.
        const std::string& code = status.error().code;
        if (code == "unsupported" || code == "device_timeout")
            return {};
        return status.error();
    }
    if (status->readyToPrint())
        return {};
    return domain::makeError("printer_not_ready",
                             QCoreApplication::translate("tp::pos::devices::PrintQueue", "Printer %1: %2.")
                                 .arg(transport.describe(), status->problems().join(QStringLiteral(", ")))
                                 .toStdString());
}

void PrintQueueWorker::sendHead() {
    if (m_sending)
        return;
    m_sending = true;
    for (;;) {
        PrintJob job;
        {
            const std::lock_guard lock(m_mutex);
            if (m_jobs.empty())
                break;
            job = m_jobs.front();
        }
        std::unique_ptr<PrinterTransport> transport = m_makeTransport();
        domain::Result<void> sent = checkReady(*transport);
        if (sent)
            sent = transport->write(job.bytes);
        transport->close();
        if (sent) {
            {
                const std::lock_guard lock(m_mutex);
                m_jobs.pop_front();
            }
            m_spool.remove(job.id);
            qCInfo(lcPrinter) << "printed job" << job.id << job.title << "on" << transport->describe();
            emit m_queue.jobPrinted(job.id, job.title);
            continue;
        }
        const QString error = QString::fromStdString(sent.error().message);
        int attempts = 0;
        {
            const std::lock_guard lock(m_mutex);
            PrintJob& head = m_jobs.front();
            attempts = ++head.attempts;
            head.lastError = error;
        }
        const int delay = delayAfter(attempts);
        qCWarning(lcPrinter) << "job" << job.id << "attempt" << attempts << "failed:" << error << "- retrying in"
                             << delay << "ms";
        emit m_queue.jobFailed(job.id, job.title, error, attempts, delay);
        m_retryTimer->start(delay);
        break;
    }
    m_sending = false;
}

} // namespace tp::pos::devices
