#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

#include "client/replica/PreparedChange.h"
#include "domain/core/Result.h"

namespace tp::client {

// One answer of GET /api/v1/sync/changes, read straight from its text: the page's changes
// made ready for the replica, its cursor and whether more follow.
struct FeedPage {
    QList<PreparedChange> changes;
    QString cursor;
    bool hasMore = false;
    // The newest seq in the server's log when it read the page ("latest"), for a first
    // sync's progress; absent from servers that do not say.
    std::optional<qint64> latest;
};

// Strict about the envelope (a change we cannot place must stop the sync, not be skipped):
// each change needs a seq >= 0, an entity, an id (string, or a number taken as its decimal
// text), an op of "upsert" or "delete", and an upsert a "data" object. Each change's data is
// kept as the server wrote it. Errors are "malformed_response" with what was wrong.
//
// A million-product first sync reads about half a gigabyte of JSON; simdjson reads it
// several times faster than QJsonDocument and finds each "data" text without re-serializing
// (Qt's reader and its tree were two fifths of the client's time).
domain::Result<FeedPage> readFeedPage(const QByteArray& text);

} // namespace tp::client
