#include <QTest>

#include <random>
#include <string>

#include "BarcodeTestSupport.h"
#include "DomainTestSupport.h"
#include "domain/barcode/Gtin.h"
#include "domain/barcode/ScannedBarcode.h"
#include "domain/barcode/UpcE.h"

using tp::domain::BarcodeFormat;
using tp::domain::BarcodeKind;
using tp::domain::classifyBarcode;
using tp::domain::expandUpcE;
using tp::domain::Gtin;
using tp::domain::ScannedBarcode;
using tp::domain::VariableMeasure;
using tp::domain::VariableMeasureNomenclature;

namespace {

// The US layout next to the defaults: UPC-A "2 IIIII P VVVV C" (prefix 02) with a price check
// digit, and prefix 22 with a 5-digit price and its check digit.
VariableMeasureNomenclature customNomenclature() {
    return VariableMeasureNomenclature::create({
                                                   {"02", 5, 4, 2, VariableMeasure::Price, true},
                                                   {"21", 5, 5, 3, VariableMeasure::Weight, false},
                                                   {"22", 4, 5, 2, VariableMeasure::Price, true},
                                               })
        .value();
}

VariableMeasureNomenclature nomenclatureNamed(const QString& name) {
    return name == QLatin1String("custom") ? customNomenclature() : VariableMeasureNomenclature::defaults();
}

std::string withCheckDigit(std::string payload) {
    payload += static_cast<char>('0' + Gtin::checkDigit(payload).value());
    return payload;
}

// What every classification must satisfy, whatever the input: a usable kind names a valid
// 14-digit GTIN and no reason; Unknown names a reason and nothing else.
void verifyInvariants(const ScannedBarcode& scan, const std::string& input) {
    const QByteArray context = QByteArray::fromStdString(input).toHex();
    if (scan.kind == BarcodeKind::Unknown) {
        QVERIFY2(scan.reason.has_value(), context.constData());
        QVERIFY2(!scan.reason->code.empty() && !scan.reason->message.empty(), context.constData());
        QVERIFY2(scan.gtin.empty(), context.constData());
        return;
    }
    QVERIFY2(!scan.reason.has_value(), context.constData());
    QVERIFY2(scan.gtin.size() == 14, context.constData());
    QVERIFY2(Gtin::parse(scan.gtin).ok(), context.constData());
    QVERIFY2(scan.qtyMilli >= 0 && scan.priceMinor >= 0, context.constData());
}

} // namespace

