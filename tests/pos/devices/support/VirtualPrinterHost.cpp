#include "VirtualPrinterHost.h"

#include <QDeadlineTimer>

namespace tp::pos::devices::testing {

VirtualPrinterHost::VirtualPrinterHost(VirtualPrinter printer)
    : m_printer(std::move(printer)) {
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

VirtualPrinterHost::~VirtualPrinterHost() {
    stopThread();
}

void VirtualPrinterHost::stopThread() {
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
}

void VirtualPrinterHost::runOnThread(const std::function<void()>& work) {
    QMetaObject::invokeMethod(m_context, work, Qt::BlockingQueuedConnection);
}

void VirtualPrinterHost::withPrinter(const std::function<void(VirtualPrinter&)>& use) {
    const QMutexLocker lock(&m_mutex);
    use(m_printer);
}

VirtualPrinter VirtualPrinterHost::snapshot() {
    const QMutexLocker lock(&m_mutex);
    return m_printer;
}

bool VirtualPrinterHost::waitForBytes(qint64 count, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_mutex);
    while (m_printer.bytesReceived < count) {
        if (!m_received.wait(&m_mutex, deadline))
            return m_printer.bytesReceived >= count;
    }
    return true;
}

QByteArray VirtualPrinterHost::receive(const QByteArray& bytes) {
    const QMutexLocker lock(&m_mutex);
    const QByteArray replies = m_printer.feed(bytes);
    m_received.wakeAll();
    return replies;
}

} // namespace tp::pos::devices::testing
