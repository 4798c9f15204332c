#include "PrintJobSpool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace tp::pos::devices {

namespace {

// Messages for people, in the translation context "tp::pos::devices::PrintJobSpool".
class Text {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::devices::PrintJobSpool)
};

const QString kSuffix = QStringLiteral(".escpos");

} // namespace

PrintJobSpool::PrintJobSpool(QString directory)
    : m_directory(std::move(directory)) {}

QString PrintJobSpool::pathFor(quint64 id) const {
    return m_directory + QStringLiteral("/%1").arg(id, 12, 10, QLatin1Char('0')) + kSuffix;
}

domain::Result<void> PrintJobSpool::save(const PrintJob& job) const {
    if (!enabled())
        return {};
    if (!QDir().mkpath(m_directory))
        return domain::makeError("spool_error",
                                 Text::tr("Cannot create the print spool folder %1.").arg(m_directory).toStdString());
    QSaveFile file(pathFor(job.id));
    if (!file.open(QIODevice::WriteOnly))
        return domain::makeError("spool_error", Text::tr("Cannot write print job %1 to %2: %3")
                                                    .arg(job.id)
                                                    .arg(file.fileName(), file.errorString())
                                                    .toStdString());
    QString title = job.title;
    title.replace(QLatin1Char('\n'), QLatin1Char(' '));
    file.write(title.toUtf8() + '\n');
    file.write(job.bytes);
    if (!file.commit())
        return domain::makeError("spool_error", Text::tr("Cannot write print job %1 to %2: %3")
                                                    .arg(job.id)
                                                    .arg(file.fileName(), file.errorString())
                                                    .toStdString());
    return {};
}

void PrintJobSpool::remove(quint64 id) const {
    if (enabled())
        QFile::remove(pathFor(id));
}

QList<PrintJob> PrintJobSpool::load() const {
    QList<PrintJob> jobs;
    if (!enabled())
        return jobs;
    const QDir directory(m_directory);
    for (const QString& name : directory.entryList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const quint64 id = name.chopped(kSuffix.size()).toULongLong(&ok);
        QFile file(directory.filePath(name));
        if (!ok || !file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        const qsizetype newline = content.indexOf('\n');
        if (newline < 0)
            continue;
        PrintJob job;
        job.id = id;
        job.title = QString::fromUtf8(content.left(newline));
        job.bytes = content.mid(newline + 1);
        jobs.append(job);
    }
    return jobs;
}

} // namespace tp::pos::devices
