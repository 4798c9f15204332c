#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace tp::client {

// A local fact waiting in the outbox for the server: POST /api/v1/sync/push sends it as
// {"mutation_id", "type", "data"}. `position` is its place in the upload order.
struct OutboxMutation {
    qint64 position = 0;
    QString mutationId;
    QString type;
    QJsonObject data;
    QDateTime createdAt;
};

// A mutation the server refused, kept for a person to look at with the server's reason.
struct RejectedMutation {
    QString mutationId;
    QString type;
    QJsonObject data;
    QDateTime createdAt;
    QString errorCode;
    QString errorMessage;
    QDateTime rejectedAt;
    // The server's current copy when it sent one (a stale catalog edit: version_conflict), so
    // the backoffice can show the conflict instead of overwriting (ARCHITECTURE rule 4).
    QJsonObject serverCopy;
};

// What the server answered for one mutation of a push.
struct MutationOutcome {
    enum class Status { Applied, Duplicate, Rejected };

    QString mutationId;
    Status status = Status::Applied;
    QString errorCode;
    QString errorMessage;
    QJsonObject serverCopy; // "current" of a rejected result, when the server sent one
};

} // namespace tp::client
