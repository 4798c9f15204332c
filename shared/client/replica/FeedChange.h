#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include "domain/core/Result.h"

namespace tp::client {

// One entry of GET /api/v1/sync/changes: entity `entity` with id `id` was upserted (with its
// whole current `data`) or deleted, at position `seq` of the tenant's change log.
struct FeedChange {
    enum class Op { Upsert, Delete };

    qint64 seq = 0;
    QString entity;
    QString id;
    Op op = Op::Upsert;
    QJsonObject data;
    // `data` as the server wrote it, when the page's text was at hand; empty otherwise.
    QString dataText;

    // Strict about the envelope (a change we cannot place must stop the sync, not be
    // skipped), lenient about `data`, whose shape belongs to each entity.
    static domain::Result<FeedChange> fromJson(const QJsonValue& json);
};

} // namespace tp::client
