#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "DocumentPrinting.h"
#include "ReceiptLayout.h"
#include "TestPage.h"
#include "VirtualPrinter.h"

using namespace tp::pos::devices;
using namespace tp::pos::devices::testing;

namespace {

// A finished sale: amounts as pricing stored them (19% and 7% VAT, prices include tax).
ReceiptData sale() {
    ReceiptData receipt;
    receipt.receiptNumber = QStringLiteral("12-3-000481");
    receipt.issuedAt = QStringLiteral("17.09.2024 14:03");
    receipt.cashier = QStringLiteral("Alex");

    ReceiptLine pens{QStringLiteral("Highlighter yellow"), 2000, 199, false, {}, {}};
    pens.priced.amount = 398;
    pens.priced.taxBasisPoints = 1900;
    pens.priced.total = 398;
    ReceiptLine cheese{QStringLiteral("Mountain cheese"), 750, 2490, true, QStringLiteral("10% off"), {}};
    cheese.priced.amount = 1868;
    cheese.priced.lineDiscount = 187;
    cheese.priced.taxBasisPoints = 700;
    cheese.priced.total = 1681;
    ReceiptLine bread{QStringLiteral("Sourdough bread"), 1000, 349, false, {}, {}};
    bread.priced.amount = 349;
    bread.priced.taxBasisPoints = 700;
    bread.priced.total = 349;
    receipt.lines = {pens, cheese, bread};
    receipt.totals = {2615, 187, 197, 2428};
    receipt.vat = {{1900, 334, 64, 398}, {700, 1897, 133, 2030}};
    receipt.tenders = {{QStringLiteral("Cash"), 3000}};
    receipt.change = 572;
    return receipt;
}

ReceiptTemplate storeTemplate() {
    ReceiptTemplate receiptTemplate;
    receiptTemplate.header = {QStringLiteral("Corner Shop Berlin"), QStringLiteral("Torstra\u00DFe 1, 10119 Berlin"),
                              QStringLiteral("VAT DE123456789")};
    receiptTemplate.footer = {QStringLiteral("Thank you!"), QStringLiteral("Returns within 30 days")};
    receiptTemplate.qrCodeUrl = QStringLiteral("https://corner.example/r/%1");
    return receiptTemplate;
}

// What zbarimg reads from `image`: "CODE-128:…" and "QR-Code:…" lines.
QStringList scan(const QImage& image, QString* problem) {
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbarimg.isEmpty()) {
        *problem = QStringLiteral("zbarimg is not installed (zbar-tools in scripts/packages/test.txt)");
        return {};
    }
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("preview.png"));
    if (!image.save(path)) {
        *problem = QStringLiteral("cannot save the preview");
        return {};
    }
    QProcess process;
    process.start(zbarimg, {QStringLiteral("--quiet"), path});
    if (!process.waitForFinished(30000)) {
        *problem = QStringLiteral("zbarimg did not finish");
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

int printedWidth(const DocumentBlock& block) {
    int width = 0;
    for (const TextRun& run : block.runs)
        width += static_cast<int>(run.text.toUcs4().size()) * run.width;
    return width;
}

} // namespace

