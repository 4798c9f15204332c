#include "db/PostgresNotificationListener.h"

#include <libpq-fe.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstring>
#include <optional>

namespace tp::server::db {

using tp::domain::Error;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

struct ResultDeleter {
    void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

struct NotificationDeleter {
    void operator()(PGnotify* notification) const { PQfreemem(notification); }
};
using NotificationPtr = std::unique_ptr<PGnotify, NotificationDeleter>;

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return text;
}

Error stopped() {
    return makeError("stopped", "the listener was stopped");
}

Error lost(pg_conn* session) {
    return makeError("database_unavailable", "lost the PostgreSQL connection: " + trimmed(PQerrorMessage(session)));
}

void ignoreNotice(void*, const char*) {}

} // namespace

void PostgresNotificationListener::SessionCloser::operator()(pg_conn* connection) const {
    PQfinish(connection);
}

Result<std::unique_ptr<PostgresNotificationListener>> PostgresNotificationListener::start(Options options,
                                                                                          Callbacks callbacks) {
    const int wake = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (wake < 0)
        return makeError("database_unavailable",
                         std::string("cannot make the listener's wake-up descriptor: ") + std::strerror(errno));
    std::unique_ptr<PostgresNotificationListener> listener(
        new PostgresNotificationListener(std::move(options), std::move(callbacks), wake));
    listener->m_thread = std::thread([raw = listener.get()] { raw->run(); });
    return Result<std::unique_ptr<PostgresNotificationListener>>(std::move(listener));
}

PostgresNotificationListener::PostgresNotificationListener(Options options, Callbacks callbacks, int wake)
    : m_options(std::move(options))
    , m_callbacks(std::move(callbacks))
    , m_wake(wake) {}

PostgresNotificationListener::~PostgresNotificationListener() {
    stop();
    ::close(m_wake);
}

void PostgresNotificationListener::stop() {
    m_stopping.store(true);
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(m_wake, &one, sizeof one); // only fails when already readable
    if (m_thread.joinable())
        m_thread.join();
}

void PostgresNotificationListener::run() {
    auto delay = m_options.firstRetryDelay;
    while (!m_stopping.load()) {
        const Error ended = [&]() -> Error {
            auto session = connect();
            if (!session)
                return session.error();
            if (auto listening = listen(session.value().get()); !listening)
                return listening.error();
            delay = m_options.firstRetryDelay;
            if (m_callbacks.connected)
                m_callbacks.connected();
            return receive(session.value().get());
        }(); // the session is closed here, before anyone hears of it
        if (m_stopping.load())
            return;
        if (m_callbacks.disconnected)
            m_callbacks.disconnected(ended.message);
        const Deadline retryAt = std::chrono::steady_clock::now() + delay;
        if (waitFor(-1, 0, &retryAt) == Wait::Woken)
            return;
        delay = std::min(delay * 2, m_options.maxRetryDelay);
    }
}

Result<PostgresNotificationListener::Session> PostgresNotificationListener::connect() const {
    // Keepalive defaults come before the URI so that its own parameters win; the application
    // name after it, so that the session is always recognisable as the listener. A peer gone
    // silent is given up after 10 s idle plus 3 unanswered probes 5 s apart.
    const char* keywords[] = {"keepalives",      "keepalives_idle", "keepalives_interval", "keepalives_count",
                              "client_encoding", "dbname",          "application_name",    nullptr};
    const char* values[] = {"1",    "10", "5", "3", "UTF8", m_options.uri.c_str(), m_options.applicationName.c_str(),
                            nullptr};
    // Asynchronous, so that stop() need not wait for a server that does not answer (name
    // resolution aside: libpq does it before returning).
    Session session(PQconnectStartParams(keywords, values, 1));
    if (!session)
        return makeError("database_unavailable", "cannot connect to PostgreSQL: out of memory");
    const Deadline deadline = std::chrono::steady_clock::now() + m_options.connectTimeout;
    // As libpq prescribes: wait as if the last poll had asked to write.
    PostgresPollingStatusType polling =
        PQstatus(session.get()) == CONNECTION_BAD ? PGRES_POLLING_FAILED : PGRES_POLLING_WRITING;
    while (polling != PGRES_POLLING_OK) {
        if (polling == PGRES_POLLING_FAILED)
            return makeError("database_unavailable",
                             "cannot connect to PostgreSQL: " + trimmed(PQerrorMessage(session.get())));
        const Wait waited =
            waitFor(PQsocket(session.get()), polling == PGRES_POLLING_READING ? POLLIN : POLLOUT, &deadline);
        if (waited == Wait::Woken)
            return stopped();
        if (waited == Wait::TimedOut)
            return makeError("database_unavailable", "cannot connect to PostgreSQL: no answer within " +
                                                         std::to_string(m_options.connectTimeout.count()) + " ms");
        polling = PQconnectPoll(session.get());
    }
    PQsetNoticeProcessor(session.get(), ignoreNotice, nullptr);
    return Result<Session>(std::move(session));
}

