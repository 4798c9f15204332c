#pragma once

#include <QFont>
#include <QKeySequence>
#include <QPushButton>
#include <QString>

class QApplication;

namespace tp::pos::ui {

// Sizes the register's screens share: touch targets of at least 44 px (Apple's and
// Google's minimum for a fingertip), totals readable at arm's length.
constexpr int kTouchTarget = 48;
constexpr int kTotalPointSize = 34;

// A high-contrast palette (white on black, yellow focus) for bright shops and weak eyes;
// the default follows the system's.
void applyHighContrast(QApplication& app);

QFont totalFont();

// A button that shows its function key ("F8  Cash") and fires on it anywhere in its window.
QPushButton* functionButton(const QKeySequence& key, const QString& text, QWidget* parent);

} // namespace tp::pos::ui
