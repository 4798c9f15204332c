#include <QTest>

#include <string>
#include <vector>

#include "BarcodeTestSupport.h"
#include "DomainTestSupport.h"
#include "domain/barcode/Gtin.h"
#include "domain/barcode/VariableMeasureNomenclature.h"

using tp::domain::Gtin;
using tp::domain::VariableMeasure;
using tp::domain::VariableMeasureNomenclature;
using tp::domain::VariableMeasureRule;

namespace {

// A chain's own layouts, as a shop would configure them:
//  - US UPC-A random weight "2 IIIII P VVVV C": prefix 02, price 4 digits with a price check digit
//  - prefix 22: 4-digit item, 5-digit price with the 5-digit price check digit
//  - prefix 27: weight in kg with 4 decimals (a precise scale), rounded half-up to grams
//  - prefix 28: price with 1 decimal (labels in tenths), scaled to cents
//  - prefix 29: 4-digit item, weight with 6 digits, 3 decimals
VariableMeasureNomenclature customNomenclature() {
    return VariableMeasureNomenclature::create({
                                                   {"02", 5, 4, 2, VariableMeasure::Price, true},
                                                   {"22", 4, 5, 2, VariableMeasure::Price, true},
                                                   {"27", 4, 6, 4, VariableMeasure::Weight, false},
                                                   {"28", 5, 5, 1, VariableMeasure::Price, false},
                                                   {"29", 4, 6, 3, VariableMeasure::Weight, false},
                                               })
        .value();
}

VariableMeasureNomenclature nomenclatureNamed(const QString& name) {
    return name == QLatin1String("custom") ? customNomenclature() : VariableMeasureNomenclature::defaults();
}

} // namespace

class TestVariableMeasureNomenclature : public QObject {
    Q_OBJECT

private slots:
    void decodes_data() {
        QTest::addColumn<QString>("nomenclature");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("itemCode");
        QTest::addColumn<bool>("isWeight");
        QTest::addColumn<qint64>("value"); // qtyMilli or minor units

        addRow("default weight 21-12345 1.234 kg", "default", "2112345012346", "21", "12345", true, 1234LL);
        addRow("default weight 21-00042 0.750 kg", "default", "2100042007505", "21", "00042", true, 750LL);
        addRow("default weight 21-98765 12.500 kg", "default", "2198765125002", "21", "98765", true, 12500LL);
        addRow("default price 23-12345 3.99", "default", "2312345003997", "23", "12345", false, 399LL);
        addRow("default price 23-54321 123.45", "default", "2354321123459", "23", "54321", false, 12345LL);
        addRow("custom US UPC-A 2 12345 9 2875 with GS1 price check digit", "custom", "212345928752", "02", "12345",
               false, 2875LL);
        addRow("custom 22-1234 5-digit price 146.85 with check digit 6", "custom", "2212346146856", "22", "1234", false,
               14685LL);
        addRow("custom 27 weight 1.2345 kg rounds half-up to 1235 g", "custom", "2712340123452", "27", "1234", true,
               1235LL);
        addRow("custom 28 price 123.4 in tenths is 12340 cents", "custom", "2811111012343", "28", "11111", false,
               12340LL);
        addRow("custom 29 six-digit weight 1.500 kg", "custom", "2900420015005", "29", "0042", true, 1500LL);
    }

    void decodes() {
        QFETCH(QString, nomenclature);
        QFETCH(QString, code);
        QFETCH(QString, prefix);
        QFETCH(QString, itemCode);
        QFETCH(bool, isWeight);
        QFETCH(qint64, value);

        const auto gtin = Gtin::parse(code.toStdString());
        TP_VERIFY_OK(gtin);
        const auto item = nomenclatureNamed(nomenclature).decode(*gtin);
        TP_VERIFY_OK(item);
        QCOMPARE(qs(item->prefix), prefix);
        QCOMPARE(qs(item->itemCode), itemCode);
        QCOMPARE(item->measure == VariableMeasure::Weight, isWeight);
        QCOMPARE(isWeight ? item->qtyMilli : item->priceMinor, value);
        QCOMPARE(isWeight ? item->priceMinor : item->qtyMilli, 0LL);
    }

    void refusesCodesItCannotRead_data() {
        QTest::addColumn<QString>("nomenclature");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("error");

        addRow("Nutella is no restricted-circulation number", "default", "4008400402222", "not_restricted_circulation");
        addRow("EAN-8 starting with 2 is no RCN-13", "default", "20123451", "not_restricted_circulation");
        addRow("prefix 22 has no default rule", "default", "2212345000005", "no_variable_measure_rule");
        addRow("UPC-A number system 2 has no default rule", "default", "212345000007", "no_variable_measure_rule");
        // 2 12345 8 2875: the GTIN check digit is recomputed to fit, the price check digit is not.
        addRow("custom US price 28.75 with price check digit 8 instead of 9", "custom", "212345828755",
               "invalid_price_check_digit");
        addRow("custom 22 price 146.85 with price check digit 5 instead of 6", "custom", "2212345146857",
               "invalid_price_check_digit");
    }

