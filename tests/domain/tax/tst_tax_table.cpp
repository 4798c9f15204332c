#include <QTest>

#include "DomainTestSupport.h"
#include "domain/tax/TaxTable.h"

using tp::domain::TaxTable;

class TestTaxTable : public QObject {
    Q_OBJECT

private slots:
    void ratesPerClass() {
        TaxTable germany;
        TP_VERIFY_OK(germany.setRate("standard", 1900));
        TP_VERIFY_OK(germany.setRate("reduced", 700));
        TP_VERIFY_OK(germany.setRate("zero", 0));
        QCOMPARE(germany.rateFor("standard").value(), 1900);
        QCOMPARE(germany.rateFor("reduced").value(), 700);
        QCOMPARE(germany.rateFor("zero").value(), 0);
    }

    void rateCanBeChanged() {
        // Germany's temporary 2020 cut: 19 % → 16 %.
        TaxTable table;
        TP_VERIFY_OK(table.setRate("standard", 1900));
        TP_VERIFY_OK(table.setRate("standard", 1600));
        QCOMPARE(table.rateFor("standard").value(), 1600);
    }

    void unknownClassIsAnError() {
        TaxTable table;
        TP_VERIFY_OK(table.setRate("standard", 2000));
        TP_VERIFY_ERROR(table.rateFor("luxury"), "unknown_tax_class");
    }

    void invalidRates_data() {
        QTest::addColumn<int>("basisPoints");
        QTest::newRow("negative rate") << -1;
        QTest::newRow("above 100 %") << 10001;
    }

    void invalidRates() {
        QFETCH(int, basisPoints);
        TaxTable table;
        TP_VERIFY_ERROR(table.setRate("standard", basisPoints), "invalid_tax_rate");
        TP_VERIFY_ERROR(table.rateFor("standard"), "unknown_tax_class");
    }

    void classNeedsAName() {
        TaxTable table;
        TP_VERIFY_ERROR(table.setRate("", 1900), "invalid_tax_class");
    }
};

QTEST_GUILESS_MAIN(TestTaxTable)
#include "tst_tax_table.moc"