class TestScannedBarcode : public QObject {
    Q_OBJECT

private slots:
    void classifies_data() {
        QTest::addColumn<QString>("nomenclature");
        QTest::addColumn<QString>("scanned");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("gtin");
        QTest::addColumn<QString>("itemCode");
        QTest::addColumn<qint64>("qtyMilli");
        QTest::addColumn<qint64>("priceMinor");

        addRow("EAN-13 Nutella 4008400402222", "default", "4008400402222", "ProductCode", "Ean13", "04008400402222", "",
               0LL, 0LL);
        addRow("UPC-A tissues 036000291452", "default", "036000291452", "ProductCode", "UpcA", "00036000291452", "",
               0LL, 0LL);
        addRow("UPC-E 04252614 is filed under its UPC-A 042100005264", "default", "04252614", "ProductCode", "UpcE",
               "00042100005264", "", 0LL, 0LL);
        addRow("EAN-8 96385074", "default", "96385074", "ProductCode", "Ean8", "00000096385074", "", 0LL, 0LL);
        addRow("8 digits from 0 that only fit EAN-8 are EAN-8: 04252610", "default", "04252610", "ProductCode", "Ean8",
               "00000004252610", "", 0LL, 0LL);
        addRow("ITF-14 GTIN-14 09501101530003", "default", "09501101530003", "ProductCode", "Gtin14", "09501101530003",
               "", 0LL, 0LL);
        addRow("ISBN 9780306406157 is sold like any product", "default", "9780306406157", "ProductCode", "Ean13",
               "09780306406157", "", 0LL, 0LL);
        addRow("ISSN 9771234567003 is a product, not a coupon", "default", "9771234567003", "ProductCode", "Ean13",
               "09771234567003", "", 0LL, 0LL);
        addRow("scanner suffix CR LF is ignored", "default", "4008400402222\r\n", "ProductCode", "Ean13",
               "04008400402222", "", 0LL, 0LL);
        addRow("surrounding spaces and tab are ignored", "default", " \t4008400402222  ", "ProductCode", "Ean13",
               "04008400402222", "", 0LL, 0LL);
        addRow("]E0 identifier with UPC-E 04252614", "default", "]E004252614", "ProductCode", "UpcE", "00042100005264",
               "", 0LL, 0LL);
        addRow("]E0 identifier with EAN-13", "default", "]E04008400402222", "ProductCode", "Ean13", "04008400402222",
               "", 0LL, 0LL);
        addRow("]E4 identifier forces EAN-8 on 01234565, which also fits UPC-E", "default", "]E401234565",
               "ProductCode", "Ean8", "00000001234565", "", 0LL, 0LL);
        addRow("without identifier 01234565 is read as UPC-E 012345000065", "default", "01234565", "ProductCode",
               "UpcE", "00012345000065", "", 0LL, 0LL);
        addRow("RCN prefix 20 without a rule is an in-store product", "default", "2000001000007", "ProductCode",
               "Ean13", "02000001000007", "", 0LL, 0LL);
        addRow("default weight label 21-12345 1.234 kg", "default", "2112345012346", "WeighedItem", "Ean13",
               "02112345012346", "12345", 1234LL, 0LL);
        addRow("default weight label 21-00042 0.750 kg with CR", "default", "2100042007505\r", "WeighedItem", "Ean13",
               "02100042007505", "00042", 750LL, 0LL);
        addRow("default price label 23-12345 3.99", "default", "2312345003997", "PricedItem", "Ean13", "02312345003997",
               "12345", 0LL, 399LL);
        addRow("default price label 23-54321 123.45", "default", "2354321123459", "PricedItem", "Ean13",
               "02354321123459", "54321", 0LL, 12345LL);
        addRow("UPC-A number system 2 without a rule is an in-store product", "default", "212345928752", "ProductCode",
               "UpcA", "00212345928752", "", 0LL, 0LL);
        addRow("custom US UPC-A price 28.75 with price check digit 9", "custom", "212345928752", "PricedItem", "UpcA",
               "00212345928752", "12345", 0LL, 2875LL);
        addRow("custom 5-digit price 146.85 with price check digit 6", "custom", "2212346146856", "PricedItem", "Ean13",
               "02212346146856", "1234", 0LL, 14685LL);
        addRow("custom keeps the 21 weight rule", "custom", "2112345012346", "WeighedItem", "Ean13", "02112345012346",
               "12345", 1234LL, 0LL);
        addRow("GS1 coupon prefix 981", "default", "9812345678902", "Coupon", "Ean13", "09812345678902", "", 0LL, 0LL);
        addRow("GS1 coupon prefix 982", "default", "9820000000012", "Coupon", "Ean13", "09820000000012", "", 0LL, 0LL);
        addRow("GS1 coupon prefix 983", "default", "9831234567899", "Coupon", "Ean13", "09831234567899", "", 0LL, 0LL);
        addRow("GS1 coupon prefix 984", "default", "9841234567898", "Coupon", "Ean13", "09841234567898", "", 0LL, 0LL);
        addRow("GS1 coupon prefix 99", "default", "9912345678909", "Coupon", "Ean13", "09912345678909", "", 0LL, 0LL);
        addRow("UPC-A number system 5 coupon", "default", "512345678900", "Coupon", "UpcA", "00512345678900", "", 0LL,
               0LL);
        addRow("UPC-A number system 5 coupon spelt as EAN-13", "default", "0512345678900", "Coupon", "Ean13",
               "00512345678900", "", 0LL, 0LL);
        addRow("GS1-128 GS1 example with lot and expiry", "default", "]C101095011015300031714070410AB-123",
               "ProductCode", "Gs1ElementString", "09501101530003", "", 0LL, 0LL);
        addRow("GS1-128 sent without symbology identifier", "default", "0109501101530003", "ProductCode",
               "Gs1ElementString", "09501101530003", "", 0LL, 0LL);
        addRow("GS1-128 human-readable", "default", "(01)09501101530003(17)140704(10)AB-123", "ProductCode",
               "Gs1ElementString", "09501101530003", "", 0LL, 0LL);
        addRow("GS1-128 variable measure with (3103) 1.234 kg", "default", "]C101995011015300063103001234",
               "WeighedItem", "Gs1ElementString", "99501101530006", "", 1234LL, 0LL);
        addRow("GS1-128 human-readable (3102) 1.25 kg and CR LF", "default", "(01)99501101530006(3102)000125\r\n",
               "WeighedItem", "Gs1ElementString", "99501101530006", "", 1250LL, 0LL);
    }

