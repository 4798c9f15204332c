#include "client/sync/OutboxUploader.h"

#include <algorithm>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include "client/ClientLogging.h"
#include "client/outbox/Outbox.h"
#include "client/sync/RetrySchedule.h"
#include "client/sync/SyncApi.h"

namespace tp::client {

namespace {

SyncError malformedAnswer(const QString& detail) {
    qCWarning(lcSyncPush) << "malformed push answer:" << detail;
    return SyncError{QStringLiteral("malformed_response"),
                     OutboxUploader::tr("The server's answer to an upload could not be read; nothing was lost, it "
                                        "will be sent again."),
                     200, true};
}

SyncError storageFailure(const domain::Error& error) {
    return SyncError{
        QString::fromStdString(error.code),
        OutboxUploader::tr("The outbox could not be read or updated: %1").arg(QString::fromStdString(error.message)), 0,
        false};
}

std::optional<MutationOutcome> outcomeFromJson(const QJsonObject& result) {
    MutationOutcome outcome;
    outcome.mutationId = result.value(QLatin1String("mutation_id")).toString();
    const QString status = result.value(QLatin1String("status")).toString();
    if (status == QLatin1String("applied")) {
        outcome.status = MutationOutcome::Status::Applied;
    } else if (status == QLatin1String("duplicate")) {
        outcome.status = MutationOutcome::Status::Duplicate;
    } else if (status == QLatin1String("rejected")) {
        outcome.status = MutationOutcome::Status::Rejected;
        // The reason as the error envelope's {code, message}; a bare string is taken as both.
        const QJsonValue error = result.value(QLatin1String("error"));
        if (error.isObject()) {
            outcome.errorCode = error.toObject().value(QLatin1String("code")).toString();
            outcome.errorMessage = error.toObject().value(QLatin1String("message")).toString();
        } else {
            outcome.errorCode = outcome.errorMessage = error.toString();
        }
        if (outcome.errorCode.isEmpty())
            outcome.errorCode = QStringLiteral("rejected");
        outcome.serverCopy = result.value(QLatin1String("current")).toObject();
    } else {
        return std::nullopt;
    }
    return outcome;
}

} // namespace

OutboxUploader::OutboxUploader(Outbox& outbox, SyncApi& api, RetrySchedule& retry, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_api(api)
    , m_retry(retry) {}

bool OutboxUploader::upload(Timing timing) {
    if (m_running)
        return false;
    if (timing == Timing::RespectBackoff) {
        auto due = m_retry.isDue();
        if (due.ok() && !*due)
            return false;
    }
    m_running = true;
    m_reachedServer = false;
    m_sendLimit = m_batchSize;
    // Always from the event loop, so callers never see finished() before upload() returned.
    QTimer::singleShot(0, this, &OutboxUploader::sendNextBatch);
    return true;
}

void OutboxUploader::sendNextBatch() {
    if (!sendBatchAfter(0) && m_running)
        complete(std::nullopt);
}

bool OutboxUploader::sendBatchAfter(qint64 position) {
    auto batch = m_outbox.oldest(m_sendLimit, position);
    if (!batch) {
        complete(storageFailure(batch.error()));
        return false;
    }
    if (batch->isEmpty())
        return false;
    QJsonArray mutations;
    for (const OutboxMutation& mutation : *batch) {
        mutations.append(QJsonObject{{QStringLiteral("mutation_id"), mutation.mutationId},
                                     {QStringLiteral("type"), mutation.type},
                                     {QStringLiteral("data"), mutation.data}});
    }
    qCDebug(lcSyncPush) << "pushing" << batch->size() << "mutations from position" << batch->first().position;
    QPointer<OutboxUploader> self(this);
    m_api.push(mutations, [self, upload = m_uploadNumber, sent = *batch](const std::optional<SyncError>& error,
                                                                         const QJsonObject& answer, const QByteArray&) {
        // A batch sent ahead for an upload that has ended since: its rows are still in the
        // outbox and go again (the server answers "duplicate" if it applied them).
        if (!self || upload != self->m_uploadNumber)
            return;
        self->onAnswer(sent, error, answer);
    });
    return true;
}

void OutboxUploader::onAnswer(const QList<OutboxMutation>& sent, const std::optional<SyncError>& error,
                              const QJsonObject& answer) {
    m_reachedServer = m_reachedServer || !error || error->reachedServer;
    if (error && error->httpStatus == 413) {
        handleTooLarge(sent, *error);
        return;
    }
    if (error) {
        complete(error);
        return;
    }
    QList<MutationOutcome> outcomes;
    if (auto malformed = readOutcomes(sent, answer, outcomes)) {
        complete(malformed);
        return;
    }
    // The next batch goes out before this one is settled here, so the server works on it
    // meanwhile. Still in order: the server has answered this batch, so it applied it first.
    const bool more = sendBatchAfter(sent.last().position);
    if (!m_running)
        return; // the next batch could not be read: completed with that error
    if (auto failed = settle(outcomes)) {
        complete(failed);
        return;
    }
    if (!more)
        complete(std::nullopt);
}

void OutboxUploader::handleTooLarge(const QList<OutboxMutation>& sent, const SyncError& error) {
    // Too big for the server: halve the batch and send again at once. One mutation that is
    // too big on its own will never go through, so it is the server's refusal of that
    // mutation and goes to needs-attention rather than blocking the outbox forever.
    if (sent.size() > 1) {
        m_sendLimit = std::max(1, int(sent.size()) / 2);
        qCInfo(lcSyncPush) << "batch of" << sent.size() << "too large, sending" << m_sendLimit;
        sendNextBatch();
        return;
    }
    const MutationOutcome refused{
        sent.first().mutationId, MutationOutcome::Status::Rejected, error.code, error.message, {}};
    if (auto settled = m_outbox.settle({refused}); !settled) {
        complete(storageFailure(settled.error()));
        return;
    }
    emit batchSettled(0, 1);
    sendNextBatch();
}

std::optional<SyncError> OutboxUploader::readOutcomes(const QList<OutboxMutation>& batch, const QJsonObject& answer,
                                                      QList<MutationOutcome>& outcomes) {
    const QJsonValue results = answer.value(QLatin1String("results"));
    if (!results.isArray())
        return malformedAnswer(QStringLiteral("no results array"));
    if (results.toArray().size() != batch.size())
        return malformedAnswer(
            QStringLiteral("%1 results for %2 mutations").arg(results.toArray().size()).arg(batch.size()));
    QHash<QString, MutationOutcome> byId;
    for (const QJsonValue& value : results.toArray()) {
        const std::optional<MutationOutcome> outcome = outcomeFromJson(value.toObject());
        if (!outcome)
            return malformedAnswer(QStringLiteral("a result without a known status"));
        byId.insert(outcome->mutationId, *outcome);
    }
    // Every mutation sent must be answered; the outcomes are applied in outbox order.
    for (const OutboxMutation& mutation : batch) {
        const auto found = byId.constFind(mutation.mutationId);
        if (found == byId.constEnd())
            return malformedAnswer(QStringLiteral("no result for %1").arg(mutation.mutationId));
        outcomes << *found;
    }
    return std::nullopt;
}

std::optional<SyncError> OutboxUploader::settle(const QList<MutationOutcome>& outcomes) {
    if (auto settled = m_outbox.settle(outcomes); !settled)
        return storageFailure(settled.error());
    const auto rejected = std::count_if(outcomes.cbegin(), outcomes.cend(), [](const MutationOutcome& outcome) {
        return outcome.status == MutationOutcome::Status::Rejected;
    });
    emit batchSettled(int(outcomes.size() - rejected), int(rejected));
    return std::nullopt;
}

void OutboxUploader::complete(std::optional<SyncError> error) {
    ++m_uploadNumber; // a batch still in flight belongs to the upload that ends here
    m_lastError = std::move(error);
    if (m_lastError) {
        auto next = m_retry.recordFailure();
        if (next)
            qCInfo(lcSyncPush) << "upload failed (" << m_lastError->code << "), next attempt at" << *next;
        else
            qCWarning(lcSyncPush) << "cannot record the retry schedule:" << next.error().message.c_str();
    } else if (auto cleared = m_retry.recordSuccess(); !cleared) {
        qCWarning(lcSyncPush) << "cannot clear the retry schedule:" << cleared.error().message.c_str();
    }
    m_running = false;
    emit finished(!m_lastError.has_value());
}

} // namespace tp::client
