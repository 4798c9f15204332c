#include "FileTransport.h"

#include <QCoreApplication>

namespace tp::pos::devices {

namespace {

// Messages for people, in the translation context "tp::pos::devices::FileTransport".
class Text {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::devices::FileTransport)
};

} // namespace

FileTransport::FileTransport(QString path)
    : m_file(std::move(path)) {}

domain::Result<void> FileTransport::open() {
    if (m_file.isOpen())
        return {};
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        return domain::makeError(
            "device_io_error",
            Text::tr("Cannot open %1 for writing: %2").arg(describe(), m_file.errorString()).toStdString());
    return {};
}

domain::Result<void> FileTransport::write(const QByteArray& bytes) {
    if (!m_file.isOpen()) {
        if (auto opened = open(); !opened)
            return opened;
    }
    if (m_file.write(bytes) != bytes.size() || !m_file.flush())
        return domain::makeError(
            "device_io_error",
            Text::tr("Writing to %1 failed: %2").arg(describe(), m_file.errorString()).toStdString());
    return {};
}

domain::Result<QByteArray> FileTransport::read(int, int) {
    return domain::makeError("unsupported",
                             Text::tr("%1 cannot report status: it is a file.").arg(describe()).toStdString());
}

void FileTransport::close() {
    m_file.close();
}

QString FileTransport::describe() const {
    return QStringLiteral("file://") + m_file.fileName();
}

} // namespace tp::pos::devices