    void classifies() {
        QFETCH(QString, nomenclature);
        QFETCH(QString, scanned);
        QFETCH(QString, kind);
        QFETCH(QString, format);
        QFETCH(QString, gtin);
        QFETCH(QString, itemCode);
        QFETCH(qint64, qtyMilli);
        QFETCH(qint64, priceMinor);

        const ScannedBarcode scan = classifyBarcode(scanned.toStdString(), nomenclatureNamed(nomenclature));
        if (scan.reason)
            QFAIL(qPrintable(QStringLiteral("unexpected Unknown: %1").arg(qs(scan.reason->message))));
        QCOMPARE(qs(toString(scan.kind)), kind);
        QCOMPARE(qs(toString(scan.format)), format);
        QCOMPARE(qs(scan.gtin), gtin);
        QCOMPARE(qs(scan.itemCode), itemCode);
        QCOMPARE(scan.qtyMilli, qtyMilli);
        QCOMPARE(scan.priceMinor, priceMinor);
        QCOMPARE(scan.gs1.has_value(), format == QLatin1String("Gs1ElementString"));
    }

    void reportsWhyAScanIsUnknown_data() {
        QTest::addColumn<QString>("nomenclature");
        QTest::addColumn<QString>("scanned");
        QTest::addColumn<QString>("reason");

        addRow("empty scan", "default", "", "empty");
        addRow("only a CR LF", "default", "\r\n", "empty");
        addRow("Nutella with check digit 3 instead of 2", "default", "4008400402223", "invalid_check_digit");
        addRow("letter O instead of zero in an EAN-13", "default", "40084004O2222", "invalid_character");
        addRow("a word", "default", "hello", "invalid_character");
        addRow("11 digits", "default", "40084004022", "invalid_length");
        addRow("15 digits", "default", "400840040222200", "invalid_length");
        addRow("8 digits fitting neither UPC-E nor EAN-8", "default", "04252615", "invalid_check_digit");
        addRow("EAN-8 with wrong check digit", "default", "96385075", "invalid_check_digit");
        addRow("]E0 UPC-E with wrong check digit", "default", "]E004252615", "invalid_check_digit");
        addRow("]E0 8 digits in number system 2", "default", "]E024252614", "invalid_number_system");
        addRow("]E4 forces EAN-8, whose check digit does not fit", "default", "]E404252614", "invalid_check_digit");
        addRow("]E0 with 14 digits", "default", "]E009501101530003", "invalid_length");
        addRow("Code 39 symbology identifier", "default", "]A0HELLO", "unsupported_symbology");
        addRow("lone bracket", "default", "]", "unsupported_symbology");
        addRow("custom US price with price check digit 8 instead of 9", "custom", "212345828755",
               "invalid_price_check_digit");
        addRow("GS1-128 with wrong GTIN check digit", "default", "]C10109501101530004", "invalid_check_digit");
        addRow("GS1-128 without (01)", "default", "(10)AB-123(17)251231", "missing_gtin");
        addRow("GS1-128 serial (21) is not supported", "default", "(01)09501101530003(21)1",
               "unknown_application_identifier");
        addRow("EAN-13 followed by a GS byte", "default", "4008400402222\035", "unknown_application_identifier");
    }

    void reportsWhyAScanIsUnknown() {
        QFETCH(QString, nomenclature);
        QFETCH(QString, scanned);
        QFETCH(QString, reason);
        const ScannedBarcode scan = classifyBarcode(scanned.toStdString(), nomenclatureNamed(nomenclature));
        QCOMPARE(qs(toString(scan.kind)), QStringLiteral("Unknown"));
        QVERIFY(scan.reason.has_value());
        QCOMPARE(qs(scan.reason->code), reason);
        QVERIFY(!scan.reason->message.empty());
        QVERIFY(scan.gtin.empty());
    }

