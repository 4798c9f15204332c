#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>
#include <optional>

#include "client/sync/OutboxUploader.h"
#include "client/sync/SyncError.h"

namespace tp::client {

class ChangePuller;
class Outbox;
class RetrySchedule;
class SyncState;

// Drives sync for an app: a cycle on start, on a timer, on demand and shortly after every
// local write, without ever blocking the caller (all I/O is asynchronous on the Qt event
// loop). It keeps SyncState current for the UI.
//
// One cycle:
//  1. push the outbox (respecting the persisted backoff, except for syncNow());
//  2. pull the change feed to its end;
//  3. if the push was held back by the backoff but the pull just reached the server, the
//     server is back: push now instead of waiting out the backoff.
// A cycle requested while one runs is folded into one more cycle afterwards. After a failed
// push the engine wakes itself when the backoff expires.
class SyncEngine : public QObject {
    Q_OBJECT

public:
    SyncEngine(Outbox& outbox, ChangePuller& puller, OutboxUploader& uploader, RetrySchedule& pushRetry,
               SyncState& state, QObject* parent = nullptr);

    void setInterval(std::chrono::milliseconds interval);
    // How long local writes are gathered before they trigger an upload.
    void setWriteDelay(std::chrono::milliseconds delay);

    void start();
    // No new cycles; a request in flight still completes and is recorded.
    void stop();
    // The user's "sync now": a cycle at once, ignoring the backoff.
    void syncNow();

    bool isStarted() const { return m_started; }
    bool isCycleRunning() const { return m_phase != Phase::Idle; }

signals:
    void cycleFinished(bool ok);

private:
    enum class Phase { Idle, Pushing, Pulling, PushingAfterPull };

    void requestCycle(OutboxUploader::Timing timing);
    void beginCycle(OutboxUploader::Timing timing);
    void startPull();
    void onUploadFinished(bool ok);
    void onPullFinished(bool ok);
    void finishCycle();
    void refreshCounts();
    void armRetryTimer();

    Outbox& m_outbox;
    ChangePuller& m_puller;
    OutboxUploader& m_uploader;
    RetrySchedule& m_pushRetry;
    SyncState& m_state;

    QTimer m_intervalTimer;
    QTimer m_writeTimer;
    QTimer m_retryTimer;
    bool m_started = false;
    Phase m_phase = Phase::Idle;
    bool m_again = false;
    OutboxUploader::Timing m_againTiming = OutboxUploader::Timing::RespectBackoff;

    bool m_pushDeferred = false;
    bool m_reachedServer = false;
    bool m_triedNetwork = false;
    std::optional<SyncError> m_pushError;
    std::optional<SyncError> m_pullError;
};

} // namespace tp::client
