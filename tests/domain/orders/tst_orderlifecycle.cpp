#include <QTest>

#include <algorithm>
#include <set>
#include <vector>

#include "DomainTestSupport.h"
#include "domain/orders/OrderLifecycle.h"

using namespace tp::domain;

Q_DECLARE_METATYPE(tp::domain::OrderStatus)
Q_DECLARE_METATYPE(tp::domain::OrderChannel)

namespace {

using C = OrderChannel;
using S = OrderStatus;

QString names(const std::vector<OrderStatus>& statuses) {
    QStringList list;
    for (OrderStatus status : statuses)
        list << qs(toString(status));
    return list.join(QLatin1Char(','));
}

} // namespace

// OrderLifecycle: the legal moves per channel (each as a row, written out by hand from the
// issue, not derived from the table under test), illegal ones with their messages, terminal
// statuses, and the next-status lists UIs show as buttons.
class TestOrderLifecycle : public QObject {
    Q_OBJECT

private slots:
    void legalTransition_data();
    void legalTransition();
    void illegalTransition_data();
    void illegalTransition();
    void terminalStatusRefusesEverything_data();
    void terminalStatusRefusesEverything();
    void allowedNext_data();
    void allowedNext();
    void reachableFromPending_data();
    void reachableFromPending();
    void everyRefusalNamesBothStatuses();
    void legalCountPerChannel();
};

void TestOrderLifecycle::legalTransition_data() {
    QTest::addColumn<OrderChannel>("channel");
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<OrderStatus>("to");

    QTest::newRow("pos: open ticket is paid") << C::Pos << S::Pending << S::Paid;
    QTest::newRow("pos: open ticket is voided") << C::Pos << S::Pending << S::Cancelled;
    QTest::newRow("pos: paid sale completes at the counter") << C::Pos << S::Paid << S::Completed;
    QTest::newRow("pos: paid sale partly refunded") << C::Pos << S::Paid << S::PartiallyRefunded;
    QTest::newRow("pos: paid sale fully refunded") << C::Pos << S::Paid << S::Refunded;
    QTest::newRow("pos: completed sale partly returned") << C::Pos << S::Completed << S::PartiallyRefunded;
    QTest::newRow("pos: completed sale fully returned") << C::Pos << S::Completed << S::Refunded;
    QTest::newRow("pos: second partial refund") << C::Pos << S::PartiallyRefunded << S::PartiallyRefunded;
    QTest::newRow("pos: partial refund completed to full") << C::Pos << S::PartiallyRefunded << S::Refunded;

    QTest::newRow("online: checkout is paid") << C::Online << S::Pending << S::Paid;
    QTest::newRow("online: unpaid checkout abandoned") << C::Online << S::Pending << S::Cancelled;
    QTest::newRow("online: paid order packed") << C::Online << S::Paid << S::Fulfilled;
    QTest::newRow("online: paid order shipped without packing step") << C::Online << S::Paid << S::Shipped;
    QTest::newRow("online: paid order cancelled before fulfilment") << C::Online << S::Paid << S::Cancelled;
    QTest::newRow("online: paid order partly refunded") << C::Online << S::Paid << S::PartiallyRefunded;
    QTest::newRow("online: paid order fully refunded") << C::Online << S::Paid << S::Refunded;
    QTest::newRow("online: packed order shipped") << C::Online << S::Fulfilled << S::Shipped;
    QTest::newRow("online: packed order collected in store") << C::Online << S::Fulfilled << S::Completed;
    QTest::newRow("online: packed order partly refunded") << C::Online << S::Fulfilled << S::PartiallyRefunded;
    QTest::newRow("online: packed order fully refunded") << C::Online << S::Fulfilled << S::Refunded;
    QTest::newRow("online: shipped order delivered") << C::Online << S::Shipped << S::Completed;
    QTest::newRow("online: shipped order partly refunded") << C::Online << S::Shipped << S::PartiallyRefunded;
    QTest::newRow("online: shipped order fully refunded") << C::Online << S::Shipped << S::Refunded;
    QTest::newRow("online: delivered order partly returned") << C::Online << S::Completed << S::PartiallyRefunded;
    QTest::newRow("online: delivered order fully returned") << C::Online << S::Completed << S::Refunded;
    QTest::newRow("online: second partial refund") << C::Online << S::PartiallyRefunded << S::PartiallyRefunded;
    QTest::newRow("online: partial refund completed to full") << C::Online << S::PartiallyRefunded << S::Refunded;

    QTest::newRow("external: marketplace confirms payment") << C::External << S::Pending << S::Paid;
    QTest::newRow("external: unpaid marketplace order cancelled") << C::External << S::Pending << S::Cancelled;
    QTest::newRow("external: paid order shipped") << C::External << S::Paid << S::Shipped;
    QTest::newRow("external: marketplace cancels unshipped order") << C::External << S::Paid << S::Cancelled;
    QTest::newRow("external: paid order partly refunded") << C::External << S::Paid << S::PartiallyRefunded;
    QTest::newRow("external: paid order fully refunded") << C::External << S::Paid << S::Refunded;
    QTest::newRow("external: shipped order delivered") << C::External << S::Shipped << S::Completed;
    QTest::newRow("external: shipped order partly refunded") << C::External << S::Shipped << S::PartiallyRefunded;
    QTest::newRow("external: shipped order fully refunded") << C::External << S::Shipped << S::Refunded;
    QTest::newRow("external: delivered order partly returned") << C::External << S::Completed << S::PartiallyRefunded;
    QTest::newRow("external: delivered order fully returned") << C::External << S::Completed << S::Refunded;
    QTest::newRow("external: second partial refund") << C::External << S::PartiallyRefunded << S::PartiallyRefunded;
    QTest::newRow("external: partial refund completed to full") << C::External << S::PartiallyRefunded << S::Refunded;
}

