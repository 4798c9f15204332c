#include <QTest>

#include <random>
#include <string>

#include "BarcodeTestSupport.h"
#include "DomainTestSupport.h"
#include "domain/barcode/Gtin.h"
#include "domain/barcode/UpcE.h"

using tp::domain::expandUpcE;
using tp::domain::Gtin;

class TestUpcE : public QObject {
    Q_OBJECT

private slots:
    // Published expansions (biip test suite, GS1 US conversion notes, Printronix UPC-E
    // reference tables), one or more per value of the last data digit and both number systems.
    void expandsEveryPattern_data() {
        QTest::addColumn<QString>("upcE");
        QTest::addColumn<QString>("upcA");

        addRow("last digit 0: 124560 → maker 12000, item 00456", "01245608", "012000004568");
        addRow("last digit 1: 04252614 → 042100005264", "04252614", "042100005264");
        addRow("last digit 1: 06543217 → 065100004327", "06543217", "065100004327");
        addRow("last digit 1: 01259814 → 012100005984", "01259814", "012100005984");
        addRow("last digit 1: 275831 → maker 27100, item 00583", "02758314", "027100005834");
        addRow("last digit 2: 06397126 → 063200009716", "06397126", "063200009716");
        addRow("last digit 2: 412022 → maker 41200, item 00202", "04120229", "041200002029");
        addRow("last digit 3: 08679339 → 086700000939", "08679339", "086700000939");
        addRow("last digit 3: 01565839 → 015600000589", "01565839", "015600000589");
        addRow("last digit 4: 02345147 → 023450000017", "02345147", "023450000017");
        addRow("last digit 4: 01589845 → 015890000085", "01589845", "015890000085");
        addRow("last digit 5: 123455 → maker 12345, item 00005", "01234558", "012345000058");
        addRow("last digit 6: 213756 → maker 21375, item 00006", "02137568", "021375000068");
        addRow("last digit 7: 02345673 → 023456000073", "02345673", "023456000073");
        addRow("last digit 8: 123458 → maker 12345, item 00008", "01234589", "012345000089");
        addRow("last digit 9: 517019 → maker 51701, item 00009", "05170197", "051701000097");
        addRow("number system 1, last digit 1: 14252611 → 142100005261", "14252611", "142100005261");
        addRow("number system 1, last digit 0: 11245605", "11245605", "112000004565");
        addRow("number system 1, last digit 3: 18765435", "18765435", "187600000545");
        addRow("number system 1, last digit 4: 17537740", "17537740", "175370000070");
        addRow("number system 1, last digit 9: 15170194", "15170194", "151701000094");
    }

    void expandsEveryPattern() {
        QFETCH(QString, upcE);
        QFETCH(QString, upcA);
        const auto expanded = expandUpcE(upcE.toStdString());
        TP_VERIFY_OK(expanded);
        QCOMPARE(qs(expanded->digits()), upcA);
        QCOMPARE(qs(expanded->gtin14()), QStringLiteral("00") + upcA);
    }

    void rejectsMalformedUpcE_data() {
        QTest::addColumn<QString>("upcE");
        QTest::addColumn<QString>("code");

        addRow("04252614 with check digit 5 instead of 4", "04252615", "invalid_check_digit");
        addRow("number system 1 needs its own check digit", "14252614", "invalid_check_digit");
        addRow("number system 2 has no UPC-E", "24252614", "invalid_number_system");
        addRow("number system 9 has no UPC-E", "94252614", "invalid_number_system");
        addRow("six digits without number system and check digit", "425261", "invalid_length");
        addRow("seven digits without check digit", "0425261", "invalid_length");
        addRow("UPC-A passed as UPC-E", "042100005264", "invalid_length");
        addRow("letter in the data digits", "0425A614", "invalid_character");
        addRow("empty input", "", "invalid_length");
    }

    void rejectsMalformedUpcE() {
        QFETCH(QString, upcE);
        QFETCH(QString, code);
        const auto expanded = expandUpcE(upcE.toStdString());
        QVERIFY(!expanded.ok());
        QCOMPARE(qs(expanded.error().code), code);
        QVERIFY(!expanded.error().message.empty());
    }

    // Property over 20 000 random data digits in both number systems: exactly one of the ten
    // possible check digits is accepted, and the expansion is a 12-digit UPC-A that validates,
    // keeps the number system and ends in that same check digit.
    void everyUpcEExpandsToAValidUpcA() {
        std::mt19937_64 random(42);
        std::uniform_int_distribution<int> sixDigits(0, 999'999);
        for (int n = 0; n < 20'000; ++n) {
            const char numberSystem = n % 2 == 0 ? '0' : '1';
            std::string data = std::to_string(sixDigits(random));
            data.insert(0, 6 - data.size(), '0');
            std::string probe = std::string(1, numberSystem) + data + "0";
            // Find the check digit by asking for it: exactly one of the ten must be accepted.
            int accepted = 0;
            for (char check = '0'; check <= '9'; ++check) {
                probe.back() = check;
                const auto expanded = expandUpcE(probe);
                if (!expanded.ok())
                    continue;
                ++accepted;
                QCOMPARE(expanded->length(), std::size_t{12});
                QVERIFY2(Gtin::parse(expanded->digits()).ok(), probe.c_str());
                QCOMPARE(expanded->digits().front(), numberSystem);
                QCOMPARE(expanded->digits().back(), check);
            }
            QVERIFY2(accepted == 1, probe.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestUpcE)
#include "tst_upce.moc"
