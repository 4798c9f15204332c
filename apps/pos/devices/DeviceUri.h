#pragma once

#include <cstdint>

#include <QString>

#include "domain/core/Result.h"

namespace tp::pos::devices {

enum class DeviceScheme { Usb, Serial, Tcp, File };

enum class SerialFlowControl { None, Hardware, Software };

// Where a printer, drawer or scanner is, as written in settings and on the command line:
//
//   usb://04b8:0202            USB by vendor and product id (hex)
//   usb://04b8:0202/J7HF012345 … and serial number, when several of one model are plugged in
//   serial:///dev/ttyUSB0?baud=19200&flow=rtscts
//   tcp://192.168.1.50:9100    raw TCP ("JetDirect"); the port defaults to 9100
//   file:///tmp/receipt.bin    bytes appended to a file
//
// parse() explains what is wrong with a string in a sentence the person typing it can act
// on; its error code is always "invalid_device_uri".
struct DeviceUri {
    DeviceScheme scheme = DeviceScheme::File;
    QString original;

    std::uint16_t vendorId = 0;
    std::uint16_t productId = 0;
    QString serialNumber; // empty: any

    QString portPath; // serial: /dev/ttyUSB0
    int baudRate = 9600;
    int dataBits = 8;
    char parity = 'n'; // n, e, o
    int stopBits = 1;
    SerialFlowControl flowControl = SerialFlowControl::None;

    QString host;
    std::uint16_t port = 9100;

    QString filePath;

    static domain::Result<DeviceUri> parse(const QString& text);
};

} // namespace tp::pos::devices
