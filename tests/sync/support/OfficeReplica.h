#pragma once

#include <QString>
#include <QUrl>

#include "FixedTokenSource.h"
#include "client/outbox/Outbox.h"
#include "client/replica/ReplicaDatabase.h"
#include "client/sync/ChangePuller.h"
#include "client/sync/OutboxUploader.h"
#include "client/sync/RetrySchedule.h"
#include "client/sync/SyncApi.h"
#include "domain/ids/UuidV7Generator.h"

namespace tp::test {

// A backoffice's replica and outbox talking to the real server with a staff token: what the
// backoffice's sync tests share, with pull() and upload() that wait for the server's answers.
class OfficeReplica {
public:
    // `path`: the replica file; `token`: a staff access token of the tenant.
    OfficeReplica(const QString& path, const QUrl& server, const QString& token);

    bool isOpen() const { return m_open; }
    // The feed, to its end; false on an error or after 60 s.
    bool pull();
    // The outbox, until it is empty (in as many batches as it takes); false when something is
    // left or the server refused something (it then waits in the needs-attention list).
    bool upload();
    // The first refusal's code and message, for a failing check to show ("" when none).
    QString firstRefusal();
    // For the office's online reads (a stock history).
    client::SyncApi& api() { return m_api; }

    // In this order: the file is opened before anything built on it.
    client::ReplicaDatabase db;

private:
    bool m_open;

public:
    domain::UuidV7Generator ids{domain::UuidV7Generator::systemClock(), domain::UuidV7Generator::systemRandomSource()};
    client::Outbox outbox{db, ids};

private:
    client::testing::FixedTokenSource m_token;
    client::SyncApi m_api;
    client::ChangePuller m_puller{db, m_api};
    client::RetrySchedule m_retry{db, QStringLiteral("push"), client::RetryPolicy{}};
    client::OutboxUploader m_uploader{outbox, m_api, m_retry};
};

} // namespace tp::test