Result<void> PostgresNotificationListener::listen(pg_conn* session) const {
    std::unique_ptr<char, decltype(&PQfreemem)> channel(
        PQescapeIdentifier(session, m_options.channel.c_str(), m_options.channel.size()), &PQfreemem);
    if (!channel)
        return makeError("database_error", "cannot quote the channel name: " + trimmed(PQerrorMessage(session)));
    if (PQsendQuery(session, ("LISTEN " + std::string(channel.get())).c_str()) == 0)
        return lost(session);
    const Deadline deadline = std::chrono::steady_clock::now() + m_options.connectTimeout;
    std::optional<Error> refused;
    for (;;) {
        while (PQisBusy(session) != 0) {
            const Wait waited = waitFor(PQsocket(session), POLLIN, &deadline);
            if (waited == Wait::Woken)
                return stopped();
            if (waited == Wait::TimedOut)
                return makeError("database_unavailable", "no answer to LISTEN within " +
                                                             std::to_string(m_options.connectTimeout.count()) + " ms");
            if (PQconsumeInput(session) == 0)
                return lost(session);
        }
        const ResultPtr result(PQgetResult(session));
        if (!result)
            break;
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK && !refused)
            refused = makeError("database_error", "LISTEN failed: " + trimmed(PQresultErrorMessage(result.get())));
    }
    if (refused)
        return *refused;
    return {};
}

Error PostgresNotificationListener::receive(pg_conn* session) const {
    for (;;) {
        // Notifications that came in with the last read (or with the answer to LISTEN).
        while (!m_stopping.load()) {
            const NotificationPtr notification(PQnotifies(session));
            if (!notification)
                break;
            if (m_callbacks.notified)
                m_callbacks.notified(notification->extra);
        }
        const int socket = PQsocket(session);
        if (socket < 0)
            return lost(session);
        if (waitFor(socket, POLLIN, nullptr) == Wait::Woken)
            return stopped();
        // A terminated backend says FATAL and closes the socket: the read after it fails.
        if (PQconsumeInput(session) == 0 || PQstatus(session) == CONNECTION_BAD)
            return lost(session);
    }
}

PostgresNotificationListener::Wait PostgresNotificationListener::waitFor(int socket, short events,
                                                                         const Deadline* deadline) const {
    for (;;) {
        int timeout = -1;
        if (deadline) {
            const auto left =
                std::chrono::ceil<std::chrono::milliseconds>(*deadline - std::chrono::steady_clock::now()).count();
            if (left <= 0)
                return Wait::TimedOut;
            timeout = static_cast<int>(std::min<std::int64_t>(left, INT_MAX));
        }
        pollfd descriptors[2] = {{m_wake, POLLIN, 0}, {socket, events, 0}};
        const int ready = ::poll(descriptors, socket >= 0 ? 2 : 1, timeout);
        if (ready < 0 && errno == EINTR)
            continue;
        if (descriptors[0].revents != 0)
            return Wait::Woken; // the eventfd stays readable: every later wait ends at once too
        if (ready != 0)
            return Wait::Ready; // readiness, or a poll() failure that libpq's next call will report
    }
}

} // namespace tp::server::db
