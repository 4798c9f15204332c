#include <QSignalSpy>
#include <QTest>

#include "KeyboardWedgeScanner.h"

using namespace tp::pos::devices;

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

// Stands in for the focused widget: records the key presses that reach it.
class KeySink : public QObject {
public:
    QString typed;

protected:
    bool event(QEvent* event) override {
        if (event->type() == QEvent::KeyPress)
            typed += static_cast<QKeyEvent*>(event)->text();
        return QObject::event(event);
    }
};

struct ManualClock {
    qint64 now = 1000;
};

} // namespace

class TestWedgeScanner : public QObject {
    Q_OBJECT

private:
    // Types `text` into `sink` through the application, `intervalMs` apart on the manual clock.
    void type(KeySink& sink, ManualClock& clock, const QString& text, int intervalMs) {
        for (const QChar c : text) {
            clock.now += intervalMs;
            const int key = c.isDigit() ? Qt::Key_0 + c.digitValue() : int(c.toUpper().unicode());
            QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(&sink, &press);
        }
    }

    void enter(KeySink& sink, ManualClock& clock, int intervalMs) {
        clock.now += intervalMs;
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
        QCoreApplication::sendEvent(&sink, &press);
    }

    std::unique_ptr<KeyboardWedgeScanner> install(ManualClock& clock, WedgeScannerConfig config = {}) {
        auto scanner = std::make_unique<KeyboardWedgeScanner>(tp::domain::VariableMeasureNomenclature::defaults(),
                                                              config, [&clock] { return clock.now; });
        QCoreApplication::instance()->installEventFilter(scanner.get());
        return scanner;
    }

private slots:
    void aScanAtScannerSpeedIsCaughtAndClassified() {
        ManualClock clock;
        const auto scanner = install(clock);
        QSignalSpy scanned(scanner.get(), &KeyboardWedgeScanner::scanned);
        KeySink sink;
        type(sink, clock, QStringLiteral("4006381333931"), 8);
        enter(sink, clock, 8);
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().at(1).toString(), QStringLiteral("4006381333931"));
        const auto barcode = scanned.first().at(0).value<tp::domain::ScannedBarcode>();
        QCOMPARE(kindOf(barcode), QStringLiteral("ProductCode"));
        QCOMPARE(barcode.gtin, std::string("04006381333931"));
        QVERIFY(sink.typed.isEmpty()); // nothing leaked into the focused field
    }

    void aWeighedLabelComesOutAsAWeighedItem() {
        ManualClock clock;
        const auto scanner = install(clock);
        QSignalSpy scanned(scanner.get(), &KeyboardWedgeScanner::scanned);
        KeySink sink;
        type(sink, clock, QStringLiteral("2100042007505"), 3);
        enter(sink, clock, 3);
        QCOMPARE(scanned.size(), 1);
        const auto barcode = scanned.first().at(0).value<tp::domain::ScannedBarcode>();
        QCOMPARE(kindOf(barcode), QStringLiteral("WeighedItem"));
        QCOMPARE(barcode.qtyMilli, 750);
    }

    void aFastTypistIsNotAScanner() {
        ManualClock clock;
        const auto scanner = install(clock);
        QSignalSpy scanned(scanner.get(), &KeyboardWedgeScanner::scanned);
        KeySink sink;
        // 60 ms a key is a very fast typist; every key still reaches the field, in order.
        type(sink, clock, QStringLiteral("4006381333931"), 60);
        enter(sink, clock, 60);
        QCOMPARE(sink.typed, QStringLiteral("4006381333931\r"));
        QCOMPARE(scanned.size(), 0);
    }

    void aPauseReplaysTheLastHeldKey() {
        ManualClock clock;
        const auto scanner = install(clock);
        KeySink sink;
        type(sink, clock, QStringLiteral("a"), 100);
        QTRY_COMPARE(sink.typed, QStringLiteral("a")); // held for a moment, then given back
    }

    void twoKeysAtOnceAreTooShortForAScan() {
        ManualClock clock;
        const auto scanner = install(clock);
        QSignalSpy scanned(scanner.get(), &KeyboardWedgeScanner::scanned);
        KeySink sink;
        type(sink, clock, QStringLiteral("ab"), 5);
        enter(sink, clock, 5);
        QCOMPARE(scanned.size(), 0);
        QCOMPARE(sink.typed, QStringLiteral("ab\r"));
    }

    void prefixAndSuffixAreStripped() {
        ManualClock clock;
        WedgeScannerConfig config;
        config.prefix = QStringLiteral("~");
        config.suffix = QStringLiteral("#");
        const auto scanner = install(clock, config);
        QSignalSpy scanned(scanner.get(), &KeyboardWedgeScanner::scanned);
        KeySink sink;
        type(sink, clock, QStringLiteral("~5901234123457#"), 5);
        enter(sink, clock, 5);
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().at(1).toString(), QStringLiteral("5901234123457"));
        // Fast keys without the prefix are a person (or a game controller): given back at once.
        type(sink, clock, QStringLiteral("x123"), 5);
        QCOMPARE(sink.typed, QStringLiteral("x123"));
    }

    void aSuffixCanEndTheScanWithoutEnter() {
        ManualClock clock;
        WedgeScannerConfig config;
        config.suffix = QStringLiteral("#");
        config.enterTerminates = false;
        const auto scanner = install(clock, config);
        QSignalSpy scanned(scanner.get(), &KeyboardWedgeScanner::scanned);
        KeySink sink;
        type(sink, clock, QStringLiteral("96385074#"), 5);
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(formatOf(scanned.first().at(0).value<tp::domain::ScannedBarcode>()), QStringLiteral("Ean8"));
        QVERIFY(sink.typed.isEmpty());
    }

    void thresholdsAreTunable() {
        ManualClock clock;
        WedgeScannerConfig slowScanner;
        slowScanner.maxKeyIntervalMs = 40; // an old scanner behind a slow USB hub
        const auto scanner = install(clock, slowScanner);
        QSignalSpy scanned(scanner.get(), &KeyboardWedgeScanner::scanned);
        KeySink sink;
        type(sink, clock, QStringLiteral("4006381333931"), 35);
        enter(sink, clock, 35);
        QCOMPARE(scanned.size(), 1);
    }

    void aScanDuringTypingKeepsTheTypedText() {
        ManualClock clock;
        const auto scanner = install(clock);
        QSignalSpy scanned(scanner.get(), &KeyboardWedgeScanner::scanned);
        KeySink sink;
        type(sink, clock, QStringLiteral("Hi"), 200);
        clock.now += 300; // the cashier reaches for the scanner
        type(sink, clock, QStringLiteral("5901234123457"), 4);
        enter(sink, clock, 4);
        QCOMPARE(sink.typed, QStringLiteral("Hi"));
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.last().at(1).toString(), QStringLiteral("5901234123457"));
    }
};

QTEST_MAIN(TestWedgeScanner)
#include "tst_wedgescanner.moc"
