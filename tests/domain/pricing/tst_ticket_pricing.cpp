#include <QTest>

#include "PricingTestSupport.h"

using namespace tp::domain;

namespace {

// A German bakery-deli ticket, prices including VAT:
//   2 × Brötchen 0.45 (7 %)            = 0.90
//   0.750 kg Bergkäse at 19.90/kg (7 %) = 14.925 → 14.93
//   1 × Riesling 5.99 (19 %)            = 5.99
Ticket delicatessen() {
    return euroTicket({line("ROLL", 45, 2000, "reduced", "bakery"), line("CHEESE", 1990, 750, "reduced", "deli"),
                       line("WINE", 599, 1000, "standard", "wine")});
}

Coupon percentCoupon(std::int64_t basisPoints) {
    Coupon coupon;
    coupon.code = "SAVE";
    coupon.type = Coupon::Type::Percent;
    coupon.value = basisPoints;
    return coupon;
}

} // namespace

class TestTicketPricing : public QObject {
    Q_OBJECT

private slots:
    void plainTicket() {
        auto priced = priceTicket(delicatessen(), germanStoreRates(), TaxPolicy{});
        TP_VERIFY_OK(priced);
        QCOMPARE(priced->lines[0].amount, 90);
        QCOMPARE(priced->lines[1].amount, 1493);
        QCOMPARE(priced->lines[2].amount, 599);
        QCOMPARE(priced->lines[0].tax, 6);  // 0.90 × 7/107 = 0.0589
        QCOMPARE(priced->lines[1].tax, 98); // 14.93 × 7/107 = 0.9767
        QCOMPARE(priced->lines[2].tax, 96); // 5.99 × 19/119 = 0.9564
        QCOMPARE(priced->totals.subtotal, 2182);
        QCOMPARE(priced->totals.discount, 0);
        QCOMPARE(priced->totals.tax, 200);
        QCOMPARE(priced->totals.total, 2182);
        QCOMPARE(priced->vat.size(), std::size_t{2});
        QCOMPARE(priced->vat[0].gross, 599);
        QCOMPARE(priced->vat[1].gross, 1583);
        QCOMPARE(priced->vat[1].tax, 104);
        QCOMPARE(priced->vat[1].net, 1479);
    }

