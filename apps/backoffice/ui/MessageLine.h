#pragma once

#include <QLabel>
#include <QString>

namespace tp::backoffice::ui {

// A screen's message line: what just happened, or the problem in words (in red, so that it is
// seen). Every screen and dialog of the backoffice says things this one way.
inline void showMessage(QLabel* line, const QString& message, bool problem) {
    line->setText(message);
    line->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace tp::backoffice::ui