    void keepsTheGs1DataOfAnElementString() {
        const ScannedBarcode scan =
            classifyBarcode("]C101095011015300031714070410AB-123", VariableMeasureNomenclature::defaults());
        QVERIFY(scan.gs1.has_value());
        QCOMPARE(qs(scan.gs1->batchLot.value_or("")), QStringLiteral("AB-123"));
        QVERIFY(scan.gs1->expiry.has_value());
        QCOMPARE(scan.gs1->expiry->fullYear(2024), 2014);
        QCOMPARE(scan.gs1->expiry->month, 7);
        QCOMPARE(scan.gs1->expiry->day, 4);

        // Without (01) the data is still handed back, so the till can say what it saw.
        const ScannedBarcode lotOnly = classifyBarcode("(10)AB-123", VariableMeasureNomenclature::defaults());
        QVERIFY(lotOnly.gs1.has_value());
        QCOMPARE(qs(lotOnly.gs1->batchLot.value_or("")), QStringLiteral("AB-123"));
    }

    void flagsRestrictedCirculationProducts() {
        const auto defaults = VariableMeasureNomenclature::defaults();
        QVERIFY(classifyBarcode("2000001000007", defaults).restrictedCirculation);
        QVERIFY(!classifyBarcode("4008400402222", defaults).restrictedCirculation);
        const ScannedBarcode weighed = classifyBarcode("2112345012346", defaults);
        QCOMPARE(qs(weighed.rcnPrefix), QStringLiteral("21"));
        QVERIFY(!weighed.restrictedCirculation);
    }

