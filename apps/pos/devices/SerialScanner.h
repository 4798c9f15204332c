#pragma once

#include <memory>

#include <QObject>
#include <QSerialPort>

#include "DeviceUri.h"
#include "domain/barcode/ScannedBarcode.h"
#include "domain/barcode/VariableMeasureNomenclature.h"

namespace tp::pos::devices {

// A barcode scanner on a serial port or in USB-CDC (virtual COM) mode: each code arrives as a
// line ended by CR, LF or both, optionally wrapped in a configured prefix and suffix. Reads
// asynchronously on the thread it lives on; every code goes through the domain's barcode
// classifier.
class SerialScanner : public QObject {
    Q_OBJECT

public:
    SerialScanner(DeviceUri uri, domain::VariableMeasureNomenclature nomenclature, QString prefix = {},
                  QString suffix = {}, QObject* parent = nullptr);
    ~SerialScanner() override;

    // Opens the port; false with failed() emitted when it cannot.
    bool start();
    void stop();

signals:
    void scanned(const tp::domain::ScannedBarcode& barcode, const QString& text);
    void failed(const QString& message);

private:
    void readAvailable();
    void handleLine(QByteArray line);

    DeviceUri m_uri;
    domain::VariableMeasureNomenclature m_nomenclature;
    QString m_prefix;
    QString m_suffix;
    std::unique_ptr<QSerialPort> m_port;
    QByteArray m_pending;
};

} // namespace tp::pos::devices
