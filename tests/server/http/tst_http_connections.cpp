#include <QElapsedTimer>
#include <QTest>

#include <condition_variable>
#include <mutex>

#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include "HttpTestSupport.h"

using namespace tp::server::http;
using namespace tp::server::http::test;

namespace {

// Everything the server sends on `socket` until it closes the connection or `timeoutMs` pass.
std::string readUntilClosed(Poco::Net::StreamSocket& socket, int timeoutMs) {
    socket.setReceiveTimeout(Poco::Timespan(0, timeoutMs * 1000));
    std::string received;
    char buffer[4096];
    try {
        for (;;) {
            const int n = socket.receiveBytes(buffer, sizeof buffer);
            if (n <= 0)
                break;
            received.append(buffer, static_cast<std::size_t>(n));
        }
    } catch (const Poco::TimeoutException&) {
        received += "<timeout>";
    }
    return received;
}

int count(const std::string& text, const std::string& what) {
    int found = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++found;
    return found;
}

} // namespace

// How the edge's event loops treat a connection: several requests sent at once are answered in
// order, an idle kept-alive connection is closed after the keep-alive timeout, a request whose
// head cannot be read gets 400 and the connection closes, HTTP/1.0 and "Expect: 100-continue"
// are honoured, requests arriving byte by byte are served, and an answer the client is slow to
// read holds back only that connection.
class TestHttpConnections : public QObject {
    Q_OBJECT

private slots:
    void pipelinedRequestsAreAnsweredInOrder() {
        TestServer server;
        Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", server.port()));
        const std::string requests = "GET /healthz HTTP/1.1\r\nHost: t\r\nX-Request-Id: first-one\r\n\r\n"
                                     "GET /healthz HTTP/1.1\r\nHost: t\r\nX-Request-Id: second-one\r\n\r\n"
                                     "GET /healthz HTTP/1.1\r\nHost: t\r\nX-Request-Id: third-one\r\nConnection: "
                                     "close\r\n\r\n";
        socket.sendBytes(requests.data(), static_cast<int>(requests.size()));
        const std::string answers = readUntilClosed(socket, 5000);
        QCOMPARE(count(answers, "HTTP/1.1 200"), 3);
        const auto first = answers.find("first-one");
        const auto second = answers.find("second-one");
        const auto third = answers.find("third-one");
        QVERIFY(first != std::string::npos && second != std::string::npos && third != std::string::npos);
        QVERIFY(first < second && second < third);
    }

    // The last request a connection may serve is answered "Connection: close", so a client
    // never sends the next one into a closing socket.
    void lastRequestOfAConnectionSaysClose() {
        TestServer server;
        auto connection = session(server.port());
        int served = 0;
        for (; served < 1100; ++served) {
            const Reply reply = send(*connection, get("/healthz"));
            QCOMPARE(reply.status, 200);
            if (qs(reply.header("Connection")).compare("close", Qt::CaseInsensitive) == 0)
                break;
        }
        QCOMPARE(served + 1, 1000); // HttpServer allows 1,000 requests per connection
    }

    void idleKeptAliveConnectionIsClosedAfterTheTimeout() {
        TestServer server({}, [](HttpServerOptions& options) { options.keepAliveTimeout = std::chrono::seconds(1); });
        Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", server.port()));
        const std::string request = "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n";
        socket.sendBytes(request.data(), static_cast<int>(request.size()));
        QElapsedTimer idle;
        idle.start();
        const std::string answers = readUntilClosed(socket, 10000);
        QCOMPARE(count(answers, "HTTP/1.1 200"), 1);
        QVERIFY2(answers.find("<timeout>") == std::string::npos, "the server must close the idle connection");
        QVERIFY2(idle.elapsed() >= 900 && idle.elapsed() < 5000, qPrintable(QString::number(idle.elapsed())));
    }

    void malformedHeadGets400AndTheConnectionCloses() {
        TestServer server;
        Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", server.port()));
        // A request line Poco refuses to read: a 40-letter method (Poco allows 32).
        const std::string garbage = std::string(40, 'A') + " /healthz HTTP/1.1\r\nHost: t\r\n\r\n";
        socket.sendBytes(garbage.data(), static_cast<int>(garbage.size()));
        const std::string answer = readUntilClosed(socket, 5000);
        QVERIFY2(answer.rfind("HTTP/1.1 400", 0) == 0, answer.c_str());
        QVERIFY(answer.find("<timeout>") == std::string::npos);
        QVERIFY2(answer.find("invalid_request") != std::string::npos, answer.c_str()); // the envelope, in words
        QVERIFY(answer.find("method") != std::string::npos);
        // And the server goes on serving.
        QCOMPARE(send(server.port(), get("/healthz")).status, 200);
    }

    void http10RequestIsAnsweredInKindAndClosed() {
        TestServer server;
        Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", server.port()));
        const std::string request = "GET /healthz HTTP/1.0\r\n\r\n";
        socket.sendBytes(request.data(), static_cast<int>(request.size()));
        const std::string answer = readUntilClosed(socket, 5000);
        QVERIFY2(answer.rfind("HTTP/1.0 200 OK\r\n", 0) == 0, answer.c_str());
        QVERIFY(answer.find("Connection: close") != std::string::npos);
        QVERIFY(answer.find("<timeout>") == std::string::npos);
    }