class TestReceipt : public QObject {
    Q_OBJECT

private slots:
    void linesAreLaidOutInColumns() {
        const ReceiptLayout layout(storeTemplate(), QLocale(QLocale::German, QLocale::Germany));
        const PrintDocument document = layout.layout(sale(), 42);
        QStringList texts;
        for (const DocumentBlock& block : document.blocks)
            texts << block.text();
        const auto expectRow = [](const QString& left, const QString& right, int columns) {
            return left.leftJustified(columns - static_cast<int>(right.size()) - 1) + QLatin1Char(' ') + right;
        };
        QVERIFY(texts.contains(expectRow("Receipt 12-3-000481", "17.09.2024 14:03", 42)));
        QVERIFY(texts.contains(QStringLiteral("  2 x 1,99")));
        QVERIFY(texts.contains(expectRow("Highlighter yellow", "3,98 A", 42)));
        QVERIFY(texts.contains(QStringLiteral("  0,750 kg x 24,90/kg")));
        QVERIFY(texts.contains(expectRow("Mountain cheese", "18,68 B", 42)));
        QVERIFY(texts.contains(expectRow("  10% off", "-1,87  ", 42)));
        QVERIFY(texts.contains(expectRow("Sourdough bread", "3,49 B", 42)));
        QVERIFY(texts.contains(expectRow("TOTAL EUR", "24,28", 21)));
        QVERIFY(texts.contains(expectRow("Cash", "30,00  ", 42)));
        QVERIFY(texts.contains(expectRow("Change", "5,72  ", 42)));
        QVERIFY(texts.contains(QStringLiteral("A 19%    ") + QStringLiteral("       3,34") +
                               QStringLiteral("       0,64") + QStringLiteral("       3,98")));
        QVERIFY(texts.contains(QStringLiteral("B 7%     ") + QStringLiteral("      18,97") +
                               QStringLiteral("       1,33") + QStringLiteral("      20,30")));
        QCOMPARE(texts.first(), QStringLiteral("Corner Shop Berlin"));
        QCOMPARE(document.blocks.last().kind, DocumentBlock::Kind::Cut);
    }

    void everyLineFitsThePaper_data() {
        QTest::addColumn<int>("columns");
        QTest::newRow("58 mm, 32 columns") << 32;
        QTest::newRow("80 mm at 512 dots, 42 columns") << 42;
        QTest::newRow("80 mm at 576 dots, 48 columns") << 48;
    }

    void everyLineFitsThePaper() {
        QFETCH(int, columns);
        const ReceiptLayout layout(storeTemplate(), QLocale(QLocale::English, QLocale::UnitedStates));
        const PrintDocument document = layout.layout(sale(), columns);
        int textLines = 0;
        for (const DocumentBlock& block : document.blocks) {
            if (block.kind != DocumentBlock::Kind::Text)
                continue;
            ++textLines;
            QVERIFY2(printedWidth(block) <= columns, qPrintable(block.text()));
        }
        QVERIFY(textLines > 15);
    }

    void printsOnTheVirtualPrinter() {
        const PrinterProfile profile = *PrinterProfile::named(QStringLiteral("clone-80mm"));
        const ReceiptLayout layout(storeTemplate(), QLocale(QLocale::German, QLocale::Germany));
        VirtualPrinter printer(profile, true);
        printer.feed(encodeForPrinter(layout.layout(sale(), profile.columns), profile));
        QCOMPARE(printer.kanjiBytes, 0);
        QVERIFY(printer.unknownCommands.isEmpty());
        QCOMPARE(printer.lineContaining(QStringLiteral("Torstra"))->text,
                 QStringLiteral("Torstra\u00DFe 1, 10119 Berlin"));
        const PrintedLine total = *printer.lineContaining(QStringLiteral("TOTAL EUR"));
        QCOMPARE(total.runs.first().width, 2);
        QCOMPARE(total.runs.first().bold, true);
        QVERIFY(total.text.endsWith(QStringLiteral("24,28")));
        QCOMPARE(printer.barcodes.size(), 1);
        QCOMPARE(printer.barcodes.first().data, QByteArray("12-3-000481"));
        QCOMPARE(printer.qrCodes.size(), 1);
        QCOMPARE(printer.qrCodes.first().payload, QByteArray("https://corner.example/r/12-3-000481"));
        QCOMPARE(printer.cuts.size(), 1);
    }

