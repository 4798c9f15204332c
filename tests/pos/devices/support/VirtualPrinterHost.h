#pragma once

#include <functional>

#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>

#include "VirtualPrinter.h"

namespace tp::pos::devices::testing {

// A VirtualPrinter served from its own thread, so the transports under test can block on it
// from the test thread exactly as they block on real hardware. Subclasses set up the wire
// (TCP, a pty) on that thread through runOnThread() and call receive() with what arrives.
class VirtualPrinterHost {
public:
    explicit VirtualPrinterHost(VirtualPrinter printer);
    virtual ~VirtualPrinterHost();

    // Reads or changes the printer under the lock (e.g. to set paperOut between jobs).
    void withPrinter(const std::function<void(VirtualPrinter&)>& use);
    VirtualPrinter snapshot();

    // Waits until the printer has received at least `count` bytes in total.
    bool waitForBytes(qint64 count, int timeoutMs);

protected:
    void runOnThread(const std::function<void()>& work);
    QByteArray receive(const QByteArray& bytes); // returns the replies to send back
    QObject* context() const { return m_context; }
    void stopThread();

private:
    QMutex m_mutex;
    QWaitCondition m_received;
    VirtualPrinter m_printer;
    QThread m_thread;
    QObject* m_context = nullptr;
};

} // namespace tp::pos::devices::testing
