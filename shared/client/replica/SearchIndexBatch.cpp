#include "client/replica/SearchIndexBatch.h"

#include "client/replica/ReplicaDatabase.h"

namespace tp::client {

domain::Result<void> SearchIndexBatch::write(ReplicaDatabase& db) {
    // All deletes first, then all inserts: the index sees two runs of one kind of statement.
    for (const auto& [rowid, entry] : m_rows) {
        if (rowid >= m_firstNewRowid)
            continue; // made in this page: never indexed
        if (auto removed = db.exec(QStringLiteral("DELETE FROM catalog_search WHERE rowid = ?"), {rowid}); !removed)
            return removed.error();
    }
    for (const auto& [rowid, entry] : m_rows) {
        if (!entry)
            continue;
        auto indexed =
            db.exec(QStringLiteral("INSERT INTO catalog_search(rowid, name, skus, barcodes) VALUES(?, ?, ?, ?)"),
                    {rowid, entry->names, entry->skus, entry->barcodes});
        if (!indexed)
            return indexed.error();
    }
    m_rows.clear();
    return {};
}

} // namespace tp::client