    void theLogoIsPrintedCentredAndDithered() {
        const PrinterProfile profile = *PrinterProfile::named(QStringLiteral("clone-58mm"));
        ReceiptTemplate withLogo = storeTemplate();
        withLogo.logo = QImage(100, 40, QImage::Format_RGB32);
        withLogo.logo.fill(qRgb(100, 100, 100)); // a grey block: dithered, not all black
        const ReceiptLayout layout(withLogo, QLocale(QLocale::German, QLocale::Germany));
        VirtualPrinter printer(profile, true);
        printer.feed(encodeForPrinter(layout.layout(sale(), profile.columns), profile));
        QCOMPARE(printer.images.size(), 1);
        const QImage logo = printer.images.first();
        QCOMPARE(logo.size(), QSize(384, 40)); // drawn centred on the full paper width
        int black = 0;
        int blackOutsideLogo = 0;
        for (int y = 0; y < logo.height(); ++y)
            for (int x = 0; x < logo.width(); ++x) {
                const bool dot = logo.pixelIndex(x, y) == 1;
                black += dot ? 1 : 0;
                blackOutsideLogo += dot && (x < 142 || x >= 242) ? 1 : 0;
            }
        QCOMPARE(blackOutsideLogo, 0);
        QVERIFY2(black > 100 * 40 / 2 && black < 100 * 40 * 3 / 4, qPrintable(QString::number(black)));
        QCOMPARE(printer.events.first(), QStringLiteral("init"));
        QVERIFY(printer.events.at(1).startsWith(QStringLiteral("image:")));
    }

    void moneyKeepsTheCurrencyDecimals() {
        const ReceiptLayout layout({}, QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(layout.money(-5, tp::domain::Currency::fromCode("EUR").value()), QStringLiteral("-0.05"));
        QCOMPARE(layout.money(123456, tp::domain::Currency::fromCode("EUR").value()), QStringLiteral("1234.56"));
        QCOMPARE(layout.money(1234, tp::domain::Currency::fromCode("JPY").value()), QStringLiteral("1234"));
        QCOMPARE(layout.quantity(1235, true), QStringLiteral("1.235 kg"));
        QCOMPARE(layout.quantity(-2000, false), QStringLiteral("-2"));
    }

    void previewBarcodesScanBack_data() {
        QTest::addColumn<QString>("profileId");
        QTest::newRow("58 mm") << "clone-58mm";
        QTest::newRow("80 mm") << "epson-80mm";
    }

    void previewBarcodesScanBack() {
        QFETCH(QString, profileId);
        const PrinterProfile profile = *PrinterProfile::named(profileId);
        const ReceiptLayout layout(storeTemplate(), QLocale(QLocale::German, QLocale::Germany));
        const QImage preview = renderPreview(layout.layout(sale(), profile.columns), profile);
        QCOMPARE(preview.width(), profile.dotsPerLine + 48);
        QString problem;
        const QStringList symbols = scan(preview, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(symbols.contains(QStringLiteral("CODE-128:12-3-000481")), qPrintable(symbols.join(" | ")));
        QVERIFY2(symbols.contains(QStringLiteral("QR-Code:https://corner.example/r/12-3-000481")),
                 qPrintable(symbols.join(" | ")));
    }

    void testPagePreviewScansBack() {
        const PrinterProfile profile = PrinterProfile::defaultProfile();
        QString problem;
        QStringList symbols = scan(renderPreview(testPageDocument(profile), profile), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        symbols.sort(); // zbarimg reports in its own order
        QCOMPARE(symbols, QStringList({QStringLiteral("CODE-128:") + TestPageContent::barcode(),
                                       QStringLiteral("QR-Code:") + TestPageContent::qrPayload()}));
    }

    void previewShowsTheText() {
        // The preview draws every character in its printer cell: dark dots appear in the title
        // row and the rows of the totals, and nowhere past the paper.
        const PrinterProfile profile = PrinterProfile::defaultProfile();
        PrintDocument document;
        document.columns = profile.columns;
        document.line(QStringLiteral("X"));
        const QImage preview = renderPreview(document, profile);
        int darkInCell = 0;
        int darkElsewhere = 0;
        for (int y = 0; y < preview.height(); ++y)
            for (int x = 0; x < preview.width(); ++x) {
                const bool dark = qGray(preview.pixel(x, y)) < 128;
                const bool inFirstCell = x >= 24 && x < 24 + 12 && y >= 24 && y < 48;
                (inFirstCell ? darkInCell : darkElsewhere) += dark ? 1 : 0;
            }
        QVERIFY(darkInCell > 10);
        QCOMPARE(darkElsewhere, 0);
    }
};

QTEST_MAIN(TestReceipt)
#include "tst_receipt.moc"
