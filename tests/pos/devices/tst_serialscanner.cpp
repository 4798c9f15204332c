#include <QSerialPort>
#include <QSignalSpy>
#include <QTest>

#include "PtyPair.h"
#include "SerialScanner.h"

using namespace tp::pos::devices;
using namespace tp::pos::devices::testing;

namespace {

// The domain's names for what a scan is, so failures print readable values.
QString kindOf(const tp::domain::ScannedBarcode& barcode) {
    return QString::fromLatin1(tp::domain::toString(barcode.kind).data(),
                               static_cast<qsizetype>(tp::domain::toString(barcode.kind).size()));
}

[[maybe_unused]] QString formatOf(const tp::domain::ScannedBarcode& barcode) {
    return QString::fromLatin1(tp::domain::toString(barcode.format).data(),
                               static_cast<qsizetype>(tp::domain::toString(barcode.format).size()));
}

} // namespace

class TestSerialScanner : public QObject {
    Q_OBJECT

private slots:
    void readsCodesLineByLineOverAPty() {
        PtyPair pty;
        QVERIFY2(pty.start(), qPrintable(pty.error()));
        QSerialPort scannerSide;
        scannerSide.setPortName(pty.deviceEnd());
        QVERIFY(scannerSide.open(QIODevice::ReadWrite));

        SerialScanner scanner(DeviceUri::parse(QStringLiteral("serial://") + pty.tillEnd() + "?baud=9600").value(),
                              tp::domain::VariableMeasureNomenclature::defaults());
        QSignalSpy scanned(&scanner, &SerialScanner::scanned);
        QVERIFY(scanner.start());

        // CR LF, then CR alone, then LF alone; the second code arrives in two pieces.
        scannerSide.write("4006381333931\r\n2300077");
        scannerSide.waitForBytesWritten(1000);
        QTest::qWait(50);
        scannerSide.write("003491\r96385074\n");
        scannerSide.waitForBytesWritten(1000);
        QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 3, 5000);

        const auto first = scanned.at(0).at(0).value<tp::domain::ScannedBarcode>();
        QCOMPARE(kindOf(first), QStringLiteral("ProductCode"));
        const auto second = scanned.at(1).at(0).value<tp::domain::ScannedBarcode>();
        QCOMPARE(kindOf(second), QStringLiteral("PricedItem"));
        QCOMPARE(second.priceMinor, 349);
        QCOMPARE(scanned.at(2).at(1).toString(), QStringLiteral("96385074"));
    }

    void prefixAndSuffixAreStripped() {
        PtyPair pty;
        QVERIFY2(pty.start(), qPrintable(pty.error()));
        QSerialPort scannerSide;
        scannerSide.setPortName(pty.deviceEnd());
        QVERIFY(scannerSide.open(QIODevice::ReadWrite));
        SerialScanner scanner(DeviceUri::parse(QStringLiteral("serial://") + pty.tillEnd()).value(),
                              tp::domain::VariableMeasureNomenclature::defaults(), QStringLiteral("]E0"),
                              QStringLiteral("!"));
        QSignalSpy scanned(&scanner, &SerialScanner::scanned);
        QVERIFY(scanner.start());
        scannerSide.write("]E05901234123457!\r");
        scannerSide.waitForBytesWritten(1000);
        QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 1, 5000);
        QCOMPARE(scanned.first().at(1).toString(), QStringLiteral("5901234123457"));
    }

    void aMissingPortIsReported() {
        SerialScanner scanner(DeviceUri::parse(QStringLiteral("serial:///dev/ttyNoScanner")).value(),
                              tp::domain::VariableMeasureNomenclature::defaults());
        QSignalSpy failed(&scanner, &SerialScanner::failed);
        QVERIFY(!scanner.start());
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("/dev/ttyNoScanner")));
    }
};

QTEST_GUILESS_MAIN(TestSerialScanner)
#include "tst_serialscanner.moc"
