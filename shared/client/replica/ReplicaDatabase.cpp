#include "client/replica/ReplicaDatabase.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include "client/ClientLogging.h"
#include "client/replica/ReplicaMigrations.h"

namespace tp::client {

namespace {

// Every caller marks its text with QT_TRANSLATE_NOOP("tp::client::ReplicaDatabase", ...) so that
// lupdate extracts it; the translation itself happens here, at run time.
QString translated(const char* text) {
    return QCoreApplication::translate("tp::client::ReplicaDatabase", text);
}

// Qt's own rule for what binds as NULL: an invalid variant, a null string or byte array.
bool bindsNull(const QVariant& value) {
    if (!value.isValid())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString*>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(value.constData())->isNull();
    default:
        return value.isNull();
    }
}

QVariant columnValue(sqlite3_stmt* statement, int column) {
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(statement, column));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, column)),
                                          sqlite3_column_bytes(statement, column)));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(statement, column)),
                                   sqlite3_column_bytes(statement, column)));
    default:
        return QVariant();
    }
}

} // namespace

domain::Error storageError(const QString& what, const QString& detail) {
    return domain::makeError("storage_error", QStringLiteral("%1: %2").arg(what, detail).toStdString());
}

ReplicaDatabase::ReplicaDatabase() = default;

ReplicaDatabase::~ReplicaDatabase() {
    close();
}

domain::Error ReplicaDatabase::lastError(const char* what) const {
    return storageError(translated(what), m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle))
                                                   : QStringLiteral("the local database is not open"));
}

