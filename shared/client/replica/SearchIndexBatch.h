#pragma once

#include <QString>

#include <limits>
#include <map>
#include <optional>

#include "domain/core/Result.h"

namespace tp::client {

class ReplicaDatabase;

// The catalog_search rows one feed page changes, written together after the page's other
// statements. Why: once FTS5 holds pending terms it writes them out as a new index segment
// at every statement savepoint, so one index write per product between the product's other
// statements made a segment per product, and merging those was half of a first sync's time.
// Keyed by the product's rowid (the index row's rowid); the last change of a rowid wins.
class SearchIndexBatch {
public:
    struct Entry {
        QString names;
        QString skus;
        QString barcodes;
    };

    // Rows from `rowid` on are products this page created (SQLite gives a new row a rowid above
    // every existing one): they have no index row to delete yet, which spares a first sync one
    // index statement per product.
    void setFirstNewRowid(qint64 rowid) { m_firstNewRowid = rowid; }
    void put(qint64 rowid, Entry entry) { m_rows[rowid] = std::move(entry); }
    void remove(qint64 rowid) { m_rows[rowid] = std::nullopt; }

    // Replaces or deletes every collected row; inside the caller's transaction.
    domain::Result<void> write(ReplicaDatabase& db);

private:
    std::map<qint64, std::optional<Entry>> m_rows; // nullopt: the product is gone
    qint64 m_firstNewRowid = std::numeric_limits<qint64>::max();
};

} // namespace tp::client
