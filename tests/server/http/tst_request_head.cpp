#include <QTest>

#include "http/RequestHead.h"

using namespace tp::server::http;

namespace {

QString problemOf(const std::string& text) {
    const HeadParse parse = parseRequestHead(text);
    return parse.outcome == HeadParse::Outcome::Malformed ? QString::fromStdString(parse.problem) : QString();
}

// Feeds `wire` to a fresh decoder in pieces of `step` bytes, as a socket may deliver it.
ChunkedBodyDecoder::Outcome decodeInSteps(const std::string& wire, std::size_t step, std::string& body,
                                          std::size_t& used) {
    ChunkedBodyDecoder decoder;
    std::string pending;
    used = 0;
    for (std::size_t at = 0; at < wire.size(); at += step) {
        pending.append(wire.substr(at, step));
        std::size_t consumed = 0;
        const auto outcome = decoder.feed(pending, consumed, body);
        used += consumed;
        pending.erase(0, consumed);
        if (outcome != ChunkedBodyDecoder::Outcome::NeedMore)
            return outcome;
    }
    return ChunkedBodyDecoder::Outcome::NeedMore;
}

} // namespace

// The edge's own HTTP/1.x framing: request heads and chunked bodies, whole and in pieces.
class TestRequestHead : public QObject {
    Q_OBJECT

private slots:
    void readsRequestLineAndHeaders() {
        const std::string wire = "GET /api/v1/products?limit=5 HTTP/1.1\r\nHost: acme.shop\r\n"
                                 "Accept: application/json\r\nX-Custom:  spaced value \r\n\r\nNEXT";
        const HeadParse parse = parseRequestHead(wire);
        QCOMPARE(int(parse.outcome), int(HeadParse::Outcome::Ready));
        QCOMPARE(parse.consumed, wire.size() - 4);
        QCOMPARE(parse.head.method, std::string("GET"));
        QCOMPARE(parse.head.target, std::string("/api/v1/products?limit=5"));
        QCOMPARE(parse.head.version, std::string("HTTP/1.1"));
        QCOMPARE(parse.head.headers.size(), std::size_t(3));
        QCOMPARE(parse.head.headers[0].first, std::string("host"));
        QCOMPARE(parse.head.headers[2].second, std::string("spaced value"));
        QVERIFY(parse.head.keepAlive);
        QVERIFY(!parse.head.contentLength);
        QVERIFY(!parse.head.chunked);
    }

    void waitsForTheBlankLine() {
        const std::string wire = "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\n";
        for (std::size_t cut = 0; cut < wire.size(); ++cut)
            QCOMPARE(int(parseRequestHead(wire.substr(0, cut)).outcome), int(HeadParse::Outcome::NeedMore));
        const HeadParse parse = parseRequestHead(wire);
        QCOMPARE(int(parse.outcome), int(HeadParse::Outcome::Ready));
        QCOMPARE(parse.head.contentLength.value_or(0), std::uint64_t(3));
    }

    void acceptsBareLineFeedsAndLeadingEmptyLines() {
        const HeadParse parse = parseRequestHead("\r\nGET / HTTP/1.1\nHost: a\n\n");
        QCOMPARE(int(parse.outcome), int(HeadParse::Outcome::Ready));
        QCOMPARE(parse.head.target, std::string("/"));
    }

    void connectionPersistence_data() {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("1.1 default") << "GET / HTTP/1.1\r\n\r\n" << true;
        QTest::newRow("1.1 close") << "GET / HTTP/1.1\r\nConnection: Close\r\n\r\n" << false;
        QTest::newRow("1.1 close in a list") << "GET / HTTP/1.1\r\nConnection: upgrade, close\r\n\r\n" << false;
        QTest::newRow("1.0 default") << "GET / HTTP/1.0\r\n\r\n" << false;
        QTest::newRow("1.0 keep-alive") << "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n" << true;
    }

    void connectionPersistence() {
        QFETCH(QString, wire);
        QFETCH(bool, keepAlive);
        const HeadParse parse = parseRequestHead(wire.toStdString());
        QCOMPARE(int(parse.outcome), int(HeadParse::Outcome::Ready));
        QCOMPARE(parse.head.keepAlive, keepAlive);
    }

