#include <QRegularExpression>
#include <QTest>

#include <thread>
#include <vector>

#include "HttpTestSupport.h"
#include "http/Metrics.h"

using namespace tp::server::http;
using namespace std::chrono_literals;

namespace {

QStringList lines(const std::string& text) {
    return qs(text).split('\n', Qt::SkipEmptyParts);
}

} // namespace

class TestMetrics : public QObject {
    Q_OBJECT

private slots:
    void countersHaveHelpTypeAndSortedLabels() {
        Metrics metrics;
        metrics.describe("tillpoint_sync_mutations_total", "Mutations pushed by clients, by result.");
        metrics.increment("tillpoint_sync_mutations_total", {{"status", "applied"}, {"entity", "order"}});
        metrics.increment("tillpoint_sync_mutations_total", {{"entity", "order"}, {"status", "applied"}}, 2);
        metrics.increment("tillpoint_sync_mutations_total", {{"status", "duplicate"}, {"entity", "order"}});
        const QStringList text = lines(metrics.renderPrometheus());
        QCOMPARE(text, (QStringList{
                           "# HELP tillpoint_sync_mutations_total Mutations pushed by clients, by result.",
                           "# TYPE tillpoint_sync_mutations_total counter",
                           R"(tillpoint_sync_mutations_total{entity="order",status="applied"} 3)",
                           R"(tillpoint_sync_mutations_total{entity="order",status="duplicate"} 1)",
                       }));
    }

    void labelValuesAndNamesAreEscaped_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("labelName");
        QTest::addColumn<QString>("labelValue");
        QTest::addColumn<QString>("expectedLine");

