#include <QElapsedTimer>
#include <QTest>

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

// How the edge treats a connection (KeepAliveConnection): several requests sent at once are
// answered in order, an idle kept-alive connection is closed after the keep-alive timeout, a
// request whose head cannot be read gets 400 and the connection closes.
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
        // And the server goes on serving.
        QCOMPARE(send(server.port(), get("/healthz")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestHttpConnections)
#include "tst_http_connections.moc"