void TestOrderLifecycle::legalTransition() {
    QFETCH(OrderChannel, channel);
    QFETCH(OrderStatus, from);
    QFETCH(OrderStatus, to);

    const Result<OrderStatus> result = OrderLifecycle::transition(channel, from, to);
    TP_VERIFY_OK(result);
    QCOMPARE(qs(toString(result.value())), qs(toString(to)));
    QVERIFY(OrderLifecycle::canTransition(channel, from, to));
    const std::vector<OrderStatus> next = OrderLifecycle::allowedNext(channel, from);
    QVERIFY(std::find(next.begin(), next.end(), to) != next.end());
}

void TestOrderLifecycle::illegalTransition_data() {
    QTest::addColumn<OrderChannel>("channel");
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<OrderStatus>("to");
    QTest::addColumn<QString>("message");

    QTest::newRow("refunded order cannot become paid")
        << C::Pos << S::Refunded << S::Paid << "A refunded order cannot become paid: refunded orders are final.";
    QTest::newRow("refunded order cannot be partly refunded again")
        << C::Online << S::Refunded << S::PartiallyRefunded
        << "A refunded order cannot become partially refunded: refunded orders are final.";
    QTest::newRow("cancelled order cannot be paid later")
        << C::Online << S::Cancelled << S::Paid << "A cancelled order cannot become paid: cancelled orders are final.";
    QTest::newRow("cancelled order cannot be refunded")
        << C::External << S::Cancelled << S::Refunded
        << "A cancelled order cannot become refunded: cancelled orders are final.";
    QTest::newRow("register sale is never shipped")
        << C::Pos << S::Paid << S::Shipped << "A paid register sale cannot become shipped.";
    QTest::newRow("register sale has no fulfilment step")
        << C::Pos << S::Paid << S::Fulfilled << "A paid register sale cannot become fulfilled.";
    QTest::newRow("paid register sale is refunded, not cancelled")
        << C::Pos << S::Paid << S::Cancelled << "A paid register sale cannot become cancelled.";
    QTest::newRow("marketplace order has no fulfilled step")
        << C::External << S::Paid << S::Fulfilled << "A paid marketplace order cannot become fulfilled.";
    QTest::newRow("online order is not completed before it leaves")
        << C::Online << S::Paid << S::Completed << "A paid online order cannot become completed.";
    QTest::newRow("packed online order cannot be cancelled")
        << C::Online << S::Fulfilled << S::Cancelled << "A fulfilled order cannot become cancelled.";
    QTest::newRow("shipped order cannot be cancelled")
        << C::External << S::Shipped << S::Cancelled << "A shipped order cannot become cancelled.";
    QTest::newRow("completed order cannot be cancelled")
        << C::Pos << S::Completed << S::Cancelled << "A completed order cannot become cancelled.";
    QTest::newRow("unpaid order cannot skip to completed")
        << C::Pos << S::Pending << S::Completed << "A pending order cannot become completed.";
    QTest::newRow("unpaid order cannot be shipped")
        << C::Online << S::Pending << S::Shipped << "A pending order cannot become shipped.";
    QTest::newRow("unpaid order cannot be refunded")
        << C::Online << S::Pending << S::Refunded << "A pending order cannot become refunded.";
    QTest::newRow("unpaid order cannot be partly refunded")
        << C::External << S::Pending << S::PartiallyRefunded << "A pending order cannot become partially refunded.";
    QTest::newRow("paid order cannot go back to pending")
        << C::Online << S::Paid << S::Pending << "A paid order cannot become pending.";
    QTest::newRow("shipped order cannot go back to packed")
        << C::Online << S::Shipped << S::Fulfilled << "A shipped order cannot become fulfilled.";
    QTest::newRow("completed order cannot go back to shipped")
        << C::Online << S::Completed << S::Shipped << "A completed order cannot become shipped.";
    QTest::newRow("partly refunded order does not go back to shipping")
        << C::Online << S::PartiallyRefunded << S::Shipped << "A partially refunded order cannot become shipped.";
    QTest::newRow("partly refunded order does not become completed")
        << C::Pos << S::PartiallyRefunded << S::Completed << "A partially refunded order cannot become completed.";
    QTest::newRow("paid order cannot be paid twice")
        << C::Pos << S::Paid << S::Paid << "A paid order cannot become paid again.";
    QTest::newRow("completed order cannot complete twice")
        << C::External << S::Completed << S::Completed << "A completed order cannot become completed again.";
}