    void lineDiscounts_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<qint64>("expectedDiscount");
        QTest::addColumn<qint64>("expectedTax");
        QTest::newRow("10 % off the wine: 0.599 → 0.60") << int(Discount::Kind::Percent) << 1000LL << 60LL << 86LL;
        QTest::newRow("1.00 off the wine") << int(Discount::Kind::Amount) << 100LL << 100LL << 80LL;
        QTest::newRow("100 % off the wine") << int(Discount::Kind::Percent) << 10000LL << 599LL << 0LL;
        QTest::newRow("whole line as an amount") << int(Discount::Kind::Amount) << 599LL << 599LL << 0LL;
    }

    void lineDiscounts() {
        QFETCH(int, kind);
        QFETCH(qint64, value);
        QFETCH(qint64, expectedDiscount);
        QFETCH(qint64, expectedTax);
        Ticket ticket = delicatessen();
        ticket.lines[2].discount = Discount{static_cast<Discount::Kind>(kind), value};
        auto priced = priceTicket(ticket, germanStoreRates(), TaxPolicy{});
        TP_VERIFY_OK(priced);
        QCOMPARE(priced->lines[2].lineDiscount, expectedDiscount);
        QCOMPARE(priced->lines[2].tax, expectedTax);
        QCOMPARE(priced->lines[2].total, 599 - expectedDiscount);
        QCOMPARE(priced->totals.discount, expectedDiscount);
        QCOMPARE(priced->totals.total, 2182 - expectedDiscount);
    }

    // 1.00 over 0.90 / 14.93 / 5.99: exact shares 0.0412, 0.6842, 0.2745 → 4, 68, 27 is one
    // cent short; the largest remainder (.45, the wine) gets it.
    void ticketAmountDiscountIsAllocatedExactly() {
        Ticket ticket = delicatessen();
        ticket.ticketDiscount = Discount::amount(100);
        auto priced = priceTicket(ticket, germanStoreRates(), TaxPolicy{});
        TP_VERIFY_OK(priced);
        QCOMPARE(priced->lines[0].ticketDiscount, 4);
        QCOMPARE(priced->lines[1].ticketDiscount, 68);
        QCOMPARE(priced->lines[2].ticketDiscount, 28);
        QCOMPARE(priced->totals.discount, 100);
        QCOMPARE(priced->totals.total, 2082);
    }

    // 10 % of 21.82 = 2.182 → 2.18, shared 8.99 / 149.16 / 59.84 → 9, 149, 60.
    void ticketPercentDiscountIsAllocatedExactly() {
        Ticket ticket = delicatessen();
        ticket.ticketDiscount = Discount::percent(1000);
        auto priced = priceTicket(ticket, germanStoreRates(), TaxPolicy{});
        TP_VERIFY_OK(priced);
        QCOMPARE(priced->lines[0].ticketDiscount, 9);
        QCOMPARE(priced->lines[1].ticketDiscount, 149);
        QCOMPARE(priced->lines[2].ticketDiscount, 60);
        QCOMPARE(priced->totals.total, 2182 - 218);
    }

    void ticketDiscountComesAfterLineDiscounts() {
        Ticket ticket = delicatessen();
        ticket.lines[1].discount = Discount::amount(1493); // the cheese is free
        ticket.ticketDiscount = Discount::amount(100);
        auto priced = priceTicket(ticket, germanStoreRates(), TaxPolicy{});
        TP_VERIFY_OK(priced);
        QCOMPARE(priced->lines[1].ticketDiscount, 0); // nothing left on the line to discount
        QCOMPARE(priced->lines[0].ticketDiscount + priced->lines[2].ticketDiscount, 100);
        QCOMPARE(priced->totals.total, 90 + 599 - 100);
    }

    void couponOnlyOnItsScope() {
        Ticket ticket = delicatessen();
        Coupon coupon = percentCoupon(1500);
        coupon.categoryIds = {"wine"};
        ticket.coupon = coupon;
        auto priced = priceTicket(ticket, germanStoreRates(), TaxPolicy{});
        TP_VERIFY_OK(priced);
        QCOMPARE(priced->lines[0].couponDiscount, 0);
        QCOMPARE(priced->lines[1].couponDiscount, 0);
        QCOMPARE(priced->lines[2].couponDiscount, 90); // 15 % of 5.99 = 0.8985
        QCOMPARE(priced->totals.total, 2182 - 90);
    }

    void couponAfterTicketDiscount() {
        Ticket ticket = delicatessen();
        ticket.ticketDiscount = Discount::amount(182);
        ticket.coupon = percentCoupon(1000);
        auto priced = priceTicket(ticket, germanStoreRates(), TaxPolicy{});
        TP_VERIFY_OK(priced);
        QCOMPARE(priced->totals.discount, 182 + 200); // 10 % of the 20.00 left
        QCOMPARE(priced->totals.total, 1800);
    }

    void fixedCouponIsCappedAtItsLines() {
        Ticket ticket = euroTicket({line("WINE", 599, 1000, "standard", "wine")});
        Coupon coupon;
        coupon.code = "TENOFF";
        coupon.type = Coupon::Type::Fixed;
        coupon.value = 1000;
        ticket.coupon = coupon;
        auto priced = priceTicket(ticket, germanStoreRates(), TaxPolicy{});
        TP_VERIFY_OK(priced);
        QCOMPARE(priced->lines[0].couponDiscount, 599);
        QCOMPARE(priced->totals.total, 0);
        QCOMPARE(priced->totals.tax, 0);
    }

    // Chicago's combined sales tax, 10.25 %, added at the till.
    void taxExclusiveStore() {
        TaxTable chicago;
        TP_VERIFY_OK(chicago.setRate("standard", 1025));
        Ticket ticket{currency("USD"), {line("TEE", 1999, 2000)}, {}, std::nullopt, {}, Timestamp{}};
        auto priced = priceTicket(ticket, chicago, TaxPolicy{PriceMode::TaxExclusive});
        TP_VERIFY_OK(priced);
        QCOMPARE(priced->totals.subtotal, 3998);
        QCOMPARE(priced->totals.tax, 410); // 39.98 × 10.25 % = 4.098
        QCOMPARE(priced->totals.total, 4408);
        QCOMPARE(priced->lines[0].net, 3998);
        QCOMPARE(priced->lines[0].total, 4408);
    }

    void exchangeNetsReturnAgainstSale() {
        Ticket ticket = euroTicket({line("WINE", 599, -1000), line("WINE-RED", 799, 1000)});
        auto priced = priceTicket(ticket, germanStoreRates(), TaxPolicy{});
        TP_VERIFY_OK(priced);
        QCOMPARE(priced->lines[0].amount, -599);
        QCOMPARE(priced->lines[0].tax, -96);
        QCOMPARE(priced->lines[1].tax, 128); // 7.99 × 19/119 = 1.2757
        QCOMPARE(priced->totals.total, 200);
        QCOMPARE(priced->totals.tax, 32);
    }

    void returnedLineDiscountMirrorsTheSale() {
        Ticket ticket = euroTicket({line("WINE", 599, -1000, "standard", "", Discount::percent(1000))});
        auto priced = priceTicket(ticket, germanStoreRates(), TaxPolicy{});
        TP_VERIFY_OK(priced);
        QCOMPARE(priced->lines[0].lineDiscount, -60);
        QCOMPARE(priced->totals.total, -539);
    }

    void yenTicket() {
        TaxTable japan;
        TP_VERIFY_OK(japan.setRate("food", 800));
        Ticket ticket{currency("JPY"), {line("ONIGIRI", 108, 3000, "food")}, {}, std::nullopt, {}, Timestamp{}};
        auto priced = priceTicket(ticket, japan, TaxPolicy{});
        TP_VERIFY_OK(priced);
        QCOMPARE(priced->totals.total, 324);
        QCOMPARE(priced->totals.tax, 24);
    }

    void refusals_data() {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<QString>("code");
        QTest::newRow("quantity zero") << 0 << "invalid_quantity";
        QTest::newRow("negative unit price") << 1 << "invalid_price";
        QTest::newRow("line discount larger than the line") << 2 << "discount_exceeds_line";
        QTest::newRow("line discount over 100 %") << 3 << "invalid_discount";
        QTest::newRow("negative line discount") << 4 << "invalid_discount";
        QTest::newRow("ticket discount larger than the ticket") << 5 << "discount_exceeds_total";
        QTest::newRow("ticket discount on a returns-only ticket") << 6 << "discount_exceeds_total";
        QTest::newRow("coupon for goods not on the ticket") << 7 << "coupon_not_applicable";
        QTest::newRow("expired coupon") << 8 << "coupon_expired";
        QTest::newRow("product with an unmapped tax class") << 9 << "unknown_tax_class";
        QTest::newRow("absurdly large line") << 10 << "amount_overflow";
    }

    void refusals() {
        QFETCH(int, scenario);
        QFETCH(QString, code);
        Ticket ticket = delicatessen();
        switch (scenario) {
        case 0:
            ticket.lines[0].qtyMilli = 0;
            break;
        case 1:
            ticket.lines[0].unitPrice = -1;
            break;
        case 2:
            ticket.lines[2].discount = Discount::amount(600);
            break;
        case 3:
            ticket.lines[2].discount = Discount::percent(10001);
            break;
        case 4:
            ticket.lines[2].discount = Discount::amount(-5);
            break;
        case 5:
            ticket.ticketDiscount = Discount::amount(2183);
            break;
        case 6:
            ticket = euroTicket({line("WINE", 599, -1000)});
            ticket.ticketDiscount = Discount::amount(100);
            break;
        case 7: {
            Coupon coupon = percentCoupon(1000);
            coupon.skus = {"CHAMPAGNE"};
            ticket.coupon = coupon;
            break;
        }
        case 8: {
            Coupon coupon = percentCoupon(1000);
            coupon.validUntil = timestampFromUnixMillis(1000);
            ticket.pricedAt = timestampFromUnixMillis(2000);
            ticket.coupon = coupon;
            break;
        }
        case 9:
            ticket.lines[1].taxClass = "luxury";
            break;
        case 10:
            ticket.lines[0].unitPrice = std::numeric_limits<std::int64_t>::max() / 2;
            break;
        }
        auto priced = priceTicket(ticket, germanStoreRates(), TaxPolicy{});
        QVERIFY(!priced.ok());
        QCOMPARE(qs(priced.error().code), code);
        QVERIFY(!priced.error().message.empty());
    }

    void emptyTicketCostsNothing() {
        auto priced = priceTicket(euroTicket({}), germanStoreRates(), TaxPolicy{});
        TP_VERIFY_OK(priced);
        QCOMPARE(priced->totals.total, 0);
        QVERIFY(priced->lines.empty());
    }
};

QTEST_GUILESS_MAIN(TestTicketPricing)
#include "tst_ticket_pricing.moc"