    void expectContinueGetsAnInterimAnswerBeforeTheBody() {
        TestServer server;
        Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", server.port()));
        const std::string head = "POST /api/v1/upload HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n"
                                 "Expect: 100-continue\r\nConnection: close\r\n\r\n";
        socket.sendBytes(head.data(), static_cast<int>(head.size()));
        socket.setReceiveTimeout(Poco::Timespan(5, 0));
        char buffer[256];
        const int n = socket.receiveBytes(buffer, sizeof buffer);
        QCOMPARE(std::string(buffer, static_cast<std::size_t>(std::max(n, 0))),
                 std::string("HTTP/1.1 100 Continue\r\n\r\n"));
        socket.sendBytes("hello", 5);
        const std::string answer = readUntilClosed(socket, 5000);
        QVERIFY2(answer.rfind("HTTP/1.1 200", 0) == 0, answer.c_str());
        QVERIFY(answer.find(R"({"bytes":5})") != std::string::npos);
    }

    void requestArrivingByteByByteIsServed() {
        TestServer server;
        Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", server.port()));
        socket.setNoDelay(true);
        const std::string request = "POST /api/v1/upload HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n"
                                    "Connection: close\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n";
        for (const char c : request) {
            socket.sendBytes(&c, 1);
            QTest::qWait(1);
        }
        const std::string answer = readUntilClosed(socket, 5000);
        QVERIFY2(answer.rfind("HTTP/1.1 200", 0) == 0, answer.c_str());
        QVERIFY(answer.find(R"({"bytes":5})") != std::string::npos);
    }

    // A route marked offload runs on the worker pool: its loop serves other connections
    // meanwhile, and what the same client pipelined behind it is answered after it, in order.
    void offloadedRouteLeavesItsLoopFree() {
        std::mutex mutex;
        std::condition_variable changed;
        bool started = false;
        bool released = false;
        TestServer server(
            [&](Router& router) {
                Route hashing = route("GET", "/hash", Access::Public, [&](Request&) {
                    std::unique_lock lock(mutex);
                    started = true;
                    changed.notify_all();
                    changed.wait_for(lock, std::chrono::seconds(5), [&] { return released; });
                    return Response::json(200, object({{"hashed", true}}));
                });
                hashing.offload = true;
                router.add(std::move(hashing));
            },
            [](HttpServerOptions& options) { options.threads = 1; }); // one loop for everyone
        Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", server.port()));
        const std::string requests = "GET /hash HTTP/1.1\r\nHost: t\r\n\r\n"
                                     "GET /healthz HTTP/1.1\r\nHost: t\r\nX-Request-Id: behind-the-hash\r\n"
                                     "Connection: close\r\n\r\n";
        socket.sendBytes(requests.data(), static_cast<int>(requests.size()));
        {
            std::unique_lock lock(mutex);
            QVERIFY(changed.wait_for(lock, std::chrono::seconds(5), [&] { return started; }));
        }
        QElapsedTimer other;
        other.start();
        QCOMPARE(send(server.port(), get("/healthz")).status, 200); // while /hash still runs
        QVERIFY(other.elapsed() < 2000);
        {
            const std::lock_guard lock(mutex);
            released = true;
        }
        changed.notify_all();
        const std::string answers = readUntilClosed(socket, 5000);
        QCOMPARE(count(answers, "HTTP/1.1 200"), 2);
        const auto hashed = answers.find(R"({"hashed":true})");
        const auto behind = answers.find("behind-the-hash");
        QVERIFY(hashed != std::string::npos && behind != std::string::npos);
        QVERIFY(hashed < behind);
    }

    // A client that does not read its (large) answers only holds back its own connection: the
    // loop waits for the socket to drain, meanwhile serving others, then sends the rest.
    void slowReaderGetsEveryAnswerWhileOthersAreServed() {
        const std::string big(3 * 1024 * 1024, 'b');
        TestServer server(
            [&big](Router& router) {
                router.add(route("GET", "/big", Access::Public,
                                 [&big](Request&) { return Response::text(200, big, "application/octet-stream"); }));
            },
            [](HttpServerOptions& options) { options.threads = 1; }); // one loop: others share it
        Poco::Net::StreamSocket slow(Poco::Net::SocketAddress("127.0.0.1", server.port()));
        const std::string two = "GET /big HTTP/1.1\r\nHost: t\r\n\r\nGET /big HTTP/1.1\r\nHost: t\r\n"
                                "Connection: close\r\n\r\n";
        slow.sendBytes(two.data(), static_cast<int>(two.size()));
        QTest::qWait(200); // the first answer fills the socket buffers and waits
        QCOMPARE(send(server.port(), get("/healthz")).status, 200);
        const std::string answers = readUntilClosed(slow, 10000);
        QCOMPARE(count(answers, "HTTP/1.1 200"), 2);
        QVERIFY(answers.size() > 2 * big.size());
        QVERIFY(answers.find("<timeout>") == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestHttpConnections)
#include "tst_http_connections.moc"
