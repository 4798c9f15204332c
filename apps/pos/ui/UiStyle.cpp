#include "ui/UiStyle.h"

#include <QApplication>
#include <QPalette>
#include <QShortcut>

namespace tp::pos::ui {

void applyHighContrast(QApplication& app) {
    QPalette palette;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(255, 221, 0);
    palette.setColor(QPalette::Window, black);
    palette.setColor(QPalette::WindowText, white);
    palette.setColor(QPalette::Base, black);
    palette.setColor(QPalette::AlternateBase, QColor(40, 40, 40));
    palette.setColor(QPalette::Text, white);
    palette.setColor(QPalette::Button, QColor(30, 30, 30));
    palette.setColor(QPalette::ButtonText, white);
    palette.setColor(QPalette::Highlight, yellow);
    palette.setColor(QPalette::HighlightedText, black);
    palette.setColor(QPalette::PlaceholderText, QColor(190, 190, 190));
    app.setPalette(palette);
    app.setStyleSheet(QStringLiteral("QPushButton:focus, QLineEdit:focus { border: 3px solid #ffdd00; }"));
}

QFont totalFont() {
    QFont font;
    font.setPointSize(kTotalPointSize);
    font.setBold(true);
    return font;
}

QPushButton* functionButton(const QKeySequence& key, const QString& text, QWidget* parent) {
    auto* button = new QPushButton(key.toString(QKeySequence::NativeText) + QStringLiteral("  ") + text, parent);
    // A QShortcut rather than setShortcut(): a button's own shortcut "animates" the click and
    // acts 100 ms later; a till answers the key at once. Only while the button is shown (a
    // hidden screen's keys are not live).
    auto* shortcut = new QShortcut(key, button);
    shortcut->setContext(Qt::WindowShortcut);
    QObject::connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isVisible() && button->isEnabled())
            button->click();
    });
    button->setMinimumHeight(kTouchTarget);
    button->setMinimumWidth(kTouchTarget * 2);
    button->setFocusPolicy(Qt::NoFocus); // the entry line keeps the keyboard (and the scanner)
    return button;
}

} // namespace tp::pos::ui
