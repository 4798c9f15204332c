#include <QTest>

#include "EscPosEncoder.h"
#include "TestPage.h"
#include "VirtualPrinter.h"

using namespace tp::pos::devices;
using namespace tp::pos::devices::testing;

// The virtual printer is what every other device test trusts, so it is tested on its own:
// it must be as unforgiving as real printers, or it would let broken streams pass.
class TestVirtualPrinter : public QObject {
    Q_OBJECT

private slots:
    void aCloneWithoutFsDotGarblesAccents() {
        const PrinterProfile clone = *PrinterProfile::named(QStringLiteral("clone-58mm"));
        VirtualPrinter printer(clone, true);
        printer.feed(QByteArray("\x1b@\x1bt\x10"
                                "Caf\xe9 \x80"
                                "5\n",
                                13));
        QCOMPARE(printer.kanjiBytes, 4); // "é " and "€5" each eaten as one Kanji character
        QCOMPARE(printer.lines.size(), 1);
        QVERIFY(printer.textLines().first() != QStringLiteral("Caf\u00E9 \u20AC5"));

        VirtualPrinter cancelled(clone, true);
        cancelled.feed(QByteArray("\x1b@\x1c.\x1bt\x10"
                                  "Caf\xe9 \x80"
                                  "5\n",
                                  15));
        QCOMPARE(cancelled.kanjiBytes, 0);
        QCOMPARE(cancelled.lines.size(), 1);
        QCOMPARE(cancelled.textLines().first(), QStringLiteral("Caf\u00E9 \u20AC5"));
    }

    void commandsSplitAcrossReadsDecodeTheSame() {
        const QByteArray page = buildTestPage(PrinterProfile::defaultProfile());
        VirtualPrinter whole;
        whole.feed(page);
        VirtualPrinter byteByByte;
        for (const char byte : page)
            byteByByte.feed(QByteArray(1, byte));
        QCOMPARE(byteByByte.events, whole.events);
        QCOMPARE(byteByByte.textLines(), whole.textLines());
        QCOMPARE(byteByByte.bytesReceived, page.size());
    }

    void answersStatusRequestsFromItsState() {
        VirtualPrinter printer;
        printer.online = false;
        printer.coverOpen = true;
        printer.paperNearEnd = true;
        QCOMPARE(printer.feed(QByteArray("\x10\x04\x01\x10\x04\x02\x10\x04\x04", 9)).toHex(' '),
                 QByteArray("1a 16 1e"));
        printer.answersStatus = false;
        QVERIFY(printer.feed(QByteArray("\x10\x04\x01", 3)).isEmpty());
    }

    void recordsWhatItDoesNotKnow() {
        VirtualPrinter printer;
        printer.feed(QByteArray("\x1b\x99\x1d\x98", 4));
        QCOMPARE(printer.unknownCommands, QStringList({"1b 99", "1d 98"}));
        printer.feed(QByteArray("\x1bt\x63", 3)); // a table number this model does not have
        QCOMPARE(printer.unknownCommands.last(), QStringLiteral("ESC t 99"));
    }

    void aQrCodeNeedsStoredData() {
        VirtualPrinter printer;
        printer.feed(QByteArray("\x1d(k\x03\x00\x31\x51\x30", 8));
        QVERIFY(printer.qrCodes.isEmpty());
        QCOMPARE(printer.unknownCommands, QStringList{"QR print without stored data"});
    }

    void rasterBandsInARowAreOneImage() {
        QImage logo(16, 300, QImage::Format_RGB32);
        logo.fill(Qt::black);
        EscPosEncoder encoder(PrinterProfile::defaultProfile());
        encoder.image(logo).line(QStringLiteral("between")).image(logo);
        VirtualPrinter printer;
        printer.feed(encoder.bytes());
        QCOMPARE(printer.rasterBands, 6);
        QCOMPARE(printer.images.size(), 2);
        QCOMPARE(printer.images.first().size(), QSize(16, 300));
    }

    void stylesAreKeptPerRun() {
        VirtualPrinter printer;
        printer.feed(QByteArray("a\x1b\x45\x01"
                                "b\x1d!\x11"
                                "c\n",
                                10));
        QCOMPARE(printer.lines.size(), 1);
        const PrintedLine line = printer.lines.first();
        QCOMPARE(line.text, QStringLiteral("abc"));
        QCOMPARE(line.runs.size(), 3);
        QCOMPARE(line.runs.at(1), (PrintedRun{QStringLiteral("b"), true, 0, 1, 1}));
        QCOMPARE(line.runs.at(2), (PrintedRun{QStringLiteral("c"), true, 0, 2, 2}));
    }
};

QTEST_GUILESS_MAIN(TestVirtualPrinter)
#include "tst_virtualprinter.moc"
