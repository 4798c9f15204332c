#include <QTest>

#include "protocol/Rfc3339.h"

using tp::domain::timestampFromUnixMillis;
using tp::domain::unixMillis;

class TestRfc3339 : public QObject {
    Q_OBJECT

private slots:
    void format_data() {
        QTest::addColumn<qint64>("millis");
        QTest::addColumn<QString>("text");
        QTest::newRow("unix epoch") << 0LL << "1970-01-01T00:00:00.000Z";
        QTest::newRow("RFC 9562 UUIDv7 example time") << 1645557742000LL << "2022-02-22T19:22:22.000Z";
        QTest::newRow("leap day with milliseconds") << 1709210096789LL << "2024-02-29T12:34:56.789Z";
        QTest::newRow("before the epoch") << -1LL << "1969-12-31T23:59:59.999Z";
    }

    void format() {
        QFETCH(qint64, millis);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(tp::protocol::formatRfc3339(timestampFromUnixMillis(millis))), text);
    }

    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("millis");
        QTest::newRow("UTC with Z") << "2022-02-22T19:22:22Z" << 1645557742000LL;
        QTest::newRow("milliseconds") << "2024-02-29T12:34:56.789Z" << 1709210096789LL;
        QTest::newRow("microseconds are cut to milliseconds") << "2024-02-29T12:34:56.789999Z" << 1709210096789LL;
        QTest::newRow("one fraction digit") << "2024-02-29T12:34:56.7Z" << 1709210096700LL;
        QTest::newRow("positive offset") << "2022-02-22T20:22:22+01:00" << 1645557742000LL;
        QTest::newRow("negative offset") << "2022-02-22T14:22:22-05:00" << 1645557742000LL;
    }

    void parse() {
        QFETCH(QString, text);
        QFETCH(qint64, millis);
        auto parsed = tp::protocol::parseRfc3339(text.toStdString(), "counted_at");
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
        QCOMPARE(static_cast<qint64>(unixMillis(parsed.value())), millis);
    }

    void refusals_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("date only") << "2022-02-22";
        QTest::newRow("no zone") << "2022-02-22T19:22:22";
        QTest::newRow("space instead of T") << "2022-02-22 19:22:22Z";
        QTest::newRow("February 30") << "2022-02-30T00:00:00Z";
        QTest::newRow("hour 24") << "2022-02-22T24:00:00Z";
        QTest::newRow("empty fraction") << "2022-02-22T19:22:22.Z";
        QTest::newRow("trailing garbage") << "2022-02-22T19:22:22Zjunk";
        QTest::newRow("unix seconds") << "1645557742";
    }

    void refusals() {
        QFETCH(QString, text);
        auto parsed = tp::protocol::parseRfc3339(text.toStdString(), "counted_at");
        QVERIFY(!parsed.ok());
        QCOMPARE(QString::fromStdString(parsed.error().code), QStringLiteral("invalid_request"));
        QVERIFY(QString::fromStdString(parsed.error().message).startsWith(QStringLiteral("counted_at")));
    }

    void roundTrip() {
        for (qint64 millis = -86'400'000LL * 400; millis < 86'400'000LL * 20000; millis += 7'654'321'987LL) {
            const auto at = timestampFromUnixMillis(millis);
            QCOMPARE(unixMillis(tp::protocol::parseRfc3339(tp::protocol::formatRfc3339(at), "t").value()), millis);
        }
    }
};

QTEST_GUILESS_MAIN(TestRfc3339)
#include "tst_rfc3339.moc"
