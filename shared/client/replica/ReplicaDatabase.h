#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>
#include <functional>

#include "domain/core/Result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace tp::client {

using SqlRow = QVariantList;
using SqlRows = QList<SqlRow>;

// Text that is UTF-8 already (a product's JSON as the server sent it): it binds as TEXT
// without a round trip through QString's UTF-16. A QByteArray binds as a BLOB.
struct Utf8Text {
    QByteArray bytes;
};

// The app's own SQLite file: the replica of the server's change feed, the outbox of local
// facts waiting for upload, and the sync bookkeeping. Everything the register sells offline
// lives here, so the file is opened for durability first: WAL (readers never block the
// writer), synchronous=FULL (a committed sale survives power loss, not just a crash) and
// foreign keys on. Opening applies the numbered migrations in ReplicaMigrations.
//
// Each instance owns its own SQLite connection, straight through the C library rather than
// QtSql: binding through QSqlQuery (QVariant placeholders, UTF-16 text) was a fifth of a
// first sync's time. The connection must be used from the thread that opened it (SQLite's
// multi-thread mode, no per-call mutex). Statements are prepared once and cached by their
// SQL text. Values bind by type: integers, doubles, text (QString or Utf8Text), blobs; a null QString or an
// invalid QVariant binds NULL. Rows come back as qlonglong, double, QString, QByteArray or
// an invalid QVariant for NULL.
class ReplicaDatabase {
public:
    ReplicaDatabase();
    ~ReplicaDatabase();
    ReplicaDatabase(const ReplicaDatabase&) = delete;
    ReplicaDatabase& operator=(const ReplicaDatabase&) = delete;

    domain::Result<void> open(const QString& path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    // The highest migration recorded in schema_version.
    domain::Result<int> schemaVersion();

    // Runs `work` inside one transaction: commits when it succeeds, rolls back otherwise, so
    // a failure anywhere leaves the file exactly as it was. Transactions do not nest.
    domain::Result<void> transaction(const std::function<domain::Result<void>()>& work);
    bool inTransaction() const { return m_inTransaction; }

    // Executes one statement with positional values; answers the number of rows changed.
    domain::Result<int> exec(const QString& sql, const QVariantList& values = {});
    // The rowid the latest successful INSERT on this connection gave its row.
    qint64 lastInsertRowid() const;
    // Executes one statement and reads every row it yields (SELECT, or ... RETURNING).
    domain::Result<SqlRows> select(const QString& sql, const QVariantList& values = {});

    // The sync bookkeeping (feed cursor, last sync time): small text values by key.
    domain::Result<QString> stateValue(const QString& key, const QString& fallback = {});
    domain::Result<void> setStateValue(const QString& key, const QString& value);

private:
    domain::Result<sqlite3_stmt*> prepared(const QString& sql);
    // Binds `values` and steps once; the caller reads rows while it answers SQLITE_ROW.
    domain::Result<int> start(sqlite3_stmt* statement, const QVariantList& values, const char* failure);
    domain::Result<void> run(const char* sql, const char* failure);
    domain::Result<void> configureConnection();
    domain::Error lastError(const char* what) const;

    QString m_path;
    sqlite3* m_handle = nullptr;
    QHash<QString, sqlite3_stmt*> m_statements;
    bool m_inTransaction = false;
};

// A storage failure in the replica's vocabulary: code "storage_error" and what SQLite said.
domain::Error storageError(const QString& what, const QString& detail);

} // namespace tp::client

Q_DECLARE_METATYPE(tp::client::Utf8Text)
