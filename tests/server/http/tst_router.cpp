#include <QTest>

#include <stdexcept>

#include "HttpTestSupport.h"
#include "http/Router.h"

using namespace tp::server::http;
using tp::server::http::test::route;

namespace {

Route named(std::string method, std::string pattern) {
    return route(std::move(method), std::move(pattern), Access::Public,
                 [](Request&) { return Response::text(200, "ok"); });
}

Router catalogRouter() {
    Router router;
    router.add(named("GET", "/"));
    router.add(named("GET", "/healthz"));
    router.add(named("GET", "/products/search"));
    router.add(named("GET", "/products/{id}"));
    router.add(named("PATCH", "/products/{id}"));
    router.add(named("DELETE", "/products/{id}"));
    router.add(named("GET", "/products/{id}/variants/{variant}"));
    router.add(named("GET", "/stores/{store}/inventory"));
    router.add(named("GET", "/stores/main/{what}"));
    router.add(named("POST", "/products"));
    router.add(named("GET", "/products"));
    return router;
}

} // namespace

class TestRouter : public QObject {
    Q_OBJECT

private slots:
    void matches_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("params"); // name=value

        QTest::newRow("literal path") << "GET"
                                      << "/healthz"
                                      << "/healthz" << QStringList{};
        QTest::newRow("root path") << "GET"
                                   << "/"
                                   << "/" << QStringList{};
        QTest::newRow("literal beats parameter at the same position") << "GET"
                                                                      << "/products/search"
                                                                      << "/products/search" << QStringList{};
        QTest::newRow("parameter takes any other segment") << "GET"
                                                           << "/products/p-42"
                                                           << "/products/{id}" << QStringList{"id=p-42"};
        QTest::newRow("literal without the method falls back to the parameter route")
            << "DELETE"
            << "/products/search"
            << "/products/{id}" << QStringList{"id=search"};
        QTest::newRow("two parameters") << "GET"
                                        << "/products/p1/variants/v2"
                                        << "/products/{id}/variants/{variant}" << QStringList{"id=p1", "variant=v2"};
        QTest::newRow("earlier literal wins over later literal")
            << "GET"
            << "/stores/main/inventory"
            << "/stores/main/{what}" << QStringList{"what=inventory"};
        QTest::newRow("parameter is percent-decoded") << "GET"
                                                      << "/products/red%20shirt"
                                                      << "/products/{id}" << QStringList{"id=red shirt"};
        QTest::newRow("encoded slash stays inside its segment") << "GET"
                                                                << "/products/a%2Fb"
                                                                << "/products/{id}" << QStringList{"id=a/b"};
        QTest::newRow("plus is not a space in a path") << "GET"
                                                       << "/products/a+b"
                                                       << "/products/{id}" << QStringList{"id=a+b"};
        QTest::newRow("decoded UTF-8 parameter") << "GET"
                                                 << "/products/caf%C3%A9"
                                                 << "/products/{id}" << QStringList{QStringLiteral("id=caf\u00e9")};
        QTest::newRow("encoded literal still matches the literal") << "GET"
                                                                   << "/products/%73earch"
                                                                   << "/products/search" << QStringList{};
    }

    void matches() {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, pattern);
        QFETCH(QStringList, params);
        const Router router = catalogRouter();
        const auto match = router.match(method.toStdString(), path.toStdString());
        QVERIFY2(match.route != nullptr, "no route matched");
        QCOMPARE(qs(match.route->pattern), pattern);
        QCOMPARE(qs(match.route->method), method);
        QStringList actual;
        for (const auto& [name, value] : match.params)
            actual << qs(name) + "=" + qs(value);
        QCOMPARE(actual, params);
        QVERIFY(match.allowedMethods.empty());
    }

    void misses_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("allowed"); // empty: 404

        QTest::newRow("unknown path is a 404") << "GET"
                                               << "/nothing" << QStringList{};
        QTest::newRow("trailing slash is not matched") << "GET"
                                                       << "/healthz/" << QStringList{};
        QTest::newRow("trailing slash after a parameter is not matched") << "GET"
                                                                         << "/products/p1/" << QStringList{};
        QTest::newRow("empty segment is no parameter") << "GET"
                                                       << "/products//variants/v1" << QStringList{};
        QTest::newRow("more segments than any pattern") << "GET"
                                                        << "/a/b/c/d/e/f/g" << QStringList{};
        QTest::newRow("relative path") << "GET"
                                       << "healthz" << QStringList{};
        QTest::newRow("bad escape matches nothing") << "GET"
                                                    << "/products/%zz" << QStringList{};
        QTest::newRow("truncated escape matches nothing") << "GET"
                                                          << "/products/ab%4" << QStringList{};
        QTest::newRow("escaped NUL matches nothing") << "GET"
                                                     << "/products/a%00b" << QStringList{};
        QTest::newRow("escaped invalid UTF-8 matches nothing") << "GET"
                                                               << "/products/%C3%28" << QStringList{};
        QTest::newRow("wrong method lists the path's methods sorted")
            << "POST"
            << "/products/p1" << QStringList{"DELETE", "GET", "PATCH"};
        QTest::newRow("literal path with a parameter sibling lists both routes' methods")
            << "PUT"
            << "/products/search" << QStringList{"DELETE", "GET", "PATCH"};
        QTest::newRow("collection route methods") << "DELETE"
                                                  << "/products" << QStringList{"GET", "POST"};
        QTest::newRow("methods are case-sensitive") << "get"
                                                    << "/healthz" << QStringList{"GET"};
    }

    void misses() {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QStringList, allowed);
        const Router router = catalogRouter();
        const auto match = router.match(method.toStdString(), path.toStdString());
        QVERIFY(match.route == nullptr);
        QStringList actual;
        for (const auto& name : match.allowedMethods)
            actual << qs(name);
        QCOMPARE(actual, allowed);
    }

    void addRejectsProgrammingErrors_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("pattern");

        QTest::newRow("same method and shape as an existing route") << "GET"
                                                                    << "/products/{sku}";
        QTest::newRow("same literal route twice") << "GET"
                                                  << "/healthz";
        QTest::newRow("pattern without leading slash") << "GET"
                                                       << "products";
        QTest::newRow("parameter inside a segment") << "GET"
                                                    << "/products/p{id}";
        QTest::newRow("empty parameter name") << "GET"
                                              << "/products/{}";
        QTest::newRow("parameter name twice") << "GET"
                                              << "/a/{x}/b/{x}";
    }

    void addRejectsProgrammingErrors() {
        QFETCH(QString, method);
        QFETCH(QString, pattern);
        Router router = catalogRouter();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, router.add(named(method.toStdString(), pattern.toStdString())));
    }

    void sameShapeWithAnotherMethodIsFine() {
        Router router = catalogRouter();
        router.add(named("PUT", "/products/{sku}"));
        const auto match = router.match("PUT", "/products/x");
        QVERIFY(match.route != nullptr);
        QCOMPARE(qs(match.params.at("sku")), QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
