#pragma once

#include <QList>
#include <QObject>
#include <optional>

#include "client/outbox/OutboxMutation.h"
#include "client/sync/SyncError.h"

class QJsonObject;

namespace tp::client {

class Outbox;
class RetrySchedule;
class SyncApi;

// Facts up (ARCHITECTURE "Sync" rule 2): sends the outbox oldest first, in batches, with
// POST /api/v1/sync/push, until it is empty. Each answer is checked whole — one result per
// mutation sent — before the outbox is touched: "applied" and "duplicate" rows leave,
// "rejected" ones move to needs-attention with the server's reason. Anything else (no
// network, timeout, 5xx, an answer we cannot read) removes nothing and records a failure in
// the persisted RetrySchedule, whose backoff the next upload respects unless told not to.
// A 413 (batch too large) halves the batch and tries again at once.
class OutboxUploader : public QObject {
    Q_OBJECT

public:
    enum class Timing { RespectBackoff, Now };

    OutboxUploader(Outbox& outbox, SyncApi& api, RetrySchedule& retry, QObject* parent = nullptr);

    void setBatchSize(int mutations) { m_batchSize = mutations; }

    // Starts uploading; false (and nothing happens) when an upload is already running or,
    // with RespectBackoff, when the retry schedule says it is too early.
    bool upload(Timing timing = Timing::RespectBackoff);
    bool isRunning() const { return m_running; }

    const std::optional<SyncError>& lastError() const { return m_lastError; }
    bool reachedServer() const { return m_reachedServer; }

signals:
    void batchSettled(int acknowledged, int rejected);
    void finished(bool ok);

private:
    // Sends the oldest rows; completes the upload when there are none.
    void sendNextBatch();
    // Sends the oldest rows after `position`; false when there are none (or they cannot be
    // read: then the upload has completed with that error).
    bool sendBatchAfter(qint64 position);
    void onAnswer(const QList<OutboxMutation>& sent, const std::optional<SyncError>& error, const QJsonObject& answer);
    void handleTooLarge(const QList<OutboxMutation>& sent, const SyncError& error);
    // The server's answer for `batch`, checked whole: every mutation answered, in outbox order.
    std::optional<SyncError> readOutcomes(const QList<OutboxMutation>& batch, const QJsonObject& answer,
                                          QList<MutationOutcome>& outcomes);
    std::optional<SyncError> settle(const QList<MutationOutcome>& outcomes);
    void complete(std::optional<SyncError> error);

    Outbox& m_outbox;
    SyncApi& m_api;
    RetrySchedule& m_retry;
    int m_batchSize = 200;
    int m_sendLimit = 200; // m_batchSize, or less after a 413 in this upload
    bool m_running = false;
    quint64 m_uploadNumber = 0; // tells a batch sent ahead for an ended upload from this upload's
    bool m_reachedServer = false;
    std::optional<SyncError> m_lastError;
};

} // namespace tp::client
