#include "client/replica/ReplicaDatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>

#include "client/ClientLogging.h"
#include "client/replica/ReplicaMigrations.h"

namespace tp::client {

namespace {

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tp-replica-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Every caller marks its text with QT_TRANSLATE_NOOP("tp::client::ReplicaDatabase", ...) so that
// lupdate extracts it; the translation itself happens here, at run time.
QString translated(const char* text) {
    return QCoreApplication::translate("tp::client::ReplicaDatabase", text);
}

} // namespace

domain::Error storageError(const QString& what, const QString& detail) {
    return domain::makeError("storage_error", QStringLiteral("%1: %2").arg(what, detail).toStdString());
}

ReplicaDatabase::ReplicaDatabase()
    : m_connectionName(nextConnectionName()) {}

ReplicaDatabase::~ReplicaDatabase() {
    close();
}

domain::Result<void> ReplicaDatabase::open(const QString& path) {
    close();
    m_path = path;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid())
        return storageError(
            translated(QT_TRANSLATE_NOOP("tp::client::ReplicaDatabase", "The SQLite driver for Qt is not installed")),
            QStringLiteral("QSQLITE (Debian package libqt6sql6-sqlite)"));
    m_db.setDatabaseName(path);
    // Waits for another process' write lock (a second app instance) instead of failing at once.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        const QString detail = m_db.lastError().text();
        close();
        return storageError(
            translated(QT_TRANSLATE_NOOP("tp::client::ReplicaDatabase", "Cannot open the local database %1")).arg(path),
            detail);
    }
    if (auto configured = configureConnection(); !configured) {
        close();
        return configured;
    }
    if (auto migrated = applyReplicaMigrations(*this); !migrated) {
        close();
        return migrated;
    }
    return {};
}

domain::Result<void> ReplicaDatabase::configureConnection() {
    // journal_mode answers with the mode actually in force; anything but "wal" means the file
    // system refused it (e.g. a network share), and we would rather say so than run without.
    auto mode = select(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode)
        return mode.error();
    if (mode->isEmpty() || mode->first().value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return storageError(translated(QT_TRANSLATE_NOOP("tp::client::ReplicaDatabase",
                                                         "The local database cannot use write-ahead logging")),
                            m_path);
    for (const char* pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (auto done = exec(QString::fromLatin1(pragma)); !done)
            return done.error();
    }
    return {};
}

void ReplicaDatabase::close() {
    // Cached statements hold the connection: they must go before it is removed.
    m_statements.clear();
    if (m_db.isValid()) {
        if (m_db.isOpen())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_inTransaction = false;
}

bool ReplicaDatabase::isOpen() const {
    return m_db.isValid() && m_db.isOpen();
}

domain::Result<int> ReplicaDatabase::schemaVersion() {
    auto rows = select(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"));
    if (!rows)
        return rows.error();
    return rows->first().value(0).toInt();
}

domain::Result<void> ReplicaDatabase::transaction(const std::function<domain::Result<void>()>& work) {
    if (m_inTransaction)
        return domain::makeError("nested_transaction", "a replica transaction is already open");
    if (!m_db.transaction())
        return storageError(translated(QT_TRANSLATE_NOOP("tp::client::ReplicaDatabase", "Cannot start a transaction")),
                            m_db.lastError().text());
    m_inTransaction = true;
    domain::Result<void> outcome = work();
    // Finished statements release their read cursors before COMMIT/ROLLBACK.
    for (auto& statement : m_statements)
        statement.finish();
    if (outcome && !m_db.commit())
        outcome =
            storageError(translated(QT_TRANSLATE_NOOP("tp::client::ReplicaDatabase", "Cannot commit a transaction")),
                         m_db.lastError().text());
    if (!outcome) {
        if (!m_db.rollback())
            qCWarning(lcReplica) << "rollback failed:" << m_db.lastError().text();
    }
    m_inTransaction = false;
    return outcome;
}

domain::Result<QSqlQuery*> ReplicaDatabase::prepared(const QString& sql) {
    if (!isOpen())
        return domain::makeError("storage_error", "the local database is not open");
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return storageError(
                translated(QT_TRANSLATE_NOOP("tp::client::ReplicaDatabase", "Cannot prepare a statement")),
                query.lastError().text() + QStringLiteral(" — ") + sql);
        found = m_statements.insert(sql, std::move(query));
    }
    return &found.value();
}

domain::Result<int> ReplicaDatabase::exec(const QString& sql, const QVariantList& values) {
    auto query = prepared(sql);
    if (!query)
        return query.error();
    QSqlQuery& q = **query;
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec()) {
        const QString detail = q.lastError().text();
        q.finish();
        return storageError(translated(QT_TRANSLATE_NOOP("tp::client::ReplicaDatabase", "A database statement failed")),
                            detail);
    }
    const int changed = q.numRowsAffected();
    q.finish();
    return changed;
}

domain::Result<SqlRows> ReplicaDatabase::select(const QString& sql, const QVariantList& values) {
    auto query = prepared(sql);
    if (!query)
        return query.error();
    QSqlQuery& q = **query;
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec()) {
        const QString detail = q.lastError().text();
        q.finish();
        return storageError(translated(QT_TRANSLATE_NOOP("tp::client::ReplicaDatabase", "A database query failed")),
                            detail);
    }
    SqlRows rows;
    int columns = -1; // QSqlRecord is costly to build: once per query, not per row
    while (q.next()) {
        if (columns < 0)
            columns = q.record().count();
        SqlRow row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row << q.value(c);
        rows << std::move(row);
    }
    if (q.lastError().isValid()) {
        const QString detail = q.lastError().text();
        q.finish();
        return storageError(translated(QT_TRANSLATE_NOOP("tp::client::ReplicaDatabase", "A database query failed")),
                            detail);
    }
    q.finish();
    return rows;
}

domain::Result<QString> ReplicaDatabase::stateValue(const QString& key, const QString& fallback) {
    auto rows = select(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? fallback : rows->first().value(0).toString();
}

domain::Result<void> ReplicaDatabase::setStateValue(const QString& key, const QString& value) {
    auto done = exec(QStringLiteral("INSERT INTO sync_state(key, value) VALUES(?, ?) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     {key, value});
    if (!done)
        return done.error();
    return {};
}

} // namespace tp::client
