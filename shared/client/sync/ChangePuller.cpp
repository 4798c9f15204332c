#include "client/sync/ChangePuller.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

#include "client/ClientLogging.h"
#include "client/replica/ReplicaDatabase.h"
#include "client/sync/SyncApi.h"

namespace tp::client {

namespace {

const QString kCursorKey = QStringLiteral("feed_cursor");
const QString kLastPullKey = QStringLiteral("last_pull_at");

SyncError malformedFeed(const QString& detail) {
    qCWarning(lcSyncPull) << "malformed feed page:" << detail;
    return SyncError{QStringLiteral("malformed_response"),
                     ChangePuller::tr("The server sent changes that could not be read; they will be fetched again."),
                     200, true};
}

SyncError storageFailure(const domain::Error& error) {
    return SyncError{
        QString::fromStdString(error.code),
        ChangePuller::tr("Changes from the server could not be saved: %1").arg(QString::fromStdString(error.message)),
        0, true};
}

} // namespace

ChangePuller::ChangePuller(ReplicaDatabase& db, SyncApi& api, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_api(api) {}

domain::Result<QString> ChangePuller::cursor() {
    return m_db.stateValue(kCursorKey, QStringLiteral("0"));
}

bool ChangePuller::pull() {
    if (m_running)
        return false;
    m_running = true;
    m_reachedServer = false;
    m_latest.reset();
    // Always from the event loop, so callers never see finished() before pull() returned.
    QTimer::singleShot(0, this, [this] {
        auto since = cursor();
        if (m_cancelRequested)
            complete(SyncError{QStringLiteral("cancelled"), tr("Fetching changes was cancelled."), 0, false});
        else if (!since)
            complete(storageFailure(since.error()));
        else
            requestPage(*since);
    });
    return true;
}

void ChangePuller::cancel() {
    if (m_running)
        m_cancelRequested = true;
}

void ChangePuller::requestPage(const QString& since) {
    QPointer<ChangePuller> self(this);
    m_api.fetchChanges(since, m_pageSize,
                       [self, since, pull = m_pullNumber](const std::optional<SyncError>& error, const QJsonObject&,
                                                          const QByteArray& text) {
                           // A page fetched ahead for a pull that has ended since (its page failed).
                           if (!self || pull != self->m_pullNumber)
                               return;
                           self->onPage(since, error, text);
                       });
}

void ChangePuller::onPage(const QString& since, const std::optional<SyncError>& error, const QByteArray& text) {
    if (m_cancelRequested) {
        complete(SyncError{QStringLiteral("cancelled"), tr("Fetching changes was cancelled."), 0,
                           !error || error->reachedServer});
        return;
    }
    if (error) {
        m_reachedServer = m_reachedServer || error->reachedServer;
        complete(error);
        return;
    }
    m_reachedServer = true;
    FeedPage page;
    if (auto malformed = readPage(since, text, page)) {
        complete(malformed);
        return;
    }
    if (m_writing)
        m_waiting = std::move(page); // the next request goes out when this one is handed over
    else
        startWriting(std::move(page));
}

std::optional<SyncError> ChangePuller::readPage(const QString& since, const QByteArray& text, FeedPage& read) {
    auto page = readFeedPage(text);
    if (!page)
        return malformedFeed(QString::fromStdString(page.error().message));
    read = std::move(page).value();
    // A page that promises more without moving the cursor would loop forever.
    if (read.hasMore && read.cursor == since)
        return malformedFeed(QStringLiteral("has_more without a new cursor"));
    return std::nullopt;
}

void ChangePuller::startWriting(FeedPage page) {
    if (!m_writer) {
        m_writer = std::make_unique<FeedPageWriter>(m_db.path());
        connect(m_writer.get(), &FeedPageWriter::written, this, &ChangePuller::onWritten);
    }
    m_writing = true;
    m_lastPageHandedOver = !page.hasMore;
    if (page.latest)
        m_latest = std::max(m_latest.value_or(0), *page.latest);
    const QString cursor = page.cursor;
    m_writer->write(m_pullNumber, std::move(page.changes), cursor, m_lastPageHandedOver);
    // The server builds the next page, and this thread reads it, while the writer stores
    // this one. Pages are still written one after another, in order.
    if (!m_lastPageHandedOver)
        requestPage(cursor);
}

void ChangePuller::onWritten(quint64 pull, int changes, const QString& cursor,
                             const std::optional<domain::Error>& error) {
    m_writing = false;
    if (m_ending) { // the pull ended (an error, a cancel) while this page was being written
        if (!error)
            emit pageApplied(changes, cursor);
        finish(*std::exchange(m_ending, std::nullopt));
        return;
    }
    if (pull != m_pullNumber || !m_running)
        return;
    if (error) {
        qCWarning(lcSyncPull) << "page up to cursor" << cursor << "not applied:" << error->message.c_str();
        complete(storageFailure(*error));
        return;
    }
    qCDebug(lcSyncPull) << "applied" << changes << "changes, cursor" << cursor;
    emit pageApplied(changes, cursor);
    bool numeric = false;
    const qint64 position = cursor.toLongLong(&numeric);
    if (numeric && m_latest)
        emit positionKnown(position, std::max(position, *m_latest));
    if (m_cancelRequested)
        complete(SyncError{QStringLiteral("cancelled"), tr("Fetching changes was cancelled."), 0, true});
    else if (m_waiting) // read while this one was being written
        startWriting(*std::exchange(m_waiting, std::nullopt));
    else if (m_lastPageHandedOver)
        complete(std::nullopt);
}

void ChangePuller::complete(std::optional<SyncError> error) {
    ++m_pullNumber; // a page still in flight belongs to the pull that ends here
    m_waiting.reset();
    m_lastPageHandedOver = false;
    if (m_writing) {
        // finished() waits for the page being written: whoever hears it sees a settled replica.
        m_ending = std::move(error);
        return;
    }
    finish(std::move(error));
}

void ChangePuller::finish(std::optional<SyncError> error) {
    m_lastError = std::move(error);
    m_cancelRequested = false;
    if (!m_lastError) {
        if (auto stamped =
                m_db.setStateValue(kLastPullKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            !stamped)
            qCWarning(lcSyncPull) << "cannot record the pull time:" << stamped.error().message.c_str();
    }
    m_running = false;
    emit finished(!m_lastError.has_value());
}

} // namespace tp::client
