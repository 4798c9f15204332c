#include <QTest>

#include <numeric>
#include <random>
#include <vector>

#include "MoneyTestSupport.h"
#include "domain/core/Int128.h"
#include "domain/money/Allocation.h"

using tp::domain::allocateLargestRemainder;
using Shares = std::vector<std::int64_t>;

Q_DECLARE_METATYPE(Shares)

class TestAllocation : public QObject {
    Q_OBJECT

private slots:
    void largestRemainder_data() {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<Shares>("weights");
        QTest::addColumn<Shares>("expected");
        QTest::newRow("1.00 over three equal lines: first gets the odd cent")
            << 100LL << Shares{1, 1, 1} << Shares{34, 33, 33};
        QTest::newRow("2.00 over three equal lines: two odd cents") << 200LL << Shares{1, 1, 1} << Shares{67, 67, 66};
        QTest::newRow("refund mirrors the sale") << -100LL << Shares{1, 1, 1} << Shares{-34, -33, -33};
        QTest::newRow("largest fraction wins the cent, not the first line")
            << 10LL << Shares{100, 200, 700} << Shares{1, 2, 7};
        QTest::newRow("5.00 discount over 10.00 + 30.00 + 60.00")
            << 500LL << Shares{1000, 3000, 6000} << Shares{50, 150, 300};
        QTest::newRow("1 cent over 0.33 + 0.33 + 0.34") << 1LL << Shares{33, 33, 34} << Shares{0, 0, 1};
        QTest::newRow("zero-weight line gets nothing") << 10LL << Shares{0, 3, 0} << Shares{0, 10, 0};
        QTest::newRow("zero amount gives zeros") << 0LL << Shares{5, 7} << Shares{0, 0};
        QTest::newRow("single weight takes it all") << 12345LL << Shares{17} << Shares{12345};
    }

    void largestRemainder() {
        QFETCH(qint64, amount);
        QFETCH(Shares, weights);
        QFETCH(Shares, expected);
        auto shares = allocateLargestRemainder(amount, weights);
        TP_VERIFY_OK(shares);
        QCOMPARE(shares.value(), expected);
    }

    void refusesBadWeights_data() {
        QTest::addColumn<Shares>("weights");
        QTest::newRow("no weights") << Shares{};
        QTest::newRow("all weights zero") << Shares{0, 0};
        QTest::newRow("negative weight") << Shares{3, -1};
    }

    void refusesBadWeights() {
        QFETCH(Shares, weights);
        TP_VERIFY_ERROR(allocateLargestRemainder(100, weights), "invalid_weights");
    }

    void moneyAllocationKeepsCurrency() {
        const tp::domain::Money amount(100, currency("JPY"));
        const Shares weights{1, 2};
        auto shares = tp::domain::allocate(amount, weights);
        TP_VERIFY_OK(shares);
        QCOMPARE(shares->at(0), tp::domain::Money(33, currency("JPY")));
        QCOMPARE(shares->at(1), tp::domain::Money(67, currency("JPY")));
    }

    // Property: over thousands of random splits the shares sum to the amount exactly and each
    // is within one unit of its exact proportional share.
    void neverLosesACent() {
        std::mt19937_64 random(20261121);
        std::uniform_int_distribution<qint64> amounts(-10'000'000, 10'000'000);
        std::uniform_int_distribution<int> counts(1, 12);
        std::uniform_int_distribution<qint64> weightValues(0, 100'000);
        for (int round = 0; round < 5000; ++round) {
            const qint64 amount = amounts(random);
            Shares weights(static_cast<std::size_t>(counts(random)));
            for (auto& w : weights)
                w = weightValues(random);
            weights.front() += 1; // never all zero
            auto shares = allocateLargestRemainder(amount, weights);
            TP_VERIFY_OK(shares);
            QCOMPARE(std::accumulate(shares->begin(), shares->end(), std::int64_t{0}), amount);
            const auto weightSum =
                static_cast<tp::domain::Int128>(std::accumulate(weights.begin(), weights.end(), std::int64_t{0}));
            for (std::size_t i = 0; i < weights.size(); ++i) {
                // |share·Σw − amount·w| < Σw  ⇔  |share − exact| < 1
                const tp::domain::Int128 diff =
                    tp::domain::Int128{shares->at(i)} * weightSum - tp::domain::Int128{amount} * weights[i];
                QVERIFY2((diff < 0 ? -diff : diff) < weightSum, "a share strayed a full unit from its exact value");
                if (weights[i] == 0)
                    QCOMPARE(shares->at(i), std::int64_t{0});
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAllocation)
#include "tst_allocation.moc"