    void framingFields() {
        HeadParse parse = parseRequestHead("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n"
                                           "Expect: 100-continue\r\n\r\n");
        QCOMPARE(int(parse.outcome), int(HeadParse::Outcome::Ready));
        QVERIFY(parse.head.chunked);
        QVERIFY(parse.head.expectContinue);
        parse = parseRequestHead("POST / HTTP/1.1\r\nContent-Length: 7\r\nContent-Length: 7\r\n\r\n");
        QCOMPARE(int(parse.outcome), int(HeadParse::Outcome::Ready));
        QCOMPARE(parse.head.contentLength.value_or(0), std::uint64_t(7));
    }

    void malformedHeads_data() {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QString>("problemPart");
        QTest::newRow("not HTTP") << "THIS IS NOT HTTP\r\n\r\n"
                                  << "target";
        QTest::newRow("no version") << "GET / NOTHTTP\r\n\r\n"
                                    << "HTTP version";
        QTest::newRow("two words") << "GET /\r\n\r\n"
                                   << "request line";
        QTest::newRow("HTTP/2 line") << "GET / HTTP/2.0\r\n\r\n"
                                     << "HTTP version";
        QTest::newRow("long method") << QString(40, 'A') + " / HTTP/1.1\r\n\r\n"
                                     << "method";
        QTest::newRow("method with a slash") << "GE/T / HTTP/1.1\r\n\r\n"
                                             << "method";
        QTest::newRow("control character in target") << "GET /a\x01"
                                                        "b HTTP/1.1\r\n\r\n"
                                                     << "target";
        QTest::newRow("header without colon") << "GET / HTTP/1.1\r\nHost a\r\n\r\n"
                                              << "Name: value";
        QTest::newRow("space before colon") << "GET / HTTP/1.1\r\nHost : a\r\n\r\n"
                                            << "Name: value";
        QTest::newRow("folded header") << "GET / HTTP/1.1\r\nX-A: 1\r\n  2\r\n\r\n"
                                       << "folded";
        QTest::newRow("negative length") << "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"
                                         << "Content-Length";
        QTest::newRow("length with letters") << "POST / HTTP/1.1\r\nContent-Length: 12a\r\n\r\n"
                                             << "Content-Length";
        QTest::newRow("conflicting lengths") << "POST / HTTP/1.1\r\nContent-Length: 1, 2\r\n\r\n"
                                             << "Content-Length";
        QTest::newRow("both framings") << "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"
                                       << "both";
        QTest::newRow("unknown coding") << "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n"
                                        << "chunked";
    }

    void malformedHeads() {
        QFETCH(QString, wire);
        QFETCH(QString, problemPart);
        const QString problem = problemOf(wire.toStdString());
        QVERIFY2(problem.contains(problemPart), qPrintable(problem));
    }

    void oversizedHeadsAreRefusedBeforeTheyEnd() {
        const std::string endless = "GET / HTTP/1.1\r\nX-Big: " + std::string(maxHeadBytes + 10, 'x');
        QVERIFY(problemOf(endless).contains("64 KiB"));
        std::string many = "GET / HTTP/1.1\r\n";
        for (std::size_t i = 0; i <= maxHeaderFields; ++i)
            many += "X-" + std::to_string(i) + ": v\r\n";
        QVERIFY(problemOf(many + "\r\n").contains("100 header fields"));
    }

    void chunkedBodiesInAnyPieces() {
        const std::string wire = "5;ext=1\r\nhello\r\n7\r\n, world\r\n0\r\nTrailer: x\r\n\r\nNEXT REQUEST";
        for (std::size_t step : {std::size_t(1), std::size_t(2), std::size_t(3), std::size_t(7), wire.size()}) {
            std::string body;
            std::size_t used = 0;
            QCOMPARE(int(decodeInSteps(wire, step, body, used)), int(ChunkedBodyDecoder::Outcome::Done));
            QCOMPARE(body, std::string("hello, world"));
            QCOMPARE(used, wire.size() - std::string("NEXT REQUEST").size());
        }
    }

    void malformedChunks_data() {
        QTest::addColumn<QString>("wire");
        QTest::newRow("size not hex") << "zz\r\nhello\r\n0\r\n\r\n";
        QTest::newRow("missing CRLF after data") << "5\r\nhelloXX0\r\n\r\n";
        QTest::newRow("empty size line") << "\r\nhello\r\n";
        QTest::newRow("size overflow") << "fffffffffffffffffff\r\n";
    }

    void malformedChunks() {
        QFETCH(QString, wire);
        std::string body;
        std::size_t used = 0;
        QCOMPARE(int(decodeInSteps(wire.toStdString(), 1, body, used)), int(ChunkedBodyDecoder::Outcome::Malformed));
    }
};

QTEST_GUILESS_MAIN(TestRequestHead)
#include "tst_request_head.moc"
