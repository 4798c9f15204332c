#pragma once

#include <QFile>

#include "PrinterTransport.h"

namespace tp::pos::devices {

// "Print to file": appends every job to a file, for tests, support cases and tills whose
// printer is a spooler reading that file. Reading is unsupported (a file reports no status).
class FileTransport : public PrinterTransport {
public:
    explicit FileTransport(QString path);

    domain::Result<void> open() override;
    domain::Result<void> write(const QByteArray& bytes) override;
    domain::Result<QByteArray> read(int maxBytes, int timeoutMs) override;
    void close() override;
    QString describe() const override;

private:
    QFile m_file;
};

} // namespace tp::pos::devices
