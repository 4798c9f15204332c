#include <QTest>

#include "Code128.h"
#include "VirtualPrinter.h"

using namespace tp::pos::devices;

class TestCode128 : public QObject {
    Q_OBJECT

private slots:
    void codeSets_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("even digits pack into set C pairs")
            << QByteArray("12345678") << QByteArray("{C\x0c\x22\x38\x4e");
        QTest::newRow("two digits are one set C symbol") << QByteArray("07") << QByteArray("{C\x07");
        QTest::newRow("three digits stay in set B") << QByteArray("123") << QByteArray("{B123");
        QTest::newRow("odd leading run: pairs first, last digit in B")
            << QByteArray("12345") << QByteArray("{C\x0c\x22{B5");
        QTest::newRow("letters then six digits switch to C")
            << QByteArray("AB123456") << QByteArray("{BAB{C\x0c\x22\x38");
        QTest::newRow("odd run in the middle keeps its first digit in B")
            << QByteArray("A1234567B") << QByteArray("{BA1{C\x17\x2d\x43{BB");
        QTest::newRow("four digits inside text are not worth a switch")
            << QByteArray("A1234B") << QByteArray("{BA1234B");
        QTest::newRow("four digits at the end are") << QByteArray("AB1234") << QByteArray("{BAB{C\x0c\x22");
        QTest::newRow("a literal brace is doubled") << QByteArray("a{b") << QByteArray("{Ba{{b");
        QTest::newRow("control characters need set A") << QByteArray("A\tB") << QByteArray("{AA\tB");
        QTest::newRow("lower case after a control character goes back to B")
            << QByteArray("\tab") << QByteArray("{A\t{Bab");
        QTest::newRow("zero pairs are zero bytes") << QByteArray("0000") << QByteArray("{C\x00\x00", 4);
    }

    void codeSets() {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, expected);
        const auto encoded = code128EscPosData(text);
        QVERIFY(encoded.ok());
        QCOMPARE(encoded.value().toHex(' '), expected.toHex(' '));
        // And a scanner reads the original text back.
        QCOMPARE(testing::decodeCode128Data(encoded.value()), text);
    }

    void setCHalvesTheSymbolsOfANumericReceiptNumber() {
        const auto encoded = code128EscPosData("000120240917000481");
        QVERIFY(encoded.ok());
        QCOMPARE(encoded->size(), 2 + 9);
    }

    void rejectsWhatCode128CannotHold_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << "barcode_empty";
        QTest::newRow("non-ASCII") << QByteArray("caf\xc3\xa9") << "barcode_invalid_character";
        QTest::newRow("longer than one GS k command") << QByteArray(300, 'x') << "barcode_too_long";
    }

    void rejectsWhatCode128CannotHold() {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        const auto encoded = code128EscPosData(text);
        QVERIFY(!encoded.ok());
        QCOMPARE(QString::fromStdString(encoded.error().code), code);
        QVERIFY(!encoded.error().message.empty());
    }

    void ean13CheckDigit_data() {
        QTest::addColumn<QByteArray>("digits");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("twelve digits get their check digit")
            << QByteArray("400638133393") << QByteArray("4006381333931");
        QTest::newRow("thirteen correct digits pass") << QByteArray("5901234123457") << QByteArray("5901234123457");
        QTest::newRow("a wrong check digit fails") << QByteArray("5901234123458") << QByteArray();
        QTest::newRow("letters fail") << QByteArray("59012341234AB") << QByteArray();
        QTest::newRow("eight digits fail") << QByteArray("96385074") << QByteArray();
    }

    void ean13CheckDigit() {
        QFETCH(QByteArray, digits);
        QFETCH(QByteArray, expected);
        const auto checked = ean13Digits(digits);
        QCOMPARE(checked.ok(), !expected.isEmpty());
        if (checked.ok())
            QCOMPARE(checked.value(), expected);
        else
            QCOMPARE(checked.error().code, std::string("barcode_invalid_ean13"));
    }
};

QTEST_GUILESS_MAIN(TestCode128)
#include "tst_code128.moc"
