#include <QTest>

#include "HttpTestSupport.h"
#include "http/Response.h"

using namespace tp::server::http;
using tp::domain::makeError;

class TestResponse : public QObject {
    Q_OBJECT

private slots:
    void statusAndWireCode_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("wireCode");

        QTest::newRow("invalid_request is 400") << "invalid_request" << 400 << "invalid_request";
        QTest::newRow("unauthorized is 401") << "unauthorized" << 401 << "unauthorized";
        QTest::newRow("forbidden is 403") << "forbidden" << 403 << "forbidden";
        QTest::newRow("tenant_suspended is 403") << "tenant_suspended" << 403 << "tenant_suspended";
        QTest::newRow("plan_limit is 403") << "plan_limit" << 403 << "plan_limit";
        QTest::newRow("feature_disabled is 403") << "feature_disabled" << 403 << "feature_disabled";
        QTest::newRow("not_found is 404") << "not_found" << 404 << "not_found";
        QTest::newRow("method_not_allowed is 405") << "method_not_allowed" << 405 << "method_not_allowed";
        QTest::newRow("conflict is 409") << "conflict" << 409 << "conflict";
        QTest::newRow("sku_taken is 409") << "sku_taken" << 409 << "sku_taken";
        QTest::newRow("slug_taken is 409") << "slug_taken" << 409 << "slug_taken";
        QTest::newRow("any *_taken is 409") << "email_taken" << 409 << "email_taken";
        QTest::newRow("version_conflict is 409") << "version_conflict" << 409 << "version_conflict";
        QTest::newRow("out_of_stock is 409") << "out_of_stock" << 409 << "out_of_stock";
        QTest::newRow("payload_too_large is 413") << "payload_too_large" << 413 << "payload_too_large";
        QTest::newRow("coupon_expired is 422 coupon_invalid") << "coupon_expired" << 422 << "coupon_invalid";
        QTest::newRow("coupon_invalid stays coupon_invalid") << "coupon_invalid" << 422 << "coupon_invalid";
        QTest::newRow("rate_limited is 429") << "rate_limited" << 429 << "rate_limited";
        QTest::newRow("unknown code is 500 internal_error") << "db_unreachable" << 500 << "internal_error";
        QTest::newRow("taken without underscore is not a conflict") << "taken" << 500 << "internal_error";
        QTest::newRow("empty code is 500") << "" << 500 << "internal_error";
    }

    void statusAndWireCode() {
        QFETCH(QString, code);
        QFETCH(int, status);
        QFETCH(QString, wireCode);
        const auto error = makeError(code.toStdString(), "message");
        QCOMPARE(statusForError(error), status);
        QCOMPARE(qs(wireCodeForError(error)), wireCode);

        const Response response = Response::error(error);
        QCOMPARE(response.status, status);
        QCOMPARE(qs(response.contentType), QStringLiteral("application/json"));
        test::Reply reply{response.status, {}, response.body};
        QCOMPARE(qs(reply.errorCode()), wireCode);
        QCOMPARE(response.internalError.has_value(), status == 500);
    }

    void internalErrorsHideTheirDetail() {
        const auto error = makeError("db_unreachable", "connect to 10.0.0.5:5432 failed: password rejected");
        for (const Response& response : {Response::error(error), Response::error(500, error)}) {
            QCOMPARE(response.status, 500);
            QVERIFY(response.body.find("10.0.0.5") == std::string::npos);
            QVERIFY(response.body.find("db_unreachable") == std::string::npos);
            QVERIFY(response.internalError.has_value());
            QCOMPARE(*response.internalError, error);
        }
    }

    void explicitStatusKeepsCodeAndAddsExtraMembers() {
        auto current = test::object({{"id", "p1"}, {"version", 7}});
        const Response response = Response::error(409, makeError("version_conflict", "the product changed"),
                                                  test::object({{"current", current}}));
        QCOMPARE(response.status, 409);
        const test::Reply reply{response.status, {}, response.body};
        QCOMPARE(qs(reply.errorCode()), QStringLiteral("version_conflict"));
        QCOMPARE(qs(reply.errorMessage()), QStringLiteral("the product changed"));
        const auto root = reply.json();
        QVERIFY(root);
        QVERIFY(root->isObject("current"));
        QCOMPARE(root->getObject("current")->getValue<int>("version"), 7);
    }

    void messagesWithHostileBytesStayValidJson() {
        const Response response =
            Response::error(makeError("invalid_request", "field \"na\\me\"\n\x01 bad \xC3\x28 byte"));
        const test::Reply reply{response.status, {}, response.body};
        QVERIFY2(reply.json(), response.body.c_str());
        QVERIFY(reply.errorMessage().find("\xEF\xBF\xBD") != std::string::npos); // U+FFFD replaced the bad byte
        QVERIFY(reply.errorMessage().find("\"na\\me\"\n\x01") != std::string::npos);
    }

    void jsonAndText() {
        const Response json = Response::json(201, test::object({{"ok", true}}));
        QCOMPARE(json.status, 201);
        QCOMPARE(qs(json.body), QStringLiteral(R"({"ok":true})"));
        const Response text = Response::text(200, "# metrics\n", "text/plain; version=0.0.4");
        QCOMPARE(qs(text.contentType), QStringLiteral("text/plain; version=0.0.4"));
        QCOMPARE(qs(text.body), QStringLiteral("# metrics\n"));
    }
};

QTEST_GUILESS_MAIN(TestResponse)
#include "tst_response.moc"
