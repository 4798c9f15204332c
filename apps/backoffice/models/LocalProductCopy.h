#pragma once

#include <QJsonObject>
#include <QString>

#include "client/replica/ProductProjection.h"
#include "client/replica/SearchIndexBatch.h"
#include "domain/core/Result.h"

namespace tp::client {
class ReplicaDatabase;
}

namespace tp::backoffice {

// The replica's copy of products this office changed (an edit, an import) until the feed
// brings the server's: written as the feed would write them — product, variants, barcodes,
// search index — at the seq the replica had, so the server's next copy (a higher seq)
// replaces it. Inside the caller's transaction (Outbox::write); finish() writes the search
// index rows of everything put.
class LocalProductCopy {
public:
    explicit LocalProductCopy(client::ReplicaDatabase& db)
        : m_db(db)
        , m_projection(db, m_search, m_page) {}

    // `product`: the wire form (API.md) with variant ids.
    domain::Result<void> put(const QString& productId, qint64 seq, const QJsonObject& product);
    domain::Result<void> finish();

private:
    client::ReplicaDatabase& m_db;
    client::SearchIndexBatch m_search;
    client::ProductPage m_page; // no new-rowid shortcut: every product replaces its variants
    client::ProductProjection m_projection;
};

} // namespace tp::backoffice
