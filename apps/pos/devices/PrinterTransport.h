#pragma once

#include <QByteArray>
#include <QString>

#include "domain/core/Result.h"

namespace tp::pos::devices {

// How long a transport may wait before it reports the device as failing. A sale must never
// hang on a printer, so every wait is bounded.
struct TransportTimeouts {
    int connectMs = 3000;
    int writeMs = 10000;
    int readMs = 1000;
};

// A byte pipe to one device (printer, drawer, scanner). Blocking calls with bounded waits, so
// they belong on a worker thread (PrintQueue) or in a command-line tool, never on the UI
// thread. Errors carry a code for programs ("device_unreachable", "device_timeout",
// "device_io_error", "device_not_found", "device_busy", "device_permission_denied",
// "device_disconnected", "unsupported") and a sentence naming the device for people.
class PrinterTransport {
public:
    virtual ~PrinterTransport() = default;

    virtual domain::Result<void> open() = 0;
    // Writes all of `bytes` or fails; a partial write is reported with how much went out.
    virtual domain::Result<void> write(const QByteArray& bytes) = 0;
    // Up to `maxBytes` bytes that arrive within `timeoutMs`; an empty array on timeout.
    virtual domain::Result<QByteArray> read(int maxBytes, int timeoutMs) = 0;
    virtual void close() = 0;

    // The device as the user named it, for messages.
    virtual QString describe() const = 0;
};

} // namespace tp::pos::devices
