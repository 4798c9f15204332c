#include <QTest>

#include "HttpTestSupport.h"
#include "http/Request.h"

using namespace tp::server::http;

class TestRequest : public QObject {
    Q_OBJECT

private slots:
    void jsonObjectAcceptsObjects_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("plain object") << QByteArray(R"({"sku":"A-1","qty_milli":1000})");
        QTest::newRow("surrounding whitespace") << QByteArray(" \r\n{\"a\":1}\n");
        QTest::newRow("multibyte UTF-8") << QByteArray("{\"name\":\"K\xC3\xA4se \xE2\x82\xAC \xF0\x9F\xA7\x80\"}");
        QTest::newRow("escaped unicode") << QByteArray(R"({"name":"K\u00e4se"})");
        QTest::newRow("nested") << QByteArray(R"({"a":{"b":[1,2,{"c":null}]}})");
    }

    void jsonObjectAcceptsObjects() {
        QFETCH(QByteArray, body);
        Request request;
        request.body = body.toStdString();
        const auto parsed = request.jsonObject();
        TP_VERIFY_OK(parsed);
        QVERIFY(*parsed);
    }

    void jsonObjectRejects_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("empty body") << QByteArray() << "empty";
        QTest::newRow("only whitespace") << QByteArray("  \n") << "empty";
        QTest::newRow("truncated object") << QByteArray(R"({"a":)") << "not valid JSON";
        QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})") << "not valid JSON";
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << "not valid JSON";
        QTest::newRow("trailing garbage") << QByteArray(R"({"a":1} x)") << "not valid JSON";
        QTest::newRow("two objects") << QByteArray(R"({"a":1}{"b":2})") << "not valid JSON";
        QTest::newRow("raw control character in a string") << QByteArray("{\"a\":\"x\x01y\"}") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[1,2]") << "must be a JSON object";
        QTest::newRow("string") << QByteArray(R"("text")") << "must be a JSON object";
        QTest::newRow("number") << QByteArray("42") << "must be a JSON object";
        QTest::newRow("null") << QByteArray("null") << "must be a JSON object";
        QTest::newRow("invalid UTF-8 continuation") << QByteArray("{\"a\":\"\xC3\x28\"}") << "offset 6";
        QTest::newRow("overlong encoding of slash") << QByteArray("{\"a\":\"\xC0\xAF\"}") << "not valid UTF-8";
        QTest::newRow("UTF-16 surrogate") << QByteArray("{\"a\":\"\xED\xA0\x80\"}") << "not valid UTF-8";
        QTest::newRow("code point above U+10FFFF") << QByteArray("{\"a\":\"\xF4\x90\x80\x80\"}") << "not valid UTF-8";
        QTest::newRow("truncated sequence at the end") << QByteArray("{\"a\":1}\xE2\x82") << "not valid UTF-8";
        QTest::newRow("Latin-1 byte") << QByteArray("{\"a\":\"K\xE4se\"}") << "not valid UTF-8";
        QTest::newRow("nesting deeper than the parser allows")
            << QByteArray("{\"a\":") + QByteArray(1000, '[') << "not valid JSON";
    }

    void jsonObjectRejects() {
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        Request request;
        request.body = body.toStdString();
        const auto parsed = request.jsonObject();
        TP_VERIFY_ERROR(parsed, "invalid_request");
        QVERIFY2(qs(parsed.error().message).contains(messagePart), parsed.error().message.c_str());
    }

    void headerIsCaseInsensitive() {
        Request request;
        request.headers = {{"content-type", "application/json"}, {"x-tenant", "acme"}};
        QCOMPARE(qs(request.header("Content-Type")), QStringLiteral("application/json"));
        QCOMPARE(qs(request.header("X-TENANT")), QStringLiteral("acme"));
        QCOMPARE(qs(request.header("Authorization")), QString());
    }

    void queryValueGivesTheFirstValue() {
        Request request;
        request.query = {{"limit", "50"}, {"status", "paid"}, {"status", "open"}};
        QCOMPARE(qs(request.queryValue("limit").value()), QStringLiteral("50"));
        QVERIFY(!request.queryValue("cursor").has_value());
        QCOMPARE(qs(request.queryValue("status").value()), QStringLiteral("paid")); // the first one sent
    }
};

QTEST_GUILESS_MAIN(TestRequest)
#include "tst_request.moc"
