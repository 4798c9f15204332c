#include "client/sync/SyncEngine.h"

#include <QDateTime>

#include "client/ClientLogging.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"
#include "client/sync/ChangePuller.h"
#include "client/sync/RetrySchedule.h"
#include "client/sync/SyncState.h"

namespace tp::client {

namespace {

const QString kLastSyncKey = QStringLiteral("last_sync_at");

} // namespace

SyncEngine::SyncEngine(Outbox& outbox, ChangePuller& puller, OutboxUploader& uploader, RetrySchedule& pushRetry,
                       SyncState& state, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_puller(puller)
    , m_uploader(uploader)
    , m_pushRetry(pushRetry)
    , m_state(state) {
    m_intervalTimer.setInterval(std::chrono::seconds(30));
    m_writeTimer.setSingleShot(true);
    m_writeTimer.setInterval(std::chrono::milliseconds(200));
    m_retryTimer.setSingleShot(true);
    connect(&m_intervalTimer, &QTimer::timeout, this, [this] { requestCycle(OutboxUploader::Timing::RespectBackoff); });
    connect(&m_writeTimer, &QTimer::timeout, this, [this] { requestCycle(OutboxUploader::Timing::RespectBackoff); });
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { requestCycle(OutboxUploader::Timing::RespectBackoff); });
    connect(&m_uploader, &OutboxUploader::finished, this, &SyncEngine::onUploadFinished);
    connect(&m_puller, &ChangePuller::finished, this, &SyncEngine::onPullFinished);
    connect(&m_outbox, &Outbox::changed, this, &SyncEngine::refreshCounts);
    // Only local writes trigger a cycle; the uploader's own settlements must not start another.
    connect(&m_outbox, &Outbox::written, this, [this] {
        if (m_started)
            m_writeTimer.start();
    });

    // The UI shows the last sync of the previous run until this one syncs.
    auto last = m_outbox.database().stateValue(kLastSyncKey);
    if (last && !last->isEmpty())
        m_state.setLastSuccessfulSync(QDateTime::fromString(*last, Qt::ISODateWithMs));
    refreshCounts();
}

void SyncEngine::setInterval(std::chrono::milliseconds interval) {
    m_intervalTimer.setInterval(interval);
}

void SyncEngine::setWriteDelay(std::chrono::milliseconds delay) {
    m_writeTimer.setInterval(delay);
}

void SyncEngine::start() {
    m_started = true;
    m_intervalTimer.start();
    requestCycle(OutboxUploader::Timing::RespectBackoff);
}

void SyncEngine::stop() {
    m_started = false;
    m_again = false;
    m_intervalTimer.stop();
    m_writeTimer.stop();
    m_retryTimer.stop();
}

void SyncEngine::syncNow() {
    requestCycle(OutboxUploader::Timing::Now);
}

void SyncEngine::requestCycle(OutboxUploader::Timing timing) {
    if (m_phase != Phase::Idle) {
        m_again = true;
        if (timing == OutboxUploader::Timing::Now)
            m_againTiming = timing;
        return;
    }
    beginCycle(timing);
}

void SyncEngine::beginCycle(OutboxUploader::Timing timing) {
    m_pushDeferred = false;
    m_reachedServer = false;
    m_triedNetwork = false;
    m_pushError.reset();
    m_pullError.reset();
    m_state.setSyncing(true);
    m_phase = Phase::Pushing;
    if (!m_uploader.upload(timing)) {
        m_pushDeferred = true;
        startPull();
    }
}

void SyncEngine::startPull() {
    m_phase = Phase::Pulling;
    if (!m_puller.pull()) // a pull someone else started: its finished() ends our phase too
        qCDebug(lcSyncEngine) << "joining a pull already running";
}

void SyncEngine::onUploadFinished(bool ok) {
    if (m_phase != Phase::Pushing && m_phase != Phase::PushingAfterPull)
        return; // an upload started outside the engine
    m_triedNetwork = true;
    m_reachedServer = m_reachedServer || m_uploader.reachedServer();
    if (ok) {
        m_pushDeferred = false;
        m_pushError.reset();
    } else {
        m_pushError = m_uploader.lastError();
    }
    refreshCounts();
    if (m_phase == Phase::Pushing)
        startPull();
    else
        finishCycle();
}

void SyncEngine::onPullFinished(bool ok) {
    if (m_phase != Phase::Pulling)
        return;
    m_triedNetwork = true;
    m_reachedServer = m_reachedServer || m_puller.reachedServer();
    if (!ok)
        m_pullError = m_puller.lastError();
    if (ok && m_pushDeferred && m_state.pendingCount() > 0) {
        m_phase = Phase::PushingAfterPull;
        if (m_uploader.upload(OutboxUploader::Timing::Now))
            return;
    }
    finishCycle();
}

void SyncEngine::finishCycle() {
    m_phase = Phase::Idle;
    const std::optional<SyncError> error = m_pushError ? m_pushError : m_pullError;
    // Rows still held back by the backoff mean the outbox did not go up in this cycle.
    const bool ok = !error && !(m_pushDeferred && m_state.pendingCount() > 0);
    if (m_triedNetwork)
        m_state.setOnline(m_reachedServer);
    if (error) {
        m_state.setLastError(error->message);
        qCInfo(lcSyncEngine) << "sync cycle failed:" << error->code << error->message;
    } else if (ok) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_state.setLastError(QString());
        m_state.setLastSuccessfulSync(now);
        if (auto stored = m_outbox.database().setStateValue(kLastSyncKey, now.toString(Qt::ISODateWithMs)); !stored)
            qCWarning(lcSyncEngine) << "cannot record the sync time:" << stored.error().message.c_str();
    }
    refreshCounts();
    m_state.setSyncing(false);
    armRetryTimer();
    emit cycleFinished(ok);

    // Only an explicit syncNow() or a running engine's triggers set m_again; stop() clears it.
    if (m_again) {
        m_again = false;
        const OutboxUploader::Timing timing = m_againTiming;
        m_againTiming = OutboxUploader::Timing::RespectBackoff;
        beginCycle(timing);
    }
}

void SyncEngine::refreshCounts() {
    if (auto pending = m_outbox.pendingCount())
        m_state.setPendingCount(*pending);
    if (auto attention = m_outbox.needsAttentionCount())
        m_state.setNeedsAttentionCount(*attention);
}

void SyncEngine::armRetryTimer() {
    m_retryTimer.stop();
    if (!m_started || m_state.pendingCount() == 0)
        return;
    auto next = m_pushRetry.nextAttemptAt();
    if (!next || !next->isValid())
        return;
    const qint64 wait = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(*next));
    m_retryTimer.start(std::chrono::milliseconds(wait));
}

} // namespace tp::client
