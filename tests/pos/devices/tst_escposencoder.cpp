#include <QTest>

#include "EscPosEncoder.h"
#include "GlyphRasterizer.h"
#include "VirtualPrinter.h"

using namespace tp::pos::devices;

namespace {

// Byte strings compared as spaced hex, so a failure shows where the streams part.
QString hexOf(const QByteArray& bytes) {
    return QString::fromLatin1(bytes.toHex(' '));
}

QString hexOf(const char* hex) {
    return hexOf(QByteArray::fromHex(hex));
}

PrinterProfile profile(const char* id) {
    return *PrinterProfile::named(QString::fromLatin1(id));
}

// Always draws the same 40×10 black block, so the raster bytes are predictable.
class BlockRasterizer : public GlyphRasterizer {
public:
    mutable QString lastText;
    QImage render(const QString& text, int widthDots, int, Qt::Alignment) const override {
        lastText = text;
        QImage image(widthDots, 10, QImage::Format_RGB32);
        image.fill(Qt::white);
        for (int y = 0; y < 10; ++y)
            for (int x = 0; x < 40; ++x)
                image.setPixel(x, y, qRgb(0, 0, 0));
        return image;
    }
};

} // namespace

class TestEscPosEncoder : public QObject {
    Q_OBJECT

private slots:
    void initializeSelectsThePreferredCodeTable() {
        EscPosEncoder epson(profile("epson-80mm"));
        epson.initialize();
        QCOMPARE(hexOf(epson.bytes()), hexOf("1b40 1b7413"));
    }

    void initializeCancelsKanjiModeOnClones() {
        EscPosEncoder clone(profile("clone-58mm"));
        clone.initialize();
        QCOMPARE(hexOf(clone.bytes()), hexOf("1b40 1c2e 1b7410"));
    }

    void stylesAreTheirEscPosCommands() {
        EscPosEncoder encoder(profile("epson-80mm"));
        encoder.bold(true).underline(Underline::Thick).size(2, 3).align(TextAlignment::Center).bold(false);
        encoder.underline(Underline::None).size(1, 1).align(TextAlignment::Right);
        QCOMPARE(hexOf(encoder.bytes()), hexOf("1b4501 1b2d02 1d2112 1b6101 1b4500 1b2d00 1d2100 1b6102"));
    }

    void sizesAreClampedToWhatPrintersSupport() {
        EscPosEncoder encoder(profile("epson-80mm"));
        encoder.size(0, 12);
        QCOMPARE(hexOf(encoder.bytes()), hexOf("1d2107"));
    }

    void euroSign_data() {
        QTest::addColumn<QString>("profileId");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Epson prints € from CP858 at 0xD5") << "epson-80mm"
                                                           << "1b40 1b7413 d5 0a";
        QTest::newRow("a clone without CP858 prints € from CP1252 at 0x80") << "clone-58mm"
                                                                            << "1b40 1c2e 1b7410 80 0a";
    }

    void euroSign() {
        QFETCH(QString, profileId);
        QFETCH(QString, expected);
        EscPosEncoder encoder(*PrinterProfile::named(profileId));
        encoder.initialize().line(QStringLiteral("\u20AC"));
        QCOMPARE(hexOf(encoder.bytes()), hexOf(expected.toLatin1().constData()));
    }

    void euroIsSpelledOutWhenNoTableHasIt() {
        PrinterProfile onlyCp437 = profile("epson-80mm");
        onlyCp437.codeTables = {{CodePage::Cp437, 0}};
        EscPosEncoder encoder(onlyCp437);
        encoder.initialize().line(QStringLiteral("\u20AC 5"));
        QCOMPARE(encoder.bytes(), QByteArray("\x1b@\x1bt\x00"
                                             "EUR 5\n",
                                             11));
    }

    void switchesTablesOnlyWhenTheCurrentOneLacksACharacter() {
        EscPosEncoder encoder(profile("epson-80mm"));
        // Ж is only in CP866 (ESC t 17); ASCII prints in any table, so "x" needs no switch; ä is
        // not in CP866, so the encoder goes back to the first table with it (CP858), where € is too.
        encoder.initialize().text(QStringLiteral("\u00E4\u0416x\u00E4\u20AC"));
        QCOMPARE(hexOf(encoder.bytes()), hexOf("1b40 1b7413 84 1b7411 86 78 1b7413 84 d5"));
    }

