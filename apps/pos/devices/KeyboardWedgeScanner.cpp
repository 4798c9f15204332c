#include "KeyboardWedgeScanner.h"

#include <QCoreApplication>

namespace tp::pos::devices {

namespace {

bool isEnter(int key) {
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

bool isPrintable(const QKeyEvent& event) {
    return !event.text().isEmpty() && event.text().at(0).isPrint() &&
           !(event.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
}

} // namespace

KeyboardWedgeScanner::KeyboardWedgeScanner(domain::VariableMeasureNomenclature nomenclature, WedgeScannerConfig config,
                                           Clock clock, QObject* parent)
    : QObject(parent)
    , m_nomenclature(std::move(nomenclature))
    , m_config(std::move(config))
    , m_clock(std::move(clock)) {
    qRegisterMetaType<domain::ScannedBarcode>();
    m_monotonic.start();
    if (!m_clock)
        m_clock = [this] {
            return m_monotonic.elapsed();
        };
    // A pause longer than a scanner ever makes ends the burst: it was a person (or a scanner
    // without terminator, which the suffix then identifies).
    m_pauseTimer.setSingleShot(true);
    m_pauseTimer.setInterval(m_config.maxKeyIntervalMs * 2);
    connect(&m_pauseTimer, &QTimer::timeout, this, [this] {
        if (!finishBurst())
            replay();
    });
}

bool KeyboardWedgeScanner::eventFilter(QObject* watched, QEvent* event) {
    if (m_replaying || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto& key = static_cast<const QKeyEvent&>(*event);
    const qint64 now = m_clock();
    const bool inBurst = !m_held.isEmpty() && now - m_lastKeyAt <= m_config.maxKeyIntervalMs;
    if (!m_held.isEmpty() && !inBurst)
        replay(); // the keys so far were typed by a person

    if (isEnter(key.key())) {
        if (m_config.enterTerminates && inBurst && finishBurst())
            return true; // the scanner's Enter: the scan is handled, nothing else sees it
        replay();
        return QObject::eventFilter(watched, event);
    }
    if (!isPrintable(key))
        return QObject::eventFilter(watched, event); // Shift and friends pass, and do not break a burst
    hold(watched, key, now);
    if (!couldStillBePrefix())
        replay();
    else if (!m_config.suffix.isEmpty() && !m_config.enterTerminates && m_burst.endsWith(m_config.suffix) &&
             finishBurst())
        m_pauseTimer.stop();
    return true;
}

void KeyboardWedgeScanner::hold(QObject* receiver, const QKeyEvent& event, qint64 now) {
    m_held.append({receiver, event.key(), event.modifiers(), event.text()});
    m_burst += event.text();
    m_lastKeyAt = now;
    m_pauseTimer.start();
}

bool KeyboardWedgeScanner::couldStillBePrefix() const {
    if (m_config.prefix.isEmpty())
        return true;
    const qsizetype compared = std::min(m_burst.size(), m_config.prefix.size());
    return m_burst.left(compared) == m_config.prefix.left(compared);
}

bool KeyboardWedgeScanner::finishBurst() {
    QString code = m_burst;
    if (!m_config.prefix.isEmpty()) {
        if (!code.startsWith(m_config.prefix))
            return false;
        code.remove(0, m_config.prefix.size());
    }
    if (!m_config.suffix.isEmpty()) {
        if (!code.endsWith(m_config.suffix))
            return false;
        code.chop(m_config.suffix.size());
    }
    if (code.size() < m_config.minLength)
        return false;
    m_held.clear();
    m_burst.clear();
    m_pauseTimer.stop();
    emit scanned(domain::classifyBarcode(code.toStdString(), m_nomenclature), code);
    return true;
}

void KeyboardWedgeScanner::replay() {
    m_pauseTimer.stop();
    const QList<HeldKey> held = std::exchange(m_held, {});
    m_burst.clear();
    m_replaying = true;
    for (const HeldKey& key : held) {
        if (!key.receiver)
            continue; // the widget went away while its key was held
        QKeyEvent press(QEvent::KeyPress, key.key, key.modifiers, key.text);
        QCoreApplication::sendEvent(key.receiver, &press);
    }
    m_replaying = false;
}

} // namespace tp::pos::devices
