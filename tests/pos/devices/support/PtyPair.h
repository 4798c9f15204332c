#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace tp::pos::devices::testing {

// Two linked pseudo-terminals made by socat (`pty,raw,echo=0` on both sides): what is written
// to one end is read at the other, and QSerialPort opens both like real serial ports. This is
// how the serial printer, drawer and scanner paths are tested without hardware.
class PtyPair {
public:
    PtyPair();
    ~PtyPair();
    PtyPair(const PtyPair&) = delete;
    PtyPair& operator=(const PtyPair&) = delete;

    // False (with error()) when socat is missing or did not make both ends in time.
    bool start();
    QString error() const { return m_error; }

    QString deviceEnd() const; // where the device (virtual printer, scanner) sits
    QString tillEnd() const;   // what the register opens

private:
    QTemporaryDir m_directory;
    QProcess m_socat;
    QString m_error;
};

} // namespace tp::pos::devices::testing
