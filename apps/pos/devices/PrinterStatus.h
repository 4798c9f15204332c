#pragma once

#include <cstdint>
#include <optional>

#include <QByteArray>
#include <QStringList>

namespace tp::pos::devices {

// Which level of the drawer sensor (pin 3 of the kick connector) means "open": it depends on
// the drawer model and its cable, so it is configuration.
enum class DrawerSensorPolarity { OpenWhenHigh, OpenWhenLow };

// What a printer said about itself through DLE EOT 1 (printer), 2 (offline cause) and 4
// (paper roll sensor). A field is empty when the matching request was not answered, so
// "unknown" is never mistaken for "fine".
//
// Every status byte has bits 1 and 4 set and bits 0 and 7 clear (mask 0x93 = 0x12); a byte
// that does not is not a status reply (a clone echoing data, line noise) and is rejected.
struct PrinterStatus {
    std::optional<bool> online;
    std::optional<bool> drawerSensorHigh; // DLE EOT 1 bit 2: kick connector pin 3
    std::optional<bool> coverOpen;        // DLE EOT 2 bit 2
    std::optional<bool> feedButtonPressed;
    std::optional<bool> stoppedByPaperEnd; // DLE EOT 2 bit 5
    std::optional<bool> errorOccurred;     // DLE EOT 2 bit 6
    std::optional<bool> paperNearEnd;      // DLE EOT 4 bits 2+3
    std::optional<bool> paperOut;          // DLE EOT 4 bits 5+6

    static bool isStatusByte(std::uint8_t byte) { return (byte & 0x93) == 0x12; }

    // Each returns false (and changes nothing) for a byte that is no status reply.
    bool applyPrinterStatus(std::uint8_t byte);
    bool applyOfflineCause(std::uint8_t byte);
    bool applyPaperSensor(std::uint8_t byte);

    std::optional<bool> drawerOpen(DrawerSensorPolarity polarity) const;

    // True when a job can be sent: online (or not asked), cover closed, paper present.
    bool readyToPrint() const;

    // What keeps the printer from printing well, in words: ("cover open", "paper out").
    QStringList problems() const;

    // The state in words for the cashier and the log, e.g. ("offline", "cover open",
    // "paper out"); ("ready") when nothing is wrong.
    QStringList describe(DrawerSensorPolarity polarity = DrawerSensorPolarity::OpenWhenHigh) const;
};

// The three DLE EOT requests PrinterStatus reads, in the order their replies are expected.
QByteArray statusRequests();

} // namespace tp::pos::devices