        QTest::newRow("quote, backslash and newline in a value") << "x_total"
                                                                 << "path"
                                                                 << "a\"b\\c\nd"
                                                                 << "x_total{path=\"a\\\"b\\\\c\\nd\"} 1";
        QTest::newRow("invalid characters in names become underscores") << "tillpoint.http-x"
                                                                        << "bad-label"
                                                                        << "v"
                                                                        << R"(tillpoint_http_x{bad_label="v"} 1)";
        QTest::newRow("leading digit gets an underscore") << "5xx_total"
                                                          << "a"
                                                          << "v"
                                                          << R"(_5xx_total{a="v"} 1)";
        QTest::newRow("UTF-8 values pass through")
            << "x_total"
            << "tenant" << QStringLiteral("K\u00e4se") << QStringLiteral("x_total{tenant=\"K\u00e4se\"} 1");
    }

    void labelValuesAndNamesAreEscaped() {
        QFETCH(QString, name);
        QFETCH(QString, labelName);
        QFETCH(QString, labelValue);
        QFETCH(QString, expectedLine);
        Metrics metrics;
        const std::string n = name.toStdString();
        const std::string ln = labelName.toStdString();
        const std::string lv = labelValue.toStdString();
        metrics.increment(n, {{ln, lv}});
        QVERIFY2(lines(metrics.renderPrometheus()).contains(expectedLine), metrics.renderPrometheus().c_str());
    }

    void invalidUtf8InLabelValuesIsReplaced() {
        Metrics metrics;
        metrics.increment("x_total", {{"v", "a\xC3\x28"}});
        QVERIFY(metrics.renderPrometheus().find("a\xEF\xBF\xBD(") != std::string::npos);
    }

    void histogramBucketsAreCumulative() {
        Metrics metrics;
        // Powers of two, so the sum is exact.
        metrics.observe("job_seconds", {{"job", "import"}}, 0.000244140625);
        metrics.observe("job_seconds", {{"job", "import"}}, 0.00390625);
        metrics.observe("job_seconds", {{"job", "import"}}, 0.00390625);
        metrics.observe("job_seconds", {{"job", "import"}}, 7.0);
        const QStringList text = lines(metrics.renderPrometheus());
        QVERIFY(text.contains("# TYPE job_seconds histogram"));
        QVERIFY(text.contains(R"(job_seconds_bucket{job="import",le="0.0005"} 1)"));
        QVERIFY(text.contains(R"(job_seconds_bucket{job="import",le="0.0025"} 1)"));
        QVERIFY(text.contains(R"(job_seconds_bucket{job="import",le="0.005"} 3)"));
        QVERIFY(text.contains(R"(job_seconds_bucket{job="import",le="5"} 3)"));
        QVERIFY(text.contains(R"(job_seconds_bucket{job="import",le="+Inf"} 4)"));
        QVERIFY(text.contains(R"(job_seconds_sum{job="import"} 7.008056640625)"));
        QVERIFY(text.contains(R"(job_seconds_count{job="import"} 4)"));
    }

    void gaugesAreSetAndAdded() {
        Metrics metrics;
        metrics.setGauge("tillpoint_outbox_rows", {{"store", "main"}}, 12);
        metrics.setGauge("tillpoint_outbox_rows", {{"store", "main"}}, 5);
        metrics.addToGauge("tillpoint_outbox_rows", {{"store", "main"}}, -2);
        metrics.setGauge("tillpoint_up", {}, 1);
        const QStringList text = lines(metrics.renderPrometheus());
        QVERIFY(text.contains("# TYPE tillpoint_outbox_rows gauge"));
        QVERIFY(text.contains(R"(tillpoint_outbox_rows{store="main"} 3)"));
        QVERIFY(text.contains("tillpoint_up 1"));
    }

    void oneNameWithTwoTypesRendersOnlyOne() {
        Metrics metrics;
        metrics.increment("clash", {{"a", "1"}});
        metrics.setGauge("clash", {{"a", "2"}}, 5);
        const std::string text = metrics.renderPrometheus();
        QCOMPARE(qs(text).count("# TYPE clash"), 1);
        QCOMPARE(lines(text).size(), 3);
    }

    void requestsRecordCounterHistogramAndTenant() {
        Metrics metrics;
        metrics.recordRequest("GET", "/api/v1/products/{id}", 200, "t-acme", 2ms);
        metrics.recordRequest("GET", "/api/v1/products/{id}", 404, "", 300us);
        const QStringList text = lines(metrics.renderPrometheus());
        QVERIFY(text.contains("# TYPE tillpoint_http_requests_total counter"));
        QVERIFY(text.contains(
            R"(tillpoint_http_requests_total{method="GET",route="/api/v1/products/{id}",status="200"} 1)"));
        QVERIFY(text.contains(
            R"(tillpoint_http_requests_total{method="GET",route="/api/v1/products/{id}",status="404"} 1)"));
        QVERIFY(text.contains(
            R"(tillpoint_http_request_duration_seconds_bucket{method="GET",route="/api/v1/products/{id}",le="0.0005"} 1)"));
        QVERIFY(text.contains(
            R"(tillpoint_http_request_duration_seconds_bucket{method="GET",route="/api/v1/products/{id}",le="0.0025"} 2)"));
        QVERIFY(text.contains(
            R"(tillpoint_http_request_duration_seconds_count{method="GET",route="/api/v1/products/{id}"} 2)"));
        QVERIFY(text.contains(R"(tillpoint_http_tenant_requests_total{tenant="t-acme"} 1)"));
        QVERIFY(!qs(metrics.renderPrometheus()).contains(R"(tenant="")"));
    }

    void countsFromManyThreadsAddUp() {
        Metrics metrics;
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&metrics] {
                for (int i = 0; i < 5000; ++i) {
                    metrics.increment("hits_total", {{"kind", "a"}});
                    metrics.recordRequest("GET", "/x", 200, "t", 1ms);
                }
            });
        }
        for (auto& thread : threads)
            thread.join();
        const QStringList text = lines(metrics.renderPrometheus());
        QVERIFY(text.contains(R"(hits_total{kind="a"} 40000)"));
        QVERIFY(text.contains(R"(tillpoint_http_requests_total{method="GET",route="/x",status="200"} 40000)"));
        QVERIFY(text.contains(R"(tillpoint_http_request_duration_seconds_count{method="GET",route="/x"} 40000)"));
    }

    void everyLineIsWellFormed() {
        Metrics metrics;
        metrics.recordRequest("POST", "/api/v1/products", 201, "t-1", 12ms);
        metrics.increment("a_total");
        metrics.setGauge("b", {{"x", "y"}}, 0.25);
        // HELP and TYPE come once per family, before its samples; samples are name{labels} value.
        const QRegularExpression sample("^[a-zA-Z_:][a-zA-Z0-9_:]*"
                                        "(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\\\n]|\\\\.)*\",?)*\\})? \\S+$");
        QString family;
        for (const QString& line : lines(metrics.renderPrometheus())) {
            if (line.startsWith("# HELP ")) {
                family = line.section(' ', 2, 2);
                continue;
            }
            if (line.startsWith("# TYPE ")) {
                QCOMPARE(line.section(' ', 2, 2), family);
                continue;
            }
            QVERIFY2(sample.match(line).hasMatch(), qPrintable(line));
            QVERIFY2(line.startsWith(family), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
