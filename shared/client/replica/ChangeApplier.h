#pragma once

#include <QList>

#include "client/replica/FeedChange.h"
#include "client/replica/PreparedChange.h"
#include "client/replica/ProductProjection.h"
#include "client/replica/SearchIndexBatch.h"
#include "domain/core/Result.h"

namespace tp::client {

class ReplicaDatabase;

// Writes feed changes into the replica. Products and stock levels are projected into the
// tables the apps read; every other entity is kept in the generic `entities` table.
//
// Idempotent: a change older than what the replica holds for that entity (a lower seq) is
// ignored, so re-applying a page after a crash, or a page twice, gives the same state.
// Unknown entities are kept generically, never an error: an older register must survive a
// newer server. Must run inside the caller's transaction (one per feed page).
class ChangeApplier {
public:
    explicit ChangeApplier(ReplicaDatabase& db)
        : m_db(db) {}

    // A page's changes in order; the search index rows they change are written last.
    domain::Result<void> apply(const QList<PreparedChange>& changes);
    domain::Result<void> apply(const QList<FeedChange>& changes);
    domain::Result<void> apply(const FeedChange& change) { return apply(QList<FeedChange>{change}); }

private:
    domain::Result<void> applyOne(const PreparedChange& change);

    ReplicaDatabase& m_db;
    SearchIndexBatch m_search;
    ProductPage m_page;
};

} // namespace tp::client
