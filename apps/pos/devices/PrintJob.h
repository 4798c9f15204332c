#pragma once

#include <QByteArray>
#include <QString>

namespace tp::pos::devices {

// One receipt (or report, or drawer kick) as bytes ready for the printer.
struct PrintJob {
    quint64 id = 0;
    QString title; // "Receipt 12-3-000481", for the cashier and the log
    QByteArray bytes;
    int attempts = 0;
    QString lastError;
};

} // namespace tp::pos::devices
