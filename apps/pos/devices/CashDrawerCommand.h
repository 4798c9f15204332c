#pragma once

#include <QByteArray>

#include "EscPosEncoder.h"

namespace tp::pos::devices {

// How a drawer is wired to the till.
enum class DrawerConnection {
    PrinterKick, // RJ-11 on the receipt printer's kick connector: ESC p on the printer's port
    SerialBell,  // a serial drawer (or USB-serial interface box) that opens on BEL (0x07)
};

// The bytes that open the drawer.
QByteArray drawerOpenCommand(DrawerConnection connection, const DrawerPulse& pulse = {});

} // namespace tp::pos::devices
