#include "StatusQuery.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include "EscPosBytes.h"

namespace tp::pos::devices {

namespace {

// Messages for people, in the translation context "tp::pos::devices::StatusQuery".
class Text {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::devices::StatusQuery)
};

} // namespace

domain::Result<PrinterStatus> queryStatus(PrinterTransport& transport, int timeoutMs) {
    using namespace escpos;
    PrinterStatus status;
    for (const char request : {kStatusPrinter, kStatusOfflineCause, kStatusPaperSensor}) {
        if (auto written = transport.write(QByteArray{} + kDle + kEot + request); !written)
            return written.error();
        const QDeadlineTimer deadline(timeoutMs);
        bool answered = false;
        while (!answered && !deadline.hasExpired()) {
            const auto reply = transport.read(1, static_cast<int>(deadline.remainingTime()));
            if (!reply)
                return reply.error();
            if (reply->isEmpty())
                continue;
            const auto byte = static_cast<std::uint8_t>(reply->at(0));
            answered = request == kStatusPrinter        ? status.applyPrinterStatus(byte)
                       : request == kStatusOfflineCause ? status.applyOfflineCause(byte)
                                                        : status.applyPaperSensor(byte);
        }
        if (!answered)
            return domain::makeError("device_timeout",
                                     Text::tr("Printer %1 did not answer the status request DLE EOT %2 "
                                              "within %3 ms.")
                                         .arg(transport.describe())
                                         .arg(static_cast<int>(request))
                                         .arg(timeoutMs)
                                         .toStdString());
    }
    return status;
}

} // namespace tp::pos::devices
