#include <QTest>

#include "domain/barcode/InStoreGtin.h"
#include "domain/barcode/VariableMeasureNomenclature.h"

using tp::domain::Gtin;
using tp::domain::InStoreGtin;

class TestInStoreGtin : public QObject {
    Q_OBJECT

private slots:
    void anItemNumberBecomesAnRcn13WithPrefix20AndItsCheckDigit() {
        auto made = InStoreGtin::make(1);
        QVERIFY(made.ok());
        // 20 0000000001: weights 1,3,1,3,… from the left of 12 digits → sum 2 + 3·1 = 5, check 5.
        QCOMPARE(made->digits(), std::string("2000000000015"));
        QVERIFY(Gtin::parse(made->digits()).ok()); // any scanner's check agrees
        QVERIFY(InStoreGtin::isInStore(*made));
        QCOMPARE(InStoreGtin::make(9'999'999'999ULL)->digits().substr(0, 12), std::string("209999999999"));
    }

    void moreThanTenDigitsIsRefused() {
        auto refused = InStoreGtin::make(InStoreGtin::kItemNumbers);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, std::string("invalid_item_number"));
    }

    void aManufacturersCodeIsNoInStoreCode() {
        QVERIFY(!InStoreGtin::isInStore(*Gtin::parse("4006381333931")));
        QVERIFY(!InStoreGtin::isInStore(*Gtin::parse("96385074")));
    }

    void scalesDefaultLabelsNeverReadThemAsWeightOrPrice() {
        // The default nomenclature gives 21 and 23 to scales; 20 stays an ordinary item code.
        const auto rules = tp::domain::VariableMeasureNomenclature::defaults();
        for (std::uint64_t n : {0ULL, 1ULL, 12345ULL, 9'999'999'999ULL}) {
            const Gtin code = *InStoreGtin::make(n);
            QVERIFY(rules.ruleFor(code) == nullptr);
            QCOMPARE(rules.decode(code).error().code, std::string("no_variable_measure_rule"));
        }
    }
};

QTEST_APPLESS_MAIN(TestInStoreGtin)
#include "tst_instoregtin.moc"