void TestOrderLifecycle::illegalTransition() {
    QFETCH(OrderChannel, channel);
    QFETCH(OrderStatus, from);
    QFETCH(OrderStatus, to);
    QFETCH(QString, message);

    const Result<OrderStatus> result = OrderLifecycle::transition(channel, from, to);
    TP_VERIFY_ERROR(result, "illegal_transition");
    QCOMPARE(qs(result.error().message), message);
    QVERIFY(!OrderLifecycle::canTransition(channel, from, to));
}

void TestOrderLifecycle::terminalStatusRefusesEverything_data() {
    QTest::addColumn<OrderChannel>("channel");
    QTest::addColumn<OrderStatus>("status");

    QTest::newRow("cancelled register sale") << C::Pos << S::Cancelled;
    QTest::newRow("refunded register sale") << C::Pos << S::Refunded;
    QTest::newRow("cancelled online order") << C::Online << S::Cancelled;
    QTest::newRow("refunded online order") << C::Online << S::Refunded;
    QTest::newRow("cancelled marketplace order") << C::External << S::Cancelled;
    QTest::newRow("refunded marketplace order") << C::External << S::Refunded;
}

void TestOrderLifecycle::terminalStatusRefusesEverything() {
    QFETCH(OrderChannel, channel);
    QFETCH(OrderStatus, status);

    QVERIFY(OrderLifecycle::isTerminal(status));
    QVERIFY(OrderLifecycle::allowedNext(channel, status).empty());
    for (OrderStatus to : kAllOrderStatuses)
        TP_VERIFY_ERROR(OrderLifecycle::transition(channel, status, to), "illegal_transition");
}

