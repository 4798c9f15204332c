#include "CashDrawerCommand.h"

namespace tp::pos::devices {

QByteArray drawerOpenCommand(DrawerConnection connection, const DrawerPulse& pulse) {
    if (connection == DrawerConnection::SerialBell)
        return QByteArray(1, '\x07');
    EscPosEncoder encoder(PrinterProfile::defaultProfile());
    encoder.drawerKick(pulse);
    return encoder.bytes();
}

} // namespace tp::pos::devices
