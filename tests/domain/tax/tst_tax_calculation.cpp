#include <QTest>

#include <random>
#include <vector>

#include "DomainTestSupport.h"
#include "domain/core/Int128.h"
#include "domain/tax/TaxCalculation.h"

using namespace tp::domain;

Q_DECLARE_METATYPE(RoundingMode)
Q_DECLARE_METATYPE(PriceMode)
Q_DECLARE_METATYPE(TaxRoundingScope)

namespace {

TaxTable germanRates() {
    TaxTable table;
    (void)table.setRate("standard", 1900);
    (void)table.setRate("reduced", 700);
    (void)table.setRate("zero", 0);
    return table;
}

TaxTable japaneseRates() {
    TaxTable table;
    (void)table.setRate("standard", 1000);
    (void)table.setRate("food", 800);
    return table;
}

// A supermarket receipt in Germany, prices including VAT:
//   Milch 1.19 (B 7 %), Brot 2.49 (B 7 %), Wein 5.99 (A 19 %), Spülmittel 1.79 (A 19 %).
// Per line, half-up:  1.19 → 0.07785 → 0.08; 2.49 → 0.1629 → 0.16; 5.99 → 0.9564 → 0.96;
//                     1.79 → 0.2858 → 0.29.
// VAT summary: A 19 %: net 6.53 tax 1.25 gross 7.78;  B 7 %: net 3.44 tax 0.24 gross 3.68.
std::vector<TaxableAmount> germanReceipt() {
    return {{119, "reduced"}, {249, "reduced"}, {599, "standard"}, {179, "standard"}};
}

} // namespace

class TestTaxCalculation : public QObject {
    Q_OBJECT

private slots:
    void germanMixedRateReceiptPerLine() {
        auto result = computeTax(germanReceipt(), germanRates(), TaxPolicy{});
        TP_VERIFY_OK(result);
        const TaxBreakdown& tax = result.value();
        QCOMPARE(tax.lines.size(), std::size_t{4});
        QCOMPARE(tax.lines[0].tax, 8);
        QCOMPARE(tax.lines[1].tax, 16);
        QCOMPARE(tax.lines[2].tax, 96);
        QCOMPARE(tax.lines[3].tax, 29);
        QCOMPARE(tax.rates.size(), std::size_t{2});
        QCOMPARE(tax.rates[0].basisPoints, 1900); // highest rate first, as receipts print "A"
        QCOMPARE(tax.rates[0].net, 653);
        QCOMPARE(tax.rates[0].tax, 125);
        QCOMPARE(tax.rates[0].gross, 778);
        QCOMPARE(tax.rates[1].basisPoints, 700);
        QCOMPARE(tax.rates[1].net, 344);
        QCOMPARE(tax.rates[1].tax, 24);
        QCOMPARE(tax.rates[1].gross, 368);
        QCOMPARE(tax.gross, 1146);
        QCOMPARE(tax.tax, 149);
        QCOMPARE(tax.net, 997);
    }

    // The same receipt rounded once per rate: 19 % of 7.78 gross is 1.2422 → 1.24 (one cent
    // less than per line); 7 % of 3.68 is 0.2407 → 0.24. The lines share each rate's tax.
    void germanMixedRateReceiptPerTotal() {
        TaxPolicy policy;
        policy.scope = TaxRoundingScope::PerTotal;
        auto result = computeTax(germanReceipt(), germanRates(), policy);
        TP_VERIFY_OK(result);
        const TaxBreakdown& tax = result.value();
        QCOMPARE(tax.rates[0].tax, 124);
        QCOMPARE(tax.rates[1].tax, 24);
        QCOMPARE(tax.lines[2].tax + tax.lines[3].tax, 124);
        QCOMPARE(tax.lines[0].tax + tax.lines[1].tax, 24);
        QCOMPARE(tax.tax, 148);
        QCOMPARE(tax.gross, 1146);
    }