void TestOrderLifecycle::allowedNext_data() {
    QTest::addColumn<OrderChannel>("channel");
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<QString>("expected");

    QTest::newRow("open register ticket: pay or void") << C::Pos << S::Pending << "paid,cancelled";
    QTest::newRow("paid register sale: complete or refund")
        << C::Pos << S::Paid << "completed,partially_refunded,refunded";
    QTest::newRow("completed register sale: returns only") << C::Pos << S::Completed << "partially_refunded,refunded";
    QTest::newRow("paid online order: pack, ship, cancel or refund")
        << C::Online << S::Paid << "fulfilled,shipped,cancelled,partially_refunded,refunded";
    QTest::newRow("packed online order: ship, hand over or refund")
        << C::Online << S::Fulfilled << "shipped,completed,partially_refunded,refunded";
    QTest::newRow("shipped online order: deliver or refund")
        << C::Online << S::Shipped << "completed,partially_refunded,refunded";
    QTest::newRow("paid marketplace order: ship, cancel or refund")
        << C::External << S::Paid << "shipped,cancelled,partially_refunded,refunded";
    QTest::newRow("partly refunded order: refund more")
        << C::External << S::PartiallyRefunded << "partially_refunded,refunded";
    QTest::newRow("marketplace order is never fulfilled, so nothing follows it") << C::External << S::Fulfilled << "";
    QTest::newRow("register sale is never shipped, so nothing follows it") << C::Pos << S::Shipped << "";
}

void TestOrderLifecycle::allowedNext() {
    QFETCH(OrderChannel, channel);
    QFETCH(OrderStatus, from);
    QFETCH(QString, expected);

    QCOMPARE(names(OrderLifecycle::allowedNext(channel, from)), expected);
}

void TestOrderLifecycle::reachableFromPending_data() {
    QTest::addColumn<OrderChannel>("channel");
    QTest::addColumn<QString>("reachable");

    QTest::newRow("register sales never see fulfilled or shipped")
        << C::Pos << "pending,paid,completed,cancelled,partially_refunded,refunded";
    QTest::newRow("online orders reach every status")
        << C::Online << "pending,paid,fulfilled,shipped,completed,cancelled,partially_refunded,refunded";
    QTest::newRow("marketplace orders never see fulfilled")
        << C::External << "pending,paid,shipped,completed,cancelled,partially_refunded,refunded";
}

void TestOrderLifecycle::reachableFromPending() {
    QFETCH(OrderChannel, channel);
    QFETCH(QString, reachable);

    std::set<OrderStatus> seen{S::Pending};
    std::vector<OrderStatus> frontier{S::Pending};
    while (!frontier.empty()) {
        const OrderStatus from = frontier.back();
        frontier.pop_back();
        for (OrderStatus to : OrderLifecycle::allowedNext(channel, from)) {
            if (seen.insert(to).second)
                frontier.push_back(to);
        }
    }
    std::vector<OrderStatus> ordered;
    for (OrderStatus status : kAllOrderStatuses) {
        if (seen.count(status))
            ordered.push_back(status);
    }
    QCOMPARE(names(ordered), reachable);
}

void TestOrderLifecycle::everyRefusalNamesBothStatuses() {
    for (OrderChannel channel : kAllOrderChannels) {
        for (OrderStatus from : kAllOrderStatuses) {
            const std::vector<OrderStatus> next = OrderLifecycle::allowedNext(channel, from);
            for (OrderStatus to : kAllOrderStatuses) {
                const Result<OrderStatus> result = OrderLifecycle::transition(channel, from, to);
                const bool listed = std::find(next.begin(), next.end(), to) != next.end();
                QCOMPARE(result.ok(), listed);
                if (result.ok())
                    continue;
                QString fromWords = qs(toString(from)).replace(QLatin1Char('_'), QLatin1Char(' '));
                QString toWords = qs(toString(to)).replace(QLatin1Char('_'), QLatin1Char(' '));
                const QString message = qs(result.error().message);
                QVERIFY2(message.startsWith(QStringLiteral("A %1 ").arg(fromWords)), qPrintable(message));
                QVERIFY2(message.contains(QStringLiteral(" cannot become %1").arg(toWords)), qPrintable(message));
            }
        }
    }
}

void TestOrderLifecycle::legalCountPerChannel() {
    // Guards against a move slipping into the table without a row in legalTransition_data.
    const auto countLegal = [](OrderChannel channel) {
        int legal = 0;
        for (OrderStatus from : kAllOrderStatuses)
            legal += static_cast<int>(OrderLifecycle::allowedNext(channel, from).size());
        return legal;
    };
    QCOMPARE(countLegal(C::Pos), 9);
    QCOMPARE(countLegal(C::Online), 18);
    QCOMPARE(countLegal(C::External), 13);
}

QTEST_GUILESS_MAIN(TestOrderLifecycle)
#include "tst_orderlifecycle.moc"
