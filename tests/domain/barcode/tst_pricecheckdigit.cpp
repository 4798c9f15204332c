#include <QTest>

#include <string>

#include "BarcodeTestSupport.h"
#include "DomainTestSupport.h"
#include "domain/barcode/PriceCheckDigit.h"

using tp::domain::priceCheckDigit;

namespace {

std::string zeroPadded(int value, std::size_t width) {
    std::string digits = std::to_string(value);
    digits.insert(0, width - digits.size(), '0');
    return digits;
}

} // namespace

class TestPriceCheckDigit : public QObject {
    Q_OBJECT

private slots:
    void computesCheckDigit_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("expected");

        // The worked examples of GS1 General Specifications 7.9.2 and 7.9.3.
        addRow("GS1 4-digit example 2875 → 9", "2875", 9);
        addRow("GS1 5-digit example 14685 → 6", "14685", 6);
        // Hand-worked from the weighting tables: 2-(0)+2-(3)+3(9)+5-(9) = 0+6+7+1 = 14, ×3 = 42.
        addRow("4-digit 3.99 → 2", "0399", 2);
        // 2-(1) = 2, the rest 0: 2 × 3 = 6.
        addRow("4-digit 10.00 → 6", "1000", 6);
        addRow("4-digit zero price → 0", "0000", 0);
        // 5+(0)+2-(0)+5-(3)+5+(9)+2-(9) = 0+0+4+9+7 = 20 → 0 to the next ten, 5-(0) = 0.
        addRow("5-digit 3.99 → 0", "00399", 0);
        addRow("5-digit zero price → 0", "00000", 0);
    }

    void computesCheckDigit() {
        QFETCH(QString, value);
        QFETCH(int, expected);
        const auto digit = priceCheckDigit(value.toStdString());
        TP_VERIFY_OK(digit);
        QCOMPARE(*digit, expected);
    }

    void rejectsOtherLengthsAndCharacters_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        addRow("3 digits has no price check digit", "875", "invalid_length");
        addRow("6 digits has no price check digit", "128750", "invalid_length");
        addRow("empty value", "", "invalid_length");
        addRow("decimal point in the value", "28.7", "invalid_character");
    }

    void rejectsOtherLengthsAndCharacters() {
        QFETCH(QString, value);
        QFETCH(QString, code);
        const auto digit = priceCheckDigit(value.toStdString());
        QVERIFY(!digit.ok());
        QCOMPARE(qs(digit.error().code), code);
    }

    // Property over every 4- and 5-digit value: each weighting table is a permutation of 0–9,
    // so changing any one digit of the price must change its check digit.
    void everySingleDigitChangeChangesTheCheckDigit() {
        for (const std::size_t width : {std::size_t{4}, std::size_t{5}}) {
            const int count = width == 4 ? 10'000 : 100'000;
            for (int value = 0; value < count; ++value) {
                const std::string digits = zeroPadded(value, width);
                const int check = priceCheckDigit(digits).value();
                QVERIFY(check >= 0 && check <= 9);
                for (std::size_t position = 0; position < width; ++position) {
                    std::string changed = digits;
                    for (char replacement = '0'; replacement <= '9'; ++replacement) {
                        if (replacement == digits[position])
                            continue;
                        changed[position] = replacement;
                        if (priceCheckDigit(changed).value() == check)
                            QFAIL(qPrintable(QStringLiteral("%1 and %2 share check digit %3")
                                                 .arg(qs(digits), qs(changed))
                                                 .arg(check)));
                    }
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPriceCheckDigit)
#include "tst_pricecheckdigit.moc"
