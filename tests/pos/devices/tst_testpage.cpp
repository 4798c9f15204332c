#include <QFile>
#include <QTest>

#include "TestPage.h"
#include "VirtualPrinter.h"

using namespace tp::pos::devices;
using namespace tp::pos::devices::testing;

namespace {

// Golden files are the page's bytes as plain hex. After an intended change, regenerate with
//   tillpoint-pos --test-print file:///tmp/page.bin --profile <id> && xxd -p /tmp/page.bin
// and read the diff: every changed byte must be explained by the change.
QByteArray golden(const QString& profileId) {
    QFile file(QStringLiteral(TP_GOLDEN_DIR "/test-page-%1.hex").arg(profileId));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QByteArray::fromHex(file.readAll());
}

} // namespace

class TestTestPage : public QObject {
    Q_OBJECT

private slots:
    void decodesIntoTheExpectedPage_data() {
        QTest::addColumn<QString>("profileId");
        for (const PrinterProfile& profile : PrinterProfile::builtIn())
            QTest::newRow(qPrintable(profile.id)) << profile.id;
    }

    void decodesIntoTheExpectedPage() {
        QFETCH(QString, profileId);
        const PrinterProfile profile = *PrinterProfile::named(profileId);
        // Clones are played as starting in Kanji mode: a missing FS . would garble the sample.
        VirtualPrinter printer(profile, profile.cancelKanjiAfterInit);
        QVERIFY(printer.feed(buildTestPage(profile)).isEmpty());

        QCOMPARE(printer.initializeCount, 1);
        QCOMPARE(printer.kanjiBytes, 0);
        QCOMPARE(printer.unknownCommands, QStringList());

        const PrintedLine title = printer.lines.first();
        QCOMPARE(title.text, TestPageContent::title());
        QCOMPARE(title.alignment, 1);
        QCOMPARE(title.runs.first(), (PrintedRun{TestPageContent::title(), true, 0, 2, 2}));

        QVERIFY(printer.lineContaining(QStringLiteral("Printer test page")).has_value());
        QCOMPARE(printer.lineContaining(QStringLiteral("Profile:"))->text,
                 QStringLiteral("Profile: %1 (%2 columns)").arg(profile.id).arg(profile.columns));
        QCOMPARE(printer.lineContaining(QStringLiteral("1234567890"))->text.size(), profile.columns);

        const PrintedLine styles = *printer.lineContaining(QStringLiteral("Bold"));
        QCOMPARE(styles.runs.size(), 3);
        QCOMPARE(styles.runs.at(0), (PrintedRun{QStringLiteral("Bold"), true, 0, 1, 1}));
        QCOMPARE(styles.runs.at(2), (PrintedRun{QStringLiteral("Underlined"), false, 1, 1, 1}));
        QCOMPARE(printer.lineContaining(QStringLiteral("Double width"))->runs.first().width, 2);

        // The code-table sample arrives intact: € and every accented letter.
        const int sampleIndex = printer.textLines().indexOf(QStringLiteral("Code table sample:")) + 1;
        QCOMPARE(printer.lines.at(sampleIndex).text, TestPageContent::codeTableSample());

        QCOMPARE(printer.barcodes.size(), 1);
        QCOMPARE(printer.barcodes.first().symbology, QStringLiteral("CODE128"));
        QCOMPARE(printer.barcodes.first().data, TestPageContent::barcode());
        QCOMPARE(printer.barcodes.first().codeSets, QStringList({"B", "C"}));
        QCOMPARE(printer.barcodes.first().hriPosition, 2);
        QCOMPARE(printer.barcodes.first().moduleWidth, profile.barcodeModuleWidth);

        QCOMPARE(printer.qrCodes.size(), 1);
        QCOMPARE(printer.qrCodes.first().payload, TestPageContent::qrPayload());
        QCOMPARE(printer.qrCodes.first().model, 2);

        QCOMPARE(printer.cuts.size(), 1);
        QCOMPARE(printer.cuts.first().partial, true);
        QCOMPARE(printer.events.last(), QStringLiteral("cut:partial"));
        const qsizetype barcodeAt = printer.events.indexOf(QStringLiteral("barcode:CODE128:") +
                                                           QString::fromLatin1(TestPageContent::barcode()));
        const qsizetype qrAt = printer.events.indexOf(QStringLiteral("qr:") + TestPageContent::qrPayload());
        QVERIFY(barcodeAt > 0 && qrAt > barcodeAt);
    }

    void euroByteDependsOnTheModel_data() {
        QTest::addColumn<QString>("profileId");
        QTest::addColumn<QByteArray>("tableAndEuro");
        QTest::newRow("Epson: CP858, ESC t 19, 0xD5") << "epson-80mm" << QByteArray("\x1bt\x13\xd5");
        QTest::newRow("clone: CP1252, ESC t 16, 0x80") << "clone-58mm" << QByteArray("\x1bt\x10\x80");
    }

    void euroByteDependsOnTheModel() {
        QFETCH(QString, profileId);
        QFETCH(QByteArray, tableAndEuro);
        const QByteArray page = buildTestPage(*PrinterProfile::named(profileId));
        const QByteArray table = tableAndEuro.left(3);
        const char euro = tableAndEuro.at(3);
        // The table is selected at init and still current when the sample line starts with €.
        QCOMPARE(page.mid(page.indexOf("\x1b@") + (profileId.startsWith("clone") ? 4 : 2), 3), table);
        QVERIFY(page.contains(QByteArray("sample:\n") + euro + ' '));
    }

    void goldenBytes_data() {
        QTest::addColumn<QString>("profileId");
        QTest::newRow("epson-80mm") << "epson-80mm";
        QTest::newRow("clone-58mm") << "clone-58mm";
    }

    void goldenBytes() {
        QFETCH(QString, profileId);
        const QByteArray expected = golden(profileId);
        QVERIFY2(!expected.isEmpty(), "golden file missing");
        const QByteArray page = buildTestPage(*PrinterProfile::named(profileId));
        qsizetype differsAt = 0;
        while (differsAt < page.size() && differsAt < expected.size() && page[differsAt] == expected[differsAt])
            ++differsAt;
        const auto around = [differsAt](const QByteArray& bytes) {
            return QString::fromLatin1(bytes.mid(std::max<qsizetype>(0, differsAt - 8), 24).toHex(' '));
        };
        QVERIFY2(page == expected, qPrintable(QStringLiteral("first difference at byte %1: got %2, golden %3")
                                                  .arg(differsAt)
                                                  .arg(around(page), around(expected))));
    }
};

QTEST_GUILESS_MAIN(TestTestPage)
#include "tst_testpage.moc"
