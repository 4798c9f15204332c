#pragma once

#include <functional>

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "domain/barcode/ScannedBarcode.h"
#include "domain/barcode/VariableMeasureNomenclature.h"

namespace tp::pos::devices {

struct WedgeScannerConfig {
    // Scanners type a character every 1–19 ms; people, even fast typists, need 50 ms and more.
    int maxKeyIntervalMs = 25;
    int minLength = 4; // shorter bursts are people hitting two keys at once
    QString prefix;    // sent by the scanner before each code, if configured to
    QString suffix;    // … and after it
    bool enterTerminates = true;
};

// Tells a barcode scanner in keyboard-wedge mode apart from a person typing, application-wide,
// so a scan lands in the sale whichever widget has focus, and typing is never lost.
//
// Installed as an event filter on the application, it holds back printable key presses while
// they arrive faster than maxKeyIntervalMs. A burst that ends with Enter (or with the suffix)
// and is long enough is a scan: the keys are swallowed and the code, without prefix and
// suffix, goes through the domain's barcode classifier and out as scanned(). Anything else —
// a slow key, a short burst, a burst that does not start with the prefix, a pause — is a
// person: the held-back keys are replayed, in order, to the objects they were meant for.
class KeyboardWedgeScanner : public QObject {
    Q_OBJECT

public:
    // Milliseconds on a monotonic clock; tests pass their own to play exact key timings.
    using Clock = std::function<qint64()>;

    KeyboardWedgeScanner(domain::VariableMeasureNomenclature nomenclature, WedgeScannerConfig config = {},
                         Clock clock = {}, QObject* parent = nullptr);

    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void scanned(const tp::domain::ScannedBarcode& barcode, const QString& text);

private:
    struct HeldKey {
        QPointer<QObject> receiver;
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };

    void hold(QObject* receiver, const QKeyEvent& event, qint64 now);
    bool finishBurst(); // true when the burst was a scan
    bool couldStillBePrefix() const;
    void replay();

    domain::VariableMeasureNomenclature m_nomenclature;
    WedgeScannerConfig m_config;
    Clock m_clock;
    QElapsedTimer m_monotonic;
    QList<HeldKey> m_held;
    QString m_burst;
    qint64 m_lastKeyAt = 0;
    bool m_replaying = false;
    QTimer m_pauseTimer;
};

} // namespace tp::pos::devices

Q_DECLARE_METATYPE(tp::domain::ScannedBarcode)
