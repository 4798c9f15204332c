#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QObject>
#include <QString>

#include "PrintJob.h"
#include "PrinterTransport.h"

namespace tp::pos::devices {

class PrintQueueWorker;

struct RetryPolicy {
    int firstDelayMs = 1000; // doubled after each failed attempt …
    int maxDelayMs = 30000;  // … up to this; a job is retried for as long as it takes
    // Ask the printer (DLE EOT) before each job, so "paper out" or "cover open" is reported in
    // words instead of as a stalled write. A printer that cannot answer (a file, a clone
    // without real-time status) is printed to anyway. 0: do not ask.
    int statusTimeoutMs = 0;
};

// The register's print queue: the sale hands a job over and carries on, the printer gets it
// when it can. Jobs print one at a time in order on a worker thread (transports block, within
// their timeouts). A failed job stays at the head of the queue and is retried with backoff —
// it is never dropped and never overtaken, since receipts out of order confuse the cashier —
// and, with a spool folder, survives a restart of the app.
class PrintQueue : public QObject {
    Q_OBJECT

public:
    // Makes a fresh transport for each attempt (a new connection after a failure).
    using TransportMaker = std::function<std::unique_ptr<PrinterTransport>()>;

    explicit PrintQueue(TransportMaker makeTransport, QString spoolDirectory = {}, RetryPolicy retry = {},
                        QObject* parent = nullptr);
    ~PrintQueue() override;

    // Queues `bytes` and returns its job id at once; never waits for the printer.
    quint64 submit(const QString& title, const QByteArray& bytes);

    int pendingCount() const;
    QList<PrintJob> pendingJobs() const;

public slots:
    // Tries the head job now instead of waiting for the backoff (after "paper changed").
    void retryNow();

signals:
    void jobPrinted(quint64 id, const QString& title);
    // The job is kept; the next attempt is in `retryInMs`.
    void jobFailed(quint64 id, const QString& title, const QString& error, int attempt, int retryInMs);

private:
    std::unique_ptr<PrintQueueWorker> m_worker;
};

} // namespace tp::pos::devices