    void surviveNulAndControlBytes() {
        const auto defaults = VariableMeasureNomenclature::defaults();
        const std::string withNul = std::string("4008400") + '\0' + "02222";
        const ScannedBarcode scan = classifyBarcode(withNul, defaults);
        QCOMPARE(qs(toString(scan.kind)), QStringLiteral("Unknown"));
        QCOMPARE(qs(scan.reason->code), QStringLiteral("invalid_character"));
        QVERIFY2(scan.reason->message.find("\\x00") != std::string::npos, scan.reason->message.c_str());
        verifyInvariants(classifyBarcode(std::string("]C1\035\035\035", 6), defaults), "]C1 GS GS GS");
        verifyInvariants(classifyBarcode(std::string(10'000, '('), defaults), "10 000 x (");
        verifyInvariants(classifyBarcode(std::string(10'000, '\035'), defaults), "10 000 x GS");
        verifyInvariants(classifyBarcode("(" + std::string(5'000, '0'), defaults), "( and 5000 zeros");
    }

    // Property: a valid GTIN of any length classifies as something usable, and every single-digit
    // change of it — which breaks the mod-10 check digit — is Unknown, never a product, weight,
    // price or coupon. (EAN-8 is drawn from 2–9 first digits here; 0/1 are the UPC-E case below.)
    void aWrongCheckDigitIsNeverUsable() {
        const auto defaults = VariableMeasureNomenclature::defaults();
        std::mt19937_64 random(7);
        std::uniform_int_distribution<int> firstDigit(2, 9);
        int changes = 0;
        for (const std::size_t length : {std::size_t{8}, std::size_t{12}, std::size_t{13}, std::size_t{14}}) {
            for (int n = 0; n < 500; ++n) {
                std::string payload = randomDigits(random, length - 1);
                if (length == 8)
                    payload[0] = static_cast<char>('0' + firstDigit(random));
                const std::string code = withCheckDigit(payload);
                const ScannedBarcode valid = classifyBarcode(code, defaults);
                QVERIFY2(valid.kind != BarcodeKind::Unknown, code.c_str());
                verifyInvariants(valid, code);
                for (std::size_t position = 0; position < length; ++position) {
                    for (char replacement = '0'; replacement <= '9'; ++replacement) {
                        if (replacement == code[position])
                            continue;
                        std::string changed = code;
                        changed[position] = replacement;
                        if (length == 8 && (changed[0] == '0' || changed[0] == '1'))
                            continue; // becomes a UPC-E candidate: covered by everyEightDigitReadingHasAValidCheckDigit
                        const ScannedBarcode scan = classifyBarcode(changed, defaults);
                        QVERIFY2(scan.kind == BarcodeKind::Unknown, changed.c_str());
                        QCOMPARE(qs(scan.reason->code), QStringLiteral("invalid_check_digit"));
                        ++changes;
                    }
                }
            }
        }
        QVERIFY(changes > 100'000);
    }

    // Property over random 8-digit strings: whatever the reading, the check digit it was
    // accepted under holds — UPC-E only with the UPC-E check digit, EAN-8 only with its own.
    void everyEightDigitReadingHasAValidCheckDigit() {
        const auto defaults = VariableMeasureNomenclature::defaults();
        std::mt19937_64 random(8);
        int upcE = 0;
        int ean8 = 0;
        for (int n = 0; n < 20'000; ++n) {
            const std::string digits = randomDigits(random, 8);
            const ScannedBarcode scan = classifyBarcode(digits, defaults);
            verifyInvariants(scan, digits);
            if (scan.format == BarcodeFormat::UpcE) {
                QVERIFY2(scan.kind != BarcodeKind::Unknown && expandUpcE(digits).ok(), digits.c_str());
                ++upcE;
            } else if (scan.kind != BarcodeKind::Unknown) {
                QVERIFY2(scan.format == BarcodeFormat::Ean8 && Gtin::parse(digits).ok(), digits.c_str());
                ++ean8;
            }
        }
        QVERIFY(upcE > 100 && ean8 > 100);
    }

    // Property: every UPC-E in number system 0 and 1 is read as a product filed under its
    // valid UPC-A.
    void everyUpcEClassifiesAsItsUpcA() {
        const auto defaults = VariableMeasureNomenclature::defaults();
        std::mt19937_64 random(9);
        for (int n = 0; n < 5'000; ++n) {
            std::string probe = (n % 2 == 0 ? "0" : "1") + randomDigits(random, 6) + "0";
            for (char check = '0'; check <= '9'; ++check) {
                probe.back() = check;
                const auto upcA = expandUpcE(probe);
                if (!upcA)
                    continue;
                const ScannedBarcode scan = classifyBarcode(probe, defaults);
                QCOMPARE(qs(toString(scan.kind)), QStringLiteral("ProductCode"));
                QCOMPARE(qs(toString(scan.format)), QStringLiteral("UpcE"));
                QCOMPARE(qs(scan.gtin), qs(upcA->gtin14()));
            }
        }
    }

    // Property: random bytes and mutations of real codes never break the classifier's promises
    // (the libFuzzer target in tests/fuzz explores far more; this keeps a fast guard in CTest).
    void arbitraryBytesKeepTheInvariants() {
        const auto nomenclatures = {VariableMeasureNomenclature::defaults(), customNomenclature()};
        const std::string seeds[] = {
            "4008400402222", "04252614",    "]C101095011015300031714070410AB-123", "(01)99501101530006(3103)001234",
            "2112345012346", "212345928752"};
        const std::string alphabet = std::string("0123456789()]C1E0d2Q3e0\035 \r\n") + '\0';
        std::mt19937_64 random(10);
        std::uniform_int_distribution<int> anyByte(0, 255);
        std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
        for (int n = 0; n < 20'000; ++n) {
            std::string input;
            if (n % 2 == 0) {
                const std::size_t length = static_cast<std::size_t>(anyByte(random)) % 48;
                for (std::size_t i = 0; i < length; ++i)
                    input += static_cast<char>(n % 4 == 0 ? anyByte(random) : alphabet[pick(random)]);
            } else {
                input = seeds[static_cast<std::size_t>(n / 2) % std::size(seeds)];
                const int edits = 1 + anyByte(random) % 3;
                for (int e = 0; e < edits && !input.empty(); ++e) {
                    const std::size_t at = static_cast<std::size_t>(anyByte(random)) % input.size();
                    switch (anyByte(random) % 3) {
                    case 0:
                        input[at] = alphabet[pick(random)];
                        break;
                    case 1:
                        input.erase(at, 1);
                        break;
                    default:
                        input.insert(at, 1, alphabet[pick(random)]);
                        break;
                    }
                }
            }
            for (const auto& nomenclature : nomenclatures)
                verifyInvariants(classifyBarcode(input, nomenclature), input);
        }
    }
};

QTEST_GUILESS_MAIN(TestScannedBarcode)
#include "tst_scannedbarcode.moc"
