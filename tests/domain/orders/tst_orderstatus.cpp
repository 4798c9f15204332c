#include <QTest>

#include "DomainTestSupport.h"
#include "domain/orders/OrderChannel.h"
#include "domain/orders/OrderStatus.h"

using namespace tp::domain;

Q_DECLARE_METATYPE(tp::domain::OrderStatus)
Q_DECLARE_METATYPE(tp::domain::OrderChannel)

// The snake_case names of order statuses and channels, both ways.
class TestOrderStatus : public QObject {
    Q_OBJECT

private slots:
    void statusRoundTrip_data();
    void statusRoundTrip();
    void unknownStatusRejected_data();
    void unknownStatusRejected();
    void channelRoundTrip_data();
    void channelRoundTrip();
    void unknownChannelRejected_data();
    void unknownChannelRejected();
    void everyStatusHasADistinctName();
};

void TestOrderStatus::statusRoundTrip_data() {
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<QString>("name");

    QTest::newRow("pending") << OrderStatus::Pending << "pending";
    QTest::newRow("paid") << OrderStatus::Paid << "paid";
    QTest::newRow("fulfilled") << OrderStatus::Fulfilled << "fulfilled";
    QTest::newRow("shipped") << OrderStatus::Shipped << "shipped";
    QTest::newRow("completed") << OrderStatus::Completed << "completed";
    QTest::newRow("cancelled") << OrderStatus::Cancelled << "cancelled";
    QTest::newRow("partially refunded") << OrderStatus::PartiallyRefunded << "partially_refunded";
    QTest::newRow("refunded") << OrderStatus::Refunded << "refunded";
}

void TestOrderStatus::statusRoundTrip() {
    QFETCH(OrderStatus, status);
    QFETCH(QString, name);

    QCOMPARE(qs(toString(status)), name);
    const Result<OrderStatus> parsed = orderStatusFromString(name.toStdString());
    TP_VERIFY_OK(parsed);
    QCOMPARE(qs(toString(parsed.value())), name);
    QVERIFY(parsed.value() == status);
}

void TestOrderStatus::unknownStatusRejected_data() {
    QTest::addColumn<QString>("text");

    QTest::newRow("empty string") << "";
    QTest::newRow("capitalised Paid") << "Paid";
    QTest::newRow("camelCase partiallyRefunded") << "partiallyRefunded";
    QTest::newRow("words with a space") << "partially refunded";
    QTest::newRow("trailing space") << "paid ";
    QTest::newRow("american spelling canceled") << "canceled";
    QTest::newRow("a word from another system: void") << "void";
}

void TestOrderStatus::unknownStatusRejected() {
    QFETCH(QString, text);

    const Result<OrderStatus> parsed = orderStatusFromString(text.toStdString());
    TP_VERIFY_ERROR(parsed, "unknown_order_status");
    QVERIFY(qs(parsed.error().message).contains(QLatin1Char('"') + text + QLatin1Char('"')));
}

void TestOrderStatus::channelRoundTrip_data() {
    QTest::addColumn<OrderChannel>("channel");
    QTest::addColumn<QString>("name");

    QTest::newRow("register") << OrderChannel::Pos << "pos";
    QTest::newRow("own storefront") << OrderChannel::Online << "online";
    QTest::newRow("marketplace") << OrderChannel::External << "external";
}

void TestOrderStatus::channelRoundTrip() {
    QFETCH(OrderChannel, channel);
    QFETCH(QString, name);

    QCOMPARE(qs(toString(channel)), name);
    const Result<OrderChannel> parsed = orderChannelFromString(name.toStdString());
    TP_VERIFY_OK(parsed);
    QVERIFY(parsed.value() == channel);
}

void TestOrderStatus::unknownChannelRejected_data() {
    QTest::addColumn<QString>("text");

    QTest::newRow("empty string") << "";
    QTest::newRow("upper case POS") << "POS";
    QTest::newRow("synonym web") << "web";
    QTest::newRow("synonym marketplace") << "marketplace";
}

void TestOrderStatus::unknownChannelRejected() {
    QFETCH(QString, text);

    TP_VERIFY_ERROR(orderChannelFromString(text.toStdString()), "unknown_order_channel");
}

void TestOrderStatus::everyStatusHasADistinctName() {
    QSet<QString> names;
    for (OrderStatus status : kAllOrderStatuses)
        names.insert(qs(toString(status)));
    QCOMPARE(names.size(), qsizetype(kAllOrderStatuses.size()));
}

QTEST_GUILESS_MAIN(TestOrderStatus)
#include "tst_orderstatus.moc"