    void refusesCodesItCannotRead() {
        QFETCH(QString, nomenclature);
        QFETCH(QString, code);
        QFETCH(QString, error);
        const auto gtin = Gtin::parse(code.toStdString());
        TP_VERIFY_OK(gtin);
        const auto item = nomenclatureNamed(nomenclature).decode(*gtin);
        QVERIFY(!item.ok());
        QCOMPARE(qs(item.error().code), error);
    }

    void defaultsAreTheDocumentedLayouts() {
        const auto defaults = VariableMeasureNomenclature::defaults();
        QCOMPARE(defaults.rules().size(), std::size_t{2});
        QVERIFY((defaults.rules()[0] == VariableMeasureRule{"21", 5, 5, 3, VariableMeasure::Weight, false}));
        QVERIFY((defaults.rules()[1] == VariableMeasureRule{"23", 5, 5, 2, VariableMeasure::Price, false}));
        QCOMPARE(defaults.currencyDecimals(), 2);
        QVERIFY(defaults.ruleFor(Gtin::parse("2112345012346").value()) == &defaults.rules()[0]);
        QVERIFY(defaults.ruleFor(Gtin::parse("2212345000005").value()) == nullptr);
    }

    void recognisesRestrictedCirculationPrefixes_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("restricted");
        addRow("prefix 20", "2000001000007", true);
        addRow("prefix 29", "2900420015005", true);
        addRow("prefix 02 as EAN-13", "0212345000007", true);
        addRow("prefix 02 as UPC-A number system 2", "212345000007", true);
        addRow("prefix 02 as GTIN-14", "00212345000007", true);
        addRow("prefix 40 (Germany) is a trade item", "4008400402222", false);
        addRow("EAN-8 20123451 is not an RCN-13", "20123451", false);
        addRow("GTIN-14 with indicator 1 over an RCN is a trade unit", "12112345012343", false);
    }

    void recognisesRestrictedCirculationPrefixes() {
        QFETCH(QString, code);
        QFETCH(bool, restricted);
        const auto gtin = Gtin::parse(code.toStdString());
        TP_VERIFY_OK(gtin);
        QCOMPARE(VariableMeasureNomenclature::isRestrictedCirculation(*gtin), restricted);
    }

    void rejectsInvalidRules_data() {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("itemDigits");
        QTest::addColumn<int>("valueDigits");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<bool>("priceCheckDigit");

        addRow("prefix 40 is not restricted circulation", "40", 5, 5, 3, false);
        addRow("prefix 2 is one digit short", "2", 6, 5, 3, false);
        addRow("prefix 2A is not numeric", "2A", 5, 5, 3, false);
        addRow("digits add up to 12", "21", 5, 4, 3, false);
        addRow("digits add up to 14", "21", 5, 6, 3, false);
        addRow("no item digits", "21", 0, 10, 3, false);
        addRow("negative item digits cannot balance the sum", "21", -1, 11, 3, false);
        addRow("more decimals than value digits", "21", 5, 5, 6, false);
        addRow("negative decimals", "21", 5, 5, -1, false);
        addRow("price check digit over 3 value digits", "21", 6, 3, 2, true);
    }

    void rejectsInvalidRules() {
        QFETCH(QString, prefix);
        QFETCH(int, itemDigits);
        QFETCH(int, valueDigits);
        QFETCH(int, decimals);
        QFETCH(bool, priceCheckDigit);
        const VariableMeasureRule rule{prefix.toStdString(),    itemDigits,     valueDigits, decimals,
                                       VariableMeasure::Weight, priceCheckDigit};
        TP_VERIFY_ERROR(VariableMeasureNomenclature::create({rule}), "invalid_nomenclature");
    }

    void rejectsTwoRulesForOnePrefix() {
        TP_VERIFY_ERROR(VariableMeasureNomenclature::create({{"21", 5, 5, 3, VariableMeasure::Weight, false},
                                                             {"21", 5, 5, 2, VariableMeasure::Price, false}}),
                        "invalid_nomenclature");
    }

    void rejectsImpossibleCurrencyDecimals() {
        TP_VERIFY_ERROR(VariableMeasureNomenclature::create({}, -1), "invalid_nomenclature");
        TP_VERIFY_ERROR(VariableMeasureNomenclature::create({}, 5), "invalid_nomenclature");
    }

    void pricesFollowTheCurrencyDecimals() {
        // A currency without minor units (e.g. JPY): a label price of 1234 with 0 decimals is 1234,
        // and with 2 decimals (12.34) rounds half-up to 12.
        const auto yen = VariableMeasureNomenclature::create(
            {{"23", 5, 5, 0, VariableMeasure::Price, false}, {"24", 5, 5, 2, VariableMeasure::Price, false}}, 0);
        TP_VERIFY_OK(yen);
        const auto whole = yen->decode(Gtin::parse("2312345012340").value());
        TP_VERIFY_OK(whole);
        QCOMPARE(whole->priceMinor, 1234LL);
        const auto rounded = yen->decode(Gtin::parse("2412345012347").value());
        TP_VERIFY_OK(rounded);
        QCOMPARE(rounded->priceMinor, 12LL);
    }
};

QTEST_GUILESS_MAIN(TestVariableMeasureNomenclature)
#include "tst_variablemeasurenomenclature.moc"