    void transliteratesWhatNoTableHolds() {
        PrinterProfile onlyCp437 = profile("epson-80mm");
        onlyCp437.codeTables = {{CodePage::Cp437, 0}};
        EscPosEncoder encoder(onlyCp437);
        encoder.initialize();
        const qsizetype start = encoder.bytes().size();
        encoder.line(QStringLiteral("\u201EHi\u201C \u2013 ok\u2026 \u0151"));
        QCOMPARE(encoder.bytes().mid(start), QByteArray("\"Hi\" - ok... o\n"));
    }

    void printsQuestionMarksWithoutARasterizer() {
        EscPosEncoder encoder(profile("clone-58mm"));
        encoder.line(QStringLiteral("\u6F22\u5B57"));
        QCOMPARE(encoder.bytes(), QByteArray("??\n"));
    }

    void rastersALineNoTableCanHold() {
        const BlockRasterizer rasterizer;
        EscPosEncoder encoder(profile("clone-58mm"), &rasterizer);
        encoder.align(TextAlignment::Center).line(QStringLiteral("Tea \u6F22\u5B57"));
        QCOMPARE(rasterizer.lastText, QStringLiteral("Tea \u6F22\u5B57"));
        // Sent left-aligned (the image is already centred across the paper), then centred again.
        QByteArray expected = QByteArray::fromHex("1b6101 1b6100 1d763000 3000 0a00");
        for (int row = 0; row < 10; ++row)
            expected += QByteArray::fromHex("ffffffffff") + QByteArray(43, '\0');
        expected += QByteArray::fromHex("1b6101");
        QCOMPARE(hexOf(encoder.bytes()), hexOf(expected));
    }

    void realRasterizerDrawsGlyphs() {
        const PainterGlyphRasterizer rasterizer;
        EscPosEncoder encoder(profile("epson-80mm"), &rasterizer);
        encoder.line(QStringLiteral("\u03A9\u03BC\u03AD\u03B3\u03B1"));
        testing::VirtualPrinter printer(profile("epson-80mm"));
        printer.feed(encoder.bytes());
        QCOMPARE(printer.images.size(), 1);
        QCOMPARE(printer.images.first().width(), 576);
        int black = 0;
        for (int y = 0; y < printer.images.first().height(); ++y)
            for (int x = 0; x < printer.images.first().width(); ++x)
                black += printer.images.first().pixelIndex(x, y);
        QVERIFY2(black > 50, qPrintable(QStringLiteral("only %1 black dots").arg(black)));
        QVERIFY(printer.lines.isEmpty());
    }

