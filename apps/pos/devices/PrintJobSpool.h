#pragma once

#include <QList>
#include <QString>

#include "PrintJob.h"
#include "domain/core/Result.h"

namespace tp::pos::devices {

// Jobs on disk until the printer has taken them, so a crash or power cut while the printer is
// out of paper loses no receipt. One file per job, named by id (zero-padded, so names sort in
// job order), written atomically: the title on the first line, then the bytes.
class PrintJobSpool {
public:
    explicit PrintJobSpool(QString directory);

    bool enabled() const { return !m_directory.isEmpty(); }
    domain::Result<void> save(const PrintJob& job) const;
    void remove(quint64 id) const;
    // Every spooled job in id order; unreadable files are skipped (and left for support).
    QList<PrintJob> load() const;

private:
    QString pathFor(quint64 id) const;

    QString m_directory;
};

} // namespace tp::pos::devices
