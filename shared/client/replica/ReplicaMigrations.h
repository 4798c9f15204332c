#pragma once

#include <QList>
#include <QStringList>

#include "domain/core/Result.h"

namespace tp::client {

class ReplicaDatabase;

// One numbered step of the replica's schema. Steps are never edited once shipped: a change
// is a new step with the next number.
struct ReplicaMigration {
    int version;
    QStringList statements;
};

// Every step, in order.
const QList<ReplicaMigration>& replicaMigrations();

// Brings the file up to the latest version: each missing step runs in its own transaction
// together with the schema_version row recording it, so a crash leaves a whole step or none.
// A file from a newer app (a version we do not know) is refused rather than guessed at.
domain::Result<void> applyReplicaMigrations(ReplicaDatabase& db);

} // namespace tp::client