    void singleAmounts_data() {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("taxClass");
        QTest::addColumn<PriceMode>("mode");
        QTest::addColumn<RoundingMode>("rounding");
        QTest::addColumn<qint64>("net");
        QTest::addColumn<qint64>("tax");
        QTest::addColumn<qint64>("gross");

        const auto incl = PriceMode::TaxInclusive;
        const auto excl = PriceMode::TaxExclusive;
        const auto up = RoundingMode::HalfUp;
        const auto even = RoundingMode::HalfEven;
        // Textbook German VAT: 119.00 gross at 19 % is 100.00 + 19.00; 107.00 at 7 % is 100.00 + 7.00.
        QTest::newRow("DE 119.00 incl. 19 %") << 11900LL << "standard" << incl << up << 10000LL << 1900LL << 11900LL;
        QTest::newRow("DE 107.00 incl. 7 %") << 10700LL << "reduced" << incl << up << 10000LL << 700LL << 10700LL;
        QTest::newRow("DE 100.00 net plus 19 %") << 10000LL << "standard" << excl << up << 10000LL << 1900LL << 11900LL;
        QTest::newRow("DE 100.00 net plus 7 %") << 10000LL << "reduced" << excl << up << 10000LL << 700LL << 10700LL;
        QTest::newRow("DE 4.20 net plus 19 % = 0.798 → 0.80")
            << 420LL << "standard" << excl << up << 420LL << 80LL << 500LL;
        QTest::newRow("DE 1.10 net plus 7 % = 0.077 → 0.08")
            << 110LL << "reduced" << excl << up << 110LL << 8LL << 118LL;
        QTest::newRow("DE zero-rated") << 1234LL << "zero" << incl << up << 1234LL << 0LL << 1234LL;
        QTest::newRow("DE refund mirrors sale") << -599LL << "standard" << incl << up << -503LL << -96LL << -599LL;
        // At 1 %, 2.50 net carries exactly 2.5 cents of tax: a tie, settled by the rounding mode.
        QTest::newRow("tie 2.5 cents half-up") << 250LL << "one-percent" << excl << up << 250LL << 3LL << 253LL;
        QTest::newRow("tie 2.5 cents half-even") << 250LL << "one-percent" << excl << even << 250LL << 2LL << 252LL;
        QTest::newRow("tie 3.5 cents half-even") << 350LL << "one-percent" << excl << even << 350LL << 4LL << 354LL;
    }

    void singleAmounts() {
        QFETCH(qint64, amount);
        QFETCH(QString, taxClass);
        QFETCH(PriceMode, mode);
        QFETCH(RoundingMode, rounding);
        QFETCH(qint64, net);
        QFETCH(qint64, tax);
        QFETCH(qint64, gross);
        TaxTable table = germanRates();
        TP_VERIFY_OK(table.setRate("one-percent", 100));
        const std::vector<TaxableAmount> lines{{amount, taxClass.toStdString()}};
        auto result = computeTax(lines, table, TaxPolicy{mode, rounding, TaxRoundingScope::PerLine});
        TP_VERIFY_OK(result);
        QCOMPARE(result->lines[0].net, net);
        QCOMPARE(result->lines[0].tax, tax);
        QCOMPARE(result->lines[0].gross, gross);
    }

    // Japan's consumption tax: 10 % standard, 8 % reduced for food; JPY has no minor unit.
    void japaneseYenWithoutDecimals() {
        const std::vector<TaxableAmount> lines{{1080, "food"}, {1100, "standard"}, {398, "food"}};
        auto result = computeTax(lines, japaneseRates(), TaxPolicy{});
        TP_VERIFY_OK(result);
        QCOMPARE(result->lines[0].tax, 80);  // 1080 incl. 8 % = 1000 + 80
        QCOMPARE(result->lines[1].tax, 100); // 1100 incl. 10 % = 1000 + 100
        QCOMPARE(result->lines[2].tax, 29);  // 398 × 8/108 = 29.48 → 29
        QCOMPARE(result->rates[0].basisPoints, 1000);
        QCOMPARE(result->rates[1].tax, 109);
    }

