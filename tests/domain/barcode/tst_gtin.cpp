#include <QTest>

#include <random>
#include <string>

#include "BarcodeTestSupport.h"
#include "DomainTestSupport.h"
#include "domain/barcode/Gtin.h"

using tp::domain::Gtin;

class TestGtin : public QObject {
    Q_OBJECT

private slots:
    void checkDigit_data() {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<int>("expected");

        addRow("GS1 check digit calculator example 629104150021", "629104150021", 3);
        addRow("GS1 example GTIN-13 950110153100", "950110153100", 0);
        addRow("GS1 example SSCC 37610425002123456", "37610425002123456", 9);
        addRow("GTIN-13 of a product 703801005447", "703801005447", 1);
        addRow("GLN 708000382434", "708000382434", 9);
        addRow("EAN-13 Nutella 400840040222", "400840040222", 2);
        addRow("UPC-A tissues 03600029145", "03600029145", 2);
        addRow("EAN-8 Wikipedia example 9638507", "9638507", 4);
        addRow("ISBN-13 978-0-306-40615", "978030640615", 7);
        addRow("GTIN-14 GS1 example 0950110153000", "0950110153000", 3);
        addRow("all zeros give check digit 0", "000000000000", 0);
        addRow("single digit payload 1 weighs 3", "1", 7);
    }

    void checkDigit() {
        QFETCH(QString, payload);
        QFETCH(int, expected);
        const auto digit = Gtin::checkDigit(payload.toStdString());
        TP_VERIFY_OK(digit);
        QCOMPARE(*digit, expected);
    }

    void checkDigitRejectsBadPayloads_data() {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("code");
        addRow("empty payload", "", "invalid_length");
        addRow("18 digits is longer than an SSCC", "123456789012345678", "invalid_length");
        addRow("letter in payload", "62910415002A", "invalid_character");
    }

    void checkDigitRejectsBadPayloads() {
        QFETCH(QString, payload);
        QFETCH(QString, code);
        const auto digit = Gtin::checkDigit(payload.toStdString());
        QVERIFY(!digit.ok());
        QCOMPARE(qs(digit.error().code), code);
    }

    void parsesValidGtins_data() {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("gtin14");

        addRow("EAN-13 Nutella 4008400402222", "4008400402222", "04008400402222");
        addRow("GS1 calculator GTIN-13 6291041500213", "6291041500213", "06291041500213");
        addRow("UPC-A tissues 036000291452", "036000291452", "00036000291452");
        addRow("EAN-8 Wikipedia example 96385074", "96385074", "00000096385074");
        addRow("ISBN-13 9780306406157", "9780306406157", "09780306406157");
        addRow("GTIN-14 GS1 example 09501101530003", "09501101530003", "09501101530003");
        addRow("GTIN-14 GS1 Digital Link example 09506000134352", "09506000134352", "09506000134352");
        addRow("GTIN-14 case indicator 1 19501101530000", "19501101530000", "19501101530000");
    }

    void parsesValidGtins() {
        QFETCH(QString, digits);
        QFETCH(QString, gtin14);
        const auto gtin = Gtin::parse(digits.toStdString());
        TP_VERIFY_OK(gtin);
        QCOMPARE(qs(gtin->digits()), digits);
        QCOMPARE(gtin->length(), static_cast<std::size_t>(digits.size()));
        QCOMPARE(qs(gtin->gtin14()), gtin14);
    }

    void rejectsInvalidGtins_data() {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("code");

        addRow("Nutella with check digit 3 instead of 2", "4008400402223", "invalid_check_digit");
        addRow("UPC-A with two neighbours swapped", "306000291452", "invalid_check_digit");
        addRow("EAN-8 with wrong check digit", "96385075", "invalid_check_digit");
        addRow("letter O typed for zero", "4OO8400402222", "invalid_character");
        addRow("space inside the code", "4008400 402222", "invalid_character");
        addRow("11 digits is no GTIN", "40084004022", "invalid_length");
        addRow("15 digits is no GTIN", "400840040222200", "invalid_length");
        addRow("empty input", "", "invalid_length");
    }

    void rejectsInvalidGtins() {
        QFETCH(QString, digits);
        QFETCH(QString, code);
        const auto gtin = Gtin::parse(digits.toStdString());
        QVERIFY(!gtin.ok());
        QCOMPARE(qs(gtin.error().code), code);
        QVERIFY(!gtin.error().message.empty());
    }

    void sameItemInDifferentLengthsIsEqual() {
        const auto upcA = Gtin::parse("036000291452");
        const auto ean13 = Gtin::parse("0036000291452");
        const auto gtin14 = Gtin::parse("00036000291452");
        TP_VERIFY_OK(upcA);
        TP_VERIFY_OK(ean13);
        TP_VERIFY_OK(gtin14);
        QVERIFY(*upcA == *ean13);
        QVERIFY(*ean13 == *gtin14);
        QVERIFY(!(*upcA == Gtin::parse("4008400402222").value()));
    }

    void errorMessageNamesTheExpectedCheckDigit() {
        const auto gtin = Gtin::parse("4008400402223");
        QVERIFY(!gtin.ok());
        QVERIFY2(gtin.error().message.find("should be 2, not 3") != std::string::npos, gtin.error().message.c_str());
    }

    // Property: for every length, a GTIN with its computed check digit validates, and changing
    // any single digit (check digit included) to any other value makes it fail. Mod 10 with
    // weights 3 and 1 catches every single-digit error because 3 and 1 are coprime to 10.
    void everyGeneratedGtinValidatesAndEverySingleDigitChangeFails() {
        std::mt19937_64 random(20240611);
        int checked = 0;
        for (const std::size_t length : {8u, 12u, 13u, 14u}) {
            for (int n = 0; n < 1000; ++n) {
                std::string digits = randomDigits(random, length - 1);
                digits += static_cast<char>('0' + Gtin::checkDigit(digits).value());
                QVERIFY2(Gtin::parse(digits).ok(), digits.c_str());
                for (std::size_t position = 0; position < length; ++position) {
                    for (char replacement = '0'; replacement <= '9'; ++replacement) {
                        if (replacement == digits[position])
                            continue;
                        std::string changed = digits;
                        changed[position] = replacement;
                        const auto parsed = Gtin::parse(changed);
                        QVERIFY2(!parsed.ok(), changed.c_str());
                        QCOMPARE(qs(parsed.error().code), QStringLiteral("invalid_check_digit"));
                        ++checked;
                    }
                }
            }
        }
        QVERIFY(checked > 400'000);
    }
};

QTEST_GUILESS_MAIN(TestGtin)
#include "tst_gtin.moc"
