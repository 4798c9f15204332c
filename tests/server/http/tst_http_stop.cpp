#include <QTest>

#include <atomic>
#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

#include <Poco/Net/NetException.h>

#include "HttpTestSupport.h"

using namespace tp::server::http;
using namespace tp::server::http::test;
using namespace std::chrono_literals;

namespace {

// A handler that signals when it has started and then waits until released (or a timeout),
// so a test controls exactly when a request is "in flight".
class Gate {
public:
    void arrive() {
        const std::lock_guard lock(m_mutex);
        ++m_arrived;
        m_changed.notify_all();
    }
    bool waitForArrivals(int count) {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, 5s, [&] { return m_arrived >= count; });
    }
    void release() {
        const std::lock_guard lock(m_mutex);
        m_released = true;
        m_changed.notify_all();
    }
    void waitForRelease(std::chrono::milliseconds timeout) {
        std::unique_lock lock(m_mutex);
        m_changed.wait_for(lock, timeout, [&] { return m_released; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_arrived = 0;
    bool m_released = false;
};

std::function<void(Router&)> slowRoute(Gate& gate, std::chrono::milliseconds holdFor) {
    return [&gate, holdFor](Router& router) {
        router.add(route("GET", "/slow", Access::Public, [&gate, holdFor](Request&) {
            gate.arrive();
            gate.waitForRelease(holdFor);
            return Response::json(200, object({{"done", true}}));
        }));
    };
}

bool connectionRefused(std::uint16_t port) {
    try {
        send(port, get("/healthz"));
    } catch (const Poco::Net::ConnectionRefusedException&) {
        return true;
    } catch (const Poco::Exception& exception) {
        qWarning("expected a refused connection, got %s", exception.displayText().c_str());
        return false;
    }
    return false;
}

} // namespace

class TestHttpStop : public QObject {
    Q_OBJECT

private slots:
    void inFlightRequestCompletesAndNewConnectionsAreRefused() {
        Gate gate;
        TestServer server(slowRoute(gate, 600ms));
        const std::uint16_t port = server.port();
        auto inFlight = std::async(std::launch::async, [port] { return send(port, get("/slow")); });
        QVERIFY(gate.waitForArrivals(1));

        const auto before = std::chrono::steady_clock::now();
        server.server->stop(5s);
        const auto took = std::chrono::steady_clock::now() - before;

        // stop() waited for the slow request (held 600 ms from its arrival), not for the grace.
        QVERIFY2(took >= 400ms, "stop() returned while the request was still running");
        QCOMPARE(inFlight.wait_for(5s), std::future_status::ready);
        const Reply reply = inFlight.get();
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()->getValue<bool>("done"), true);
        QCOMPARE(qs(reply.header("Connection")).toLower(), QStringLiteral("close"));
        QVERIFY(took < 4s);
        QVERIFY(connectionRefused(port));
    }

    void idleKeptAliveConnectionsDoNotHoldUpStop() {
        TestServer server;
        auto connection = session(server.port());
        QCOMPARE(send(*connection, get("/healthz")).status, 200); // the connection now idles, kept alive
        const auto before = std::chrono::steady_clock::now();
        server.server->stop(5s);
        QVERIFY(std::chrono::steady_clock::now() - before < 2s);
        QVERIFY(connectionRefused(server.port()));
    }

    void stopReturnsWhenTheGracePeriodRunsOut() {
        Gate gate;
        auto server = std::make_unique<TestServer>(slowRoute(gate, 10s));
        const std::uint16_t port = server->port();
        auto inFlight = std::async(std::launch::async, [port]() -> int {
            try {
                return send(port, get("/slow")).status;
            } catch (const Poco::Exception&) {
                return -1; // the connection was shut down under the request
            }
        });
        QVERIFY(gate.waitForArrivals(1));
        const auto before = std::chrono::steady_clock::now();
        server->server->stop(300ms);
        const auto took = std::chrono::steady_clock::now() - before;
        QVERIFY2(took >= 300ms && took < 3s, "stop() should wait for the grace period, then return");
        QCOMPARE(inFlight.wait_for(5s), std::future_status::ready);
        QCOMPARE(inFlight.get(), -1);
        // The handler is still running; destroying the server waits for it instead of freeing
        // what it uses.
        gate.release();
        server.reset();
    }

    void stopFromSeveralThreadsAtOnceIsSafe() {
        Gate gate;
        TestServer server(slowRoute(gate, 400ms));
        const std::uint16_t port = server.port();
        std::vector<std::future<Reply>> requests;
        for (int i = 0; i < 3; ++i)
            requests.push_back(std::async(std::launch::async, [port] { return send(port, get("/slow")); }));
        QVERIFY(gate.waitForArrivals(3));
        std::vector<std::thread> stoppers;
        for (int i = 0; i < 3; ++i)
            stoppers.emplace_back([&server] { server.server->stop(5s); });
        for (auto& stopper : stoppers)
            stopper.join();
        for (auto& request : requests)
            QCOMPARE(request.get().status, 200);
        server.server->stop(); // once more: a no-op
        QVERIFY(connectionRefused(port));
    }

    void startTwiceAndBusyPortAreErrors() {
        TestServer first;
        const auto again = first.server->start();
        TP_VERIFY_ERROR(again, "invalid_state");

        Router router;
        FakeAuthenticator authenticator;
        FakeFeatureGate features;
        Metrics metrics;
        HttpServerOptions options;
        options.port = first.port();
        HttpServer second(options, router, authenticator, features, metrics);
        const auto started = second.start();
        TP_VERIFY_ERROR(started, "listen_failed");
        QVERIFY(qs(started.error().message).contains(QString::number(first.port())));
    }
};

QTEST_GUILESS_MAIN(TestHttpStop)
#include "tst_http_stop.moc"