    void unknownTaxClassRefusesTheTicket() {
        const std::vector<TaxableAmount> lines{{100, "standard"}, {100, "luxury"}};
        TP_VERIFY_ERROR(computeTax(lines, germanRates(), TaxPolicy{}), "unknown_tax_class");
    }

    void emptyTicketHasNoTax() {
        auto result = computeTax({}, germanRates(), TaxPolicy{});
        TP_VERIFY_OK(result);
        QVERIFY(result->rates.empty());
        QCOMPARE(result->gross, 0);
    }

    // Property: for thousands of random receipts in every mode, net + tax == gross on every
    // line and rate, the rates sum to the lines, and per-total tax equals the rounded exact
    // tax of each rate's sum, with every line within one unit of its exact share.
    void breakdownsAlwaysAddUp() {
        std::mt19937_64 random(7);
        std::uniform_int_distribution<qint64> amounts(-50'000, 500'000);
        std::uniform_int_distribution<int> counts(1, 25);
        const std::vector<std::string> classes{"standard", "reduced", "zero"};
        std::uniform_int_distribution<std::size_t> classPick(0, classes.size() - 1);
        const TaxTable table = germanRates();
        for (int round = 0; round < 3000; ++round) {
            std::vector<TaxableAmount> lines(static_cast<std::size_t>(counts(random)));
            for (auto& line : lines)
                line = {amounts(random), classes[classPick(random)]};
            const TaxPolicy policy{round % 2 ? PriceMode::TaxInclusive : PriceMode::TaxExclusive,
                                   round % 3 ? RoundingMode::HalfUp : RoundingMode::HalfEven,
                                   round % 5 < 2 ? TaxRoundingScope::PerTotal : TaxRoundingScope::PerLine};
            auto result = computeTax(lines, table, policy);
            TP_VERIFY_OK(result);
            qint64 lineNet = 0, lineTax = 0, lineGross = 0;
            for (std::size_t i = 0; i < lines.size(); ++i) {
                const TaxAmounts& line = result->lines[i];
                QCOMPARE(line.net + line.tax, line.gross);
                QCOMPARE(policy.priceMode == PriceMode::TaxInclusive ? line.gross : line.net, lines[i].amount);
                const Int128 denominator =
                    policy.priceMode == PriceMode::TaxInclusive ? 10000 + line.basisPoints : 10000;
                const Int128 diff = Int128{line.tax} * denominator - Int128{lines[i].amount} * line.basisPoints;
                QVERIFY2((diff < 0 ? -diff : diff) < denominator, "a line's tax strayed a unit from its exact value");
                lineNet += line.net;
                lineTax += line.tax;
                lineGross += line.gross;
            }
            qint64 rateTax = 0;
            for (const TaxAmounts& rate : result->rates) {
                QCOMPARE(rate.net + rate.tax, rate.gross);
                rateTax += rate.tax;
                if (policy.scope == TaxRoundingScope::PerTotal) {
                    Int128 sum = 0;
                    for (std::size_t i = 0; i < lines.size(); ++i)
                        if (result->lines[i].basisPoints == rate.basisPoints)
                            sum += lines[i].amount;
                    const Int128 denominator =
                        policy.priceMode == PriceMode::TaxInclusive ? 10000 + rate.basisPoints : 10000;
                    QCOMPARE(rate.tax, divideRounded(sum * rate.basisPoints, denominator, policy.rounding));
                }
            }
            QCOMPARE(rateTax, lineTax);
            QCOMPARE(result->tax, lineTax);
            QCOMPARE(result->net, lineNet);
            QCOMPARE(result->gross, lineGross);
        }
    }
};

QTEST_GUILESS_MAIN(TestTaxCalculation)
#include "tst_tax_calculation.moc"
