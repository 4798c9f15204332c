#include "PrinterStatus.h"

#include <QCoreApplication>

#include "EscPosBytes.h"

namespace tp::pos::devices {

namespace {

bool bit(std::uint8_t byte, int index) {
    return (byte & (1u << index)) != 0;
}

// Messages for people, in the translation context "tp::pos::devices::PrinterStatus".
class Text {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::devices::PrinterStatus)
};

} // namespace

bool PrinterStatus::applyPrinterStatus(std::uint8_t byte) {
    if (!isStatusByte(byte))
        return false;
    drawerSensorHigh = bit(byte, 2);
    online = !bit(byte, 3);
    return true;
}

bool PrinterStatus::applyOfflineCause(std::uint8_t byte) {
    if (!isStatusByte(byte))
        return false;
    coverOpen = bit(byte, 2);
    feedButtonPressed = bit(byte, 3);
    stoppedByPaperEnd = bit(byte, 5);
    errorOccurred = bit(byte, 6);
    return true;
}

bool PrinterStatus::applyPaperSensor(std::uint8_t byte) {
    if (!isStatusByte(byte))
        return false;
    // Each condition has two bits (printers with one sensor set both); either counts.
    paperNearEnd = bit(byte, 2) || bit(byte, 3);
    paperOut = bit(byte, 5) || bit(byte, 6);
    return true;
}

std::optional<bool> PrinterStatus::drawerOpen(DrawerSensorPolarity polarity) const {
    if (!drawerSensorHigh)
        return std::nullopt;
    return polarity == DrawerSensorPolarity::OpenWhenHigh ? *drawerSensorHigh : !*drawerSensorHigh;
}

bool PrinterStatus::readyToPrint() const {
    return online.value_or(true) && !coverOpen.value_or(false) && !paperOut.value_or(false) &&
           !stoppedByPaperEnd.value_or(false);
}

QStringList PrinterStatus::problems() const {
    QStringList words;
    if (online.has_value() && !*online)
        words << Text::tr("offline");
    if (coverOpen.value_or(false))
        words << Text::tr("cover open");
    if (paperOut.value_or(false) || stoppedByPaperEnd.value_or(false))
        words << Text::tr("paper out");
    else if (paperNearEnd.value_or(false))
        words << Text::tr("paper near end");
    if (errorOccurred.value_or(false))
        words << Text::tr("error");
    return words;
}

QStringList PrinterStatus::describe(DrawerSensorPolarity polarity) const {
    QStringList words = problems();
    if (words.isEmpty())
        words << (online.has_value() ? Text::tr("ready") : Text::tr("status unknown"));
    if (const auto open = drawerOpen(polarity))
        words << (*open ? Text::tr("drawer open") : Text::tr("drawer closed"));
    return words;
}

QByteArray statusRequests() {
    using namespace escpos;
    return QByteArray{} + kDle + kEot + kStatusPrinter + kDle + kEot + kStatusOfflineCause + kDle + kEot +
           kStatusPaperSensor;
}

} // namespace tp::pos::devices
