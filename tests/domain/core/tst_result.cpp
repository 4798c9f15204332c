#include <QTest>

#include <memory>
#include <string>

#include "DomainTestSupport.h"
#include "domain/core/Result.h"

using tp::domain::Error;
using tp::domain::makeError;
using tp::domain::Result;

class TestResult : public QObject {
    Q_OBJECT

private slots:
    void valueSideHoldsTheValue() {
        Result<int> result = 42;
        QVERIFY(result.ok());
        QVERIFY(static_cast<bool>(result));
        QCOMPARE(result.value(), 42);
        QCOMPARE(*result, 42);
        QCOMPARE(result.valueOr(7), 42);
    }

    void errorSideHoldsCodeAndMessage() {
        Result<int> result = makeError("currency_mismatch", "cannot combine EUR with USD");
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), (Error{"currency_mismatch", "cannot combine EUR with USD"}));
        QCOMPARE(result.valueOr(7), 7);
    }

    void moveOnlyValuesCanBeTakenOut() {
        Result<std::unique_ptr<int>> result = std::make_unique<int>(5);
        std::unique_ptr<int> taken = std::move(result).value();
        QCOMPARE(*taken, 5);
    }

    void voidResultDefaultsToSuccess() {
        Result<void> success;
        QVERIFY(success.ok());
        Result<void> failure = makeError("invalid_tax_rate", "too high");
        QVERIFY(!failure.ok());
        QCOMPARE(qs(failure.error().code), QStringLiteral("invalid_tax_rate"));
    }

    void arrowReachesMembers() {
        Result<std::string> result = std::string("tillpoint");
        QCOMPARE(result->size(), std::size_t{9});
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
