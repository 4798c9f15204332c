#include <QTest>

#include <string>

#include "BarcodeTestSupport.h"
#include "DomainTestSupport.h"
#include "domain/barcode/Gs1ElementString.h"

using tp::domain::Gs1Date;
using tp::domain::Gs1ElementString;

// Element strings are written in QString columns; GS (FNC1) appears as the octal escape \035,
// which, unlike \x1D, cannot swallow the digits after it.
class TestGs1ElementString : public QObject {
    Q_OBJECT

private slots:
    void readsBothSpellings_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("gtin");
        QTest::addColumn<QString>("batchLot");
        QTest::addColumn<QString>("expiry");  // "yy-mm-dd" as resolved, or empty
        QTest::addColumn<qint64>("qtyMilli"); // -1: no (310n)

        // The GS1 General Specifications example: GTIN, best before 4 July 2014, lot AB-123.
        addRow("GS1 example human-readable (01)(17)(10)", "(01)09501101530003(17)140704(10)AB-123", "09501101530003",
               "AB-123", "14-07-04", -1LL);
        addRow("GS1 example raw with ]C1", "]C101095011015300031714070410AB-123", "09501101530003", "AB-123",
               "14-07-04", -1LL);
        addRow("GS1 example raw without symbology identifier", "01095011015300031714070410AB-123", "09501101530003",
               "AB-123", "14-07-04", -1LL);
        addRow("raw lot first, ended by GS", "]C110AB-123\0350109501101530003", "09501101530003", "AB-123", "", -1LL);
        addRow("raw with FNC1 sent as leading GS and a trailing GS", "\0350109501101530003\035", "09501101530003", "",
               "", -1LL);
        addRow("raw GS after a fixed-length element is tolerated", "]C10109501101530003\03517251231", "09501101530003",
               "", "25-12-31", -1LL);
        addRow("GS1 DataMatrix ]d2 identifier, GS1 Digital Link GTIN", "]d20109506000134352", "09506000134352", "", "",
               -1LL);
        addRow("scanner CR LF after the data", "]C10109501101530003\r\n", "09501101530003", "", "", -1LL);
        addRow("raw variable measure GTIN with (3103) 001234 is 1.234 kg", "]C101995011015300063103001234",
               "99501101530006", "", "", 1234LL);
        addRow("(3100) 2 kg exactly", "(01)99501101530006(3100)000002", "99501101530006", "", "", 2000LL);
        addRow("(3101) 1.5 kg exactly", "(01)99501101530006(3101)000015", "99501101530006", "", "", 1500LL);
        addRow("(3102) 1.25 kg exactly", "(01)99501101530006(3102)000125", "99501101530006", "", "", 1250LL);
        addRow("(3104) 0.1235 kg rounds half-up to 124 g", "(01)99501101530006(3104)001235", "99501101530006", "", "",
               124LL);
        addRow("(3105) 0.12345 kg rounds down to 123 g", "(01)99501101530006(3105)012345", "99501101530006", "", "",
               123LL);
        addRow("(17) day 00 in February of a leap year is the 29th", "(01)09501101530003(17)240200", "09501101530003",
               "", "24-02-29", -1LL);
        addRow("(17) day 00 in February of a common year is the 28th", "(01)09501101530003(17)230200", "09501101530003",
               "", "23-02-28", -1LL);
        addRow("(17) day 00 in December is the 31st", "(17)251200", "", "", "25-12-31", -1LL);
        addRow("(10) lot of 20 characters from GS1 character set 82", "(10)Lot_2024/07-A.b:c?!%", "",
               "Lot_2024/07-A.b:c?!%", "", -1LL);
    }

    void readsBothSpellings() {
        QFETCH(QString, text);
        QFETCH(QString, gtin);
        QFETCH(QString, batchLot);
        QFETCH(QString, expiry);
        QFETCH(qint64, qtyMilli);

        const auto parsed = Gs1ElementString::parse(text.toStdString());
        TP_VERIFY_OK(parsed);
        QCOMPARE(parsed->gtin ? qs(parsed->gtin->digits()) : QString(), gtin);
        QCOMPARE(parsed->batchLot ? qs(*parsed->batchLot) : QString(), batchLot);
        const QString date = parsed->expiry ? QString::asprintf("%02d-%02d-%02d", parsed->expiry->yy,
                                                                parsed->expiry->month, parsed->expiry->day)
                                            : QString();
        QCOMPARE(date, expiry);
        QCOMPARE(parsed->netWeightQtyMilli.value_or(-1), qtyMilli);
    }

    void rawAndHumanReadableGiveTheSameData() {
        const auto raw = Gs1ElementString::parse("]C101095011015300031714070410AB-123");
        const auto readable = Gs1ElementString::parse("(01)09501101530003(17)140704(10)AB-123");
        TP_VERIFY_OK(raw);
        TP_VERIFY_OK(readable);
        QVERIFY(*raw == *readable);
    }

    void dayZeroIsFlaggedAsEndOfMonth() {
        const auto endOfMonth = Gs1ElementString::parse("(17)240200");
        TP_VERIFY_OK(endOfMonth);
        QVERIFY((*endOfMonth->expiry == Gs1Date{24, 2, 29, true}));
        const auto exactDay = Gs1ElementString::parse("(17)240229");
        TP_VERIFY_OK(exactDay);
        QVERIFY((*exactDay->expiry == Gs1Date{24, 2, 29, false}));
    }

    void rejectsMalformedElementStrings_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");

        addRow("nothing at all", "", "empty");
        addRow("only the ]C1 symbology identifier", "]C1", "empty");
        addRow("EAN symbology identifier ]E0", "]E04008400402222", "unsupported_symbology");
        addRow("raw AI (02) content GTIN is not supported", "]C10209501101530003", "unknown_application_identifier");
        addRow("human-readable serial (21) is not supported", "(01)09501101530003(21)12345",
               "unknown_application_identifier");
        addRow("(3106) has no defined decimals", "(3106)000001", "unknown_application_identifier");
        addRow("raw (3106) has no defined decimals", "]C13106000001", "unknown_application_identifier");
        addRow("(01) with check digit 4 instead of 3", "(01)09501101530004", "invalid_check_digit");
        addRow("raw (01) with wrong check digit", "]C10109501101530004", "invalid_check_digit");
        addRow("raw (01) cut off after 10 digits", "]C1010950110153", "truncated_element");
        addRow("raw (17) cut off after 4 digits", "]C10109501101530003172407", "truncated_element");
        addRow("raw ends with one stray digit", "]C101095011015300031", "truncated_element");
        addRow("human-readable (01) one digit short", "(01)0950110153000", "invalid_element");
        addRow("human-readable (01) with trailing junk", "(01)09501101530003junk", "invalid_element");
        addRow("human-readable (3103) with a letter l for a one", "(3103)00l234", "invalid_element");
        addRow("human-readable AI never closed", "(01", "truncated_element");
        addRow("human-readable empty AI", "()09501101530003", "unknown_application_identifier");
        addRow("(17) month 13", "(17)241301", "invalid_date");
        addRow("(17) month 00", "(17)240001", "invalid_date");
        addRow("(17) 31 April", "(17)240431", "invalid_date");
        addRow("(17) 29 February of a common year", "(17)230229", "invalid_date");
        addRow("(10) lot of 21 characters", "(10)ABCDEFGHIJKLMNOPQRSTU", "invalid_element");
        addRow("(10) empty lot", "(10)(17)240101", "invalid_element");
        addRow("(10) lot with a space", "(10)AB 123", "invalid_element");
        addRow("raw (10) lot with a non-ASCII byte", "]C110AB\xC3\xA9", "invalid_element");
        addRow("(01) twice", "(01)09501101530003(01)09506000134352", "duplicate_application_identifier");
        addRow("raw (10) twice", "]C110A\03510B", "duplicate_application_identifier");
    }

    void rejectsMalformedElementStrings() {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const auto parsed = Gs1ElementString::parse(text.toStdString());
        QVERIFY(!parsed.ok());
        QCOMPARE(qs(parsed.error().code), code);
        QVERIFY(!parsed.error().message.empty());
    }

    void unknownIdentifierIsNamedInTheMessage() {
        const auto parsed = Gs1ElementString::parse("(01)09501101530003(21)12345");
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.find("'21'") != std::string::npos, parsed.error().message.c_str());
    }

    void resolvesTheCenturyByTheGs1Rule_data() {
        QTest::addColumn<int>("yy");
        QTest::addColumn<int>("currentYear");
        QTest::addColumn<int>("fullYear");
        addRow("same year", 24, 2024, 2024);
        addRow("49 years ahead stays in this century", 73, 2024, 2073);
        addRow("50 years ahead stays in this century", 74, 2024, 2074);
        addRow("51 years ahead is the previous century", 75, 2024, 1975);
        addRow("99 read in 2024 is 1999", 99, 2024, 1999);
        addRow("49 years back stays in this century", 50, 2099, 2050);
        addRow("50 years back is the next century", 49, 2099, 2149);
        addRow("00 read in 2098 is 2100", 0, 2098, 2100);
    }

    void resolvesTheCenturyByTheGs1Rule() {
        QFETCH(int, yy);
        QFETCH(int, currentYear);
        QFETCH(int, fullYear);
        QCOMPARE((Gs1Date{yy, 1, 1, false}.fullYear(currentYear)), fullYear);
    }
};

QTEST_GUILESS_MAIN(TestGs1ElementString)
#include "tst_gs1elementstring.moc"
