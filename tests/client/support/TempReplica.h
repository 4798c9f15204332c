#pragma once

#include <QTemporaryDir>
#include <memory>

#include "client/replica/ReplicaDatabase.h"

namespace tp::client::testing {

// A replica file in a fresh temporary directory, opened and migrated; reopen() closes and
// opens the same file again, as an app restart would.
class TempReplica {
public:
    TempReplica();
    ReplicaDatabase& db() { return *m_db; }
    QString path() const { return m_dir.filePath(QStringLiteral("replica.sqlite")); }
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ReplicaDatabase> m_db;
};

} // namespace tp::client::testing