    void ean13HasHriBelowAndAVerifiedCheckDigit() {
        EscPosEncoder encoder(profile("epson-80mm"));
        QVERIFY(encoder.ean13("400638133393").ok());
        QCOMPARE(hexOf(encoder.bytes()), hexOf("1d4802 1d6600 1d6850 1d7703 1d6b430d 34303036333831333333393331 0a"));
        const auto wrong = encoder.ean13("4006381333932");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, std::string("barcode_invalid_ean13"));
    }

    void code128IsPrintedWithFunctionB() {
        EscPosEncoder encoder(profile("clone-58mm"));
        QVERIFY(encoder.code128("RN-20240001").ok());
        QCOMPARE(hexOf(encoder.bytes()), hexOf("1d4802 1d6600 1d6850 1d7702 1d6b490b 7b42524e2d 7b43 14180001 0a"));
    }

    void longBarcodesGetNarrowerBarsToFitThePaper() {
        EscPosEncoder encoder(profile("clone-58mm"));
        // 24 letters: 26 symbols plus stop and quiet zones = 319 modules; 2 dots each would be
        // 638 dots on 384-dot paper, so the printer would drop it. 1 dot fits.
        QVERIFY(encoder.code128("ABCDEFGHIJKLMNOPQRSTUVWX").ok());
        QVERIFY(encoder.bytes().contains(QByteArray::fromHex("1d7701")));
        const auto tooLong = encoder.code128(QByteArray(40, 'A'));
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error().code, std::string("barcode_too_long"));
    }

    void qrCodeIsModel2StoredThenPrinted() {
        EscPosEncoder encoder(profile("epson-80mm"));
        QVERIFY(encoder.qrCode("AB", {4, QrErrorLevel::Q}).ok());
        QCOMPARE(hexOf(encoder.bytes()), hexOf("1d286b0400 31413200 1d286b0300 314304 1d286b0300 314532 "
                                               "1d286b0500 3150304142 1d286b0300 315130 0a"));
        QVERIFY(!encoder.qrCode({}).ok());
    }

    void imagesAreSentInBands() {
        PrinterProfile epson = profile("epson-80mm");
        QImage black(20, 300, QImage::Format_RGB32);
        black.fill(Qt::black);
        EscPosEncoder encoder(epson);
        encoder.image(black);
        const QByteArray bytes = encoder.bytes();
        // 3 bytes a row (20 dots), bands of 128 rows: 128 + 128 + 44.
        QCOMPARE(bytes.size(), 3 * 8 + 300 * 3);
        QCOMPARE(hexOf(bytes.left(8)), hexOf("1d763000 0300 8000"));
        QCOMPARE(hexOf(bytes.mid(8, 3)), hexOf("ffff f0"));
        QCOMPARE(hexOf(bytes.mid(8 + 128 * 3, 8)), hexOf("1d763000 0300 8000"));
        QCOMPARE(hexOf(bytes.mid(16 + 256 * 3, 8)), hexOf("1d763000 0300 2c00"));

        testing::VirtualPrinter printer(epson);
        printer.feed(bytes);
        QCOMPARE(printer.rasterBands, 3);
        QCOMPARE(printer.images.size(), 1);
        QCOMPARE(printer.images.first().height(), 300);
    }

    void wideImagesAreScaledToThePaper() {
        QImage wide(1200, 100, QImage::Format_RGB32);
        wide.fill(Qt::white);
        EscPosEncoder encoder(profile("clone-58mm"));
        encoder.image(wide);
        QCOMPARE(hexOf(encoder.bytes().left(8)), hexOf("1d763000 3000 2000")); // 384 dots, 32 rows
    }

    void greyIsDitheredNotThresholded() {
        QImage grey(64, 64, QImage::Format_RGB32);
        grey.fill(qRgb(128, 128, 128));
        EscPosEncoder encoder(profile("epson-80mm"));
        encoder.image(grey);
        testing::VirtualPrinter printer(profile("epson-80mm"));
        printer.feed(encoder.bytes());
        int black = 0;
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x)
                black += printer.images.first().pixelIndex(x, y);
        // A threshold would give all or nothing; diffusion gives about half.
        QVERIFY2(black > 64 * 64 * 4 / 10 && black < 64 * 64 * 6 / 10, qPrintable(QString::number(black)));
    }

    void transparentPixelsArePaper() {
        QImage logo(8, 1, QImage::Format_ARGB32);
        logo.fill(Qt::transparent);
        logo.setPixel(0, 0, qRgba(0, 0, 0, 255));
        EscPosEncoder encoder(profile("epson-80mm"));
        encoder.image(logo);
        QCOMPARE(hexOf(encoder.bytes()), hexOf("1d763000 0100 0100 80"));
    }

    void cutFeedsThenCuts() {
        EscPosEncoder encoder(profile("epson-80mm"));
        encoder.cut(CutKind::Full, 3).cut(CutKind::Partial, 0);
        QCOMPARE(hexOf(encoder.bytes()), hexOf("1d564103 1d564200"));
    }

    void drawerKickPinAndPulse() {
        EscPosEncoder encoder(profile("epson-80mm"));
        encoder.drawerKick({DrawerPin::Pin5, 120, 240});
        encoder.drawerKick({});
        QCOMPARE(hexOf(encoder.bytes()), hexOf("1b7001 3c78 1b7000 32fa"));
    }
};

QTEST_MAIN(TestEscPosEncoder)
#include "tst_escposencoder.moc"