domain::Result<void> ReplicaDatabase::open(const QString& path) {
    close();
    // Without the allocator's statistics (which nothing reads) SQLite takes no process-wide
    // lock on every allocation: that lock was a twelfth of a first sync's writing. It can
    // only be set before SQLite starts up; if something else started it first, it stays on.
    static const bool noAllocationStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(noAllocationStatistics);
    m_path = path;
    const QByteArray file = path.toUtf8();
    const int opened = sqlite3_open_v2(file.constData(), &m_handle,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (opened != SQLITE_OK) {
        const QString detail =
            m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QString::fromUtf8(sqlite3_errstr(opened));
        close();
        return storageError(
            translated(QT_TRANSLATE_NOOP("tp::client::ReplicaDatabase", "Cannot open the local database %1")).arg(path),
            detail);
    }
    sqlite3_extended_result_codes(m_handle, 1);
    // Waits for another process' write lock (a second app instance) instead of failing at once.
    sqlite3_busy_timeout(m_handle, 5000);
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
    // 32 MiB of page cache (SQLite's default is 2): a million-product catalog's indexes are
    // walked on every write of a first sync and every scan.
    for (const char* pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-32768"}) {
        if (auto done = exec(QString::fromLatin1(pragma)); !done)
            return done.error();
    }
    return {};
}

void ReplicaDatabase::close() {
    // Statements hold the connection: they must go before it is closed.
    for (sqlite3_stmt* statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    m_statements.clear();
    if (m_handle) {
        if (sqlite3_close(m_handle) != SQLITE_OK)
            qCWarning(lcReplica) << "closing the replica failed:" << sqlite3_errmsg(m_handle);
        m_handle = nullptr;
    }
    m_inTransaction = false;
}

bool ReplicaDatabase::isOpen() const {
    return m_handle != nullptr;
}

domain::Result<int> ReplicaDatabase::schemaVersion() {
    auto rows = select(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"));
    if (!rows)
        return rows.error();
    return rows->first().value(0).toInt();
}

domain::Result<void> ReplicaDatabase::run(const char* sql, const char* failure) {
    auto statement = prepared(QString::fromLatin1(sql));
    if (!statement)
        return statement.error();
    auto stepped = start(*statement, {}, failure);
    sqlite3_reset(*statement);
    if (!stepped)
        return stepped.error();
    return {};
}

domain::Result<void> ReplicaDatabase::transaction(const std::function<domain::Result<void>()>& work) {
    if (m_inTransaction)
        return domain::makeError("nested_transaction", "a replica transaction is already open");
    // IMMEDIATE: the write lock is taken (or waited for) up front. Two connections write this
    // file (the app's and the feed writer's); a deferred transaction that read first would
    // fail outright, without waiting, when the other committed in between.
    if (auto begun =
            run("BEGIN IMMEDIATE", QT_TRANSLATE_NOOP("tp::client::ReplicaDatabase", "Cannot start a transaction"));
        !begun)
        return begun;
    m_inTransaction = true;
    domain::Result<void> outcome = work();
    if (outcome)
        outcome = run("COMMIT", QT_TRANSLATE_NOOP("tp::client::ReplicaDatabase", "Cannot commit a transaction"));
    // A failed COMMIT (e.g. SQLITE_BUSY) leaves the transaction open: it is rolled back too.
    if (!outcome && !sqlite3_get_autocommit(m_handle)) {
        if (auto rolledBack = run("ROLLBACK", "rollback"); !rolledBack)
            qCWarning(lcReplica) << "rollback failed:" << rolledBack.error().message.c_str();
    }
    m_inTransaction = false;
    return outcome;
}

domain::Result<sqlite3_stmt*> ReplicaDatabase::prepared(const QString& sql) {
    if (!isOpen())
        return domain::makeError("storage_error", "the local database is not open");
    auto found = m_statements.constFind(sql);
    if (found != m_statements.constEnd())
        return found.value();
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                           nullptr) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_finalize(statement);
        return storageError(translated(QT_TRANSLATE_NOOP("tp::client::ReplicaDatabase", "Cannot prepare a statement")),
                            detail + QStringLiteral(" — ") + sql);
    }
    if (!statement) // only a comment or white space
        return storageError(translated(QT_TRANSLATE_NOOP("tp::client::ReplicaDatabase", "Cannot prepare a statement")),
                            QStringLiteral("no statement in — ") + sql);
    m_statements.insert(sql, statement);
    return statement;
}

domain::Result<int> ReplicaDatabase::start(sqlite3_stmt* statement, const QVariantList& values, const char* failure) {
    const int parameters = sqlite3_bind_parameter_count(statement);
    if (values.size() != parameters)
        return storageError(translated(failure),
                            QStringLiteral("%1 values for %2 placeholders").arg(values.size()).arg(parameters));
    int bound = SQLITE_OK;
    for (int i = 0; i < parameters && bound == SQLITE_OK; ++i) {
        const QVariant& value = values.at(i);
        if (bindsNull(value)) {
            bound = sqlite3_bind_null(statement, i + 1);
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
            bound = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
            break;
        case QMetaType::ULong:
        case QMetaType::ULongLong:
            bound = sqlite3_bind_int64(statement, i + 1, sqlite3_int64(value.toULongLong()));
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            bound = sqlite3_bind_double(statement, i + 1, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const auto* bytes = static_cast<const QByteArray*>(value.constData());
            bound =
                sqlite3_bind_blob64(statement, i + 1, bytes->constData(), sqlite3_uint64(bytes->size()), SQLITE_STATIC);
            break;
        }
        default: {
            if (value.metaType() == QMetaType::fromType<Utf8Text>()) {
                const auto* utf8 = static_cast<const Utf8Text*>(value.constData());
                bound = sqlite3_bind_text64(statement, i + 1, utf8->bytes.constData(),
                                            sqlite3_uint64(utf8->bytes.size()), SQLITE_STATIC, SQLITE_UTF8);
                break;
            }
            const QByteArray text = value.toString().toUtf8();
            bound = sqlite3_bind_text64(statement, i + 1, text.constData(), sqlite3_uint64(text.size()),
                                        SQLITE_TRANSIENT, SQLITE_UTF8);
            break;
        }
        }
    }
    if (bound != SQLITE_OK) {
        auto error = lastError(failure);
        sqlite3_clear_bindings(statement);
        return error;
    }
    const int stepped = sqlite3_step(statement);
    if (stepped != SQLITE_ROW && stepped != SQLITE_DONE) {
        auto error = lastError(failure);
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        return error;
    }
    return stepped;
}

domain::Result<int> ReplicaDatabase::exec(const QString& sql, const QVariantList& values) {
    auto statement = prepared(sql);
    if (!statement)
        return statement.error();
    const char* failure = QT_TRANSLATE_NOOP("tp::client::ReplicaDatabase", "A database statement failed");
    auto stepped = start(*statement, values, failure);
    if (!stepped)
        return stepped.error();
    int step = *stepped;
    while (step == SQLITE_ROW) // a statement with rows run for its effect (e.g. a PRAGMA)
        step = sqlite3_step(*statement);
    const int changed = sqlite3_changes(m_handle);
    if (step != SQLITE_DONE) {
        auto error = lastError(failure);
        sqlite3_reset(*statement);
        return error;
    }
    sqlite3_reset(*statement);
    return changed;
}

domain::Result<SqlRows> ReplicaDatabase::select(const QString& sql, const QVariantList& values) {
    auto statement = prepared(sql);
    if (!statement)
        return statement.error();
    const char* failure = QT_TRANSLATE_NOOP("tp::client::ReplicaDatabase", "A database query failed");
    auto stepped = start(*statement, values, failure);
    if (!stepped)
        return stepped.error();
    SqlRows rows;
    const int columns = sqlite3_column_count(*statement);
    int step = *stepped;
    while (step == SQLITE_ROW) {
        SqlRow row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row << columnValue(*statement, c);
        rows << std::move(row);
        step = sqlite3_step(*statement);
    }
    if (step != SQLITE_DONE) {
        auto error = lastError(failure);
        sqlite3_reset(*statement);
        return error;
    }
    sqlite3_reset(*statement);
    return rows;
}

qint64 ReplicaDatabase::lastInsertRowid() const {
    return m_handle ? sqlite3_last_insert_rowid(m_handle) : 0;
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
