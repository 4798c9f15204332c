#include <QBuffer>
#include <QTest>

#include "models/csv/CsvReader.h"
#include "models/csv/CsvWriter.h"

using tp::backoffice::CsvReader;
using tp::backoffice::CsvRecord;

namespace {

// Every record of `text`, or the first error's code as the only "record".
QList<CsvRecord> readAll(const QByteArray& text, QString* errorCode = nullptr) {
    QByteArray data = text;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QList<CsvRecord> records;
    for (;;) {
        auto next = reader.next();
        if (!next) {
            if (errorCode)
                *errorCode = QString::fromStdString(next.error().code) + QLatin1Char(' ') +
                             QString::fromStdString(next.error().message);
            return records;
        }
        if (!next->has_value())
            return records;
        records << **next;
    }
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void readsPlainAndQuotedFields() {
        const auto records = readAll("Handle,Title,Variant Price\r\n"
                                     "mug,\"Mug, blue\",12.50\r\n"
                                     "tee,\"The \"\"best\"\" tee\",\n");
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).fields, (QStringList{"Handle", "Title", "Variant Price"}));
        QCOMPARE(records.at(1).fields, (QStringList{"mug", "Mug, blue", "12.50"}));
        QCOMPARE(records.at(2).fields, (QStringList{"tee", "The \"best\" tee", ""})); // a last empty field
        QCOMPARE(records.at(2).line, 3);
    }

    void aQuotedFieldMaySpanLinesAndLinesAreCountedFromTheFile() {
        const auto records = readAll("a,b\n\"first\nsecond\r\nthird\",x\nlast,y");
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(1).fields.first(), QStringLiteral("first\nsecond\r\nthird"));
        QCOMPARE(records.at(1).line, 2);
        QCOMPARE(records.at(2).line, 5);                            // the quoted field took lines 2 to 4
        QCOMPARE(records.at(2).fields, (QStringList{"last", "y"})); // no line break at the end
    }

    void blankLinesAndAByteOrderMarkAreSkipped() {
        const auto records = readAll("\xEF\xBB\xBFHandle,Title\n\n\r\nmug,Mug\n\n");
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).fields.first(), QStringLiteral("Handle")); // no BOM glued to it
        QCOMPARE(records.at(1).line, 4);
    }

    void aStrayQuoteInsideAnUnquotedFieldIsKept() {
        const auto records = readAll("12\" pizza,ok\n");
        QCOMPARE(records.first().fields, (QStringList{"12\" pizza", "ok"}));
    }

    void anUnclosedQuoteIsAnErrorNamingItsLine() {
        QString error;
        const auto records = readAll("a,b\nx,\"never closed\ny,z\n", &error);
        QCOMPARE(records.size(), 1);
        QVERIFY2(error.startsWith(QLatin1String("csv_unterminated_quote line 2")), qPrintable(error));
    }

    void textThatIsNotUtf8IsAnError() {
        QString error;
        readAll("Handle,Title\nmug,Caf\xE9\n", &error); // Latin-1 é
        QVERIFY2(error.startsWith(QLatin1String("csv_not_utf8 line 2")), qPrintable(error));
    }

    void recordsAcrossTheReadersChunksAreWhole() {
        // Fields longer than the reader's 64 KiB chunks, and a CR LF split by a chunk boundary.
        const QByteArray big(70000, 'x');
        QByteArray text = "head\n\"" + big + "\"\"" + big + "\",tail\r\n";
        text.append(QByteArray(65536 - text.size() % 65536 - 1, 'y')).append("\r\nend\n");
        const auto records = readAll(text);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(1).fields.at(0).size(), 2 * 70000 + 1);
        QCOMPARE(records.at(1).fields.at(1), QStringLiteral("tail"));
        QCOMPARE(records.at(3).fields, QStringList{"end"});
        QCOMPARE(records.at(3).line, 4);
    }

    void whatTheWriterWritesReadsBackTheSame() {
        const QList<QStringList> rows{{"Handle", "Title", "Body (HTML)"},
                                      {"mug", "Mug, \"blue\"", "<p>Line one\nline two</p>"},
                                      {" padded ", "", "plain"}};
        QByteArray text;
        for (const QStringList& row : rows)
            text.append(tp::backoffice::csvRecord(row));
        QVERIFY(text.endsWith("\r\n"));
        const auto records = readAll(text);
        QCOMPARE(records.size(), rows.size());
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(records.at(i).fields, rows.at(i));
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
