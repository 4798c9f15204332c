#include "SerialScanner.h"

#include <algorithm>

#include "KeyboardWedgeScanner.h" // the ScannedBarcode metatype

namespace tp::pos::devices {

namespace {

constexpr qsizetype kMaxLine = 4096; // a scanner never sends more; a noisy line must not grow forever

} // namespace

SerialScanner::SerialScanner(DeviceUri uri, domain::VariableMeasureNomenclature nomenclature, QString prefix,
                             QString suffix, QObject* parent)
    : QObject(parent)
    , m_uri(std::move(uri))
    , m_nomenclature(std::move(nomenclature))
    , m_prefix(std::move(prefix))
    , m_suffix(std::move(suffix)) {
    qRegisterMetaType<domain::ScannedBarcode>();
}

SerialScanner::~SerialScanner() {
    stop();
}

bool SerialScanner::start() {
    m_port = std::make_unique<QSerialPort>();
    m_port->setPortName(m_uri.portPath);
    if (!m_port->open(QIODevice::ReadOnly) || !m_port->setBaudRate(m_uri.baudRate)) {
        const QString reason = m_port->errorString();
        m_port.reset();
        emit failed(tr("Cannot open scanner port %1: %2").arg(m_uri.portPath, reason));
        return false;
    }
    connect(m_port.get(), &QSerialPort::readyRead, this, &SerialScanner::readAvailable);
    connect(m_port.get(), &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        if (error == QSerialPort::ResourceError) // unplugged
            emit failed(tr("Scanner on %1 stopped responding: %2").arg(m_uri.portPath, m_port->errorString()));
    });
    return true;
}

void SerialScanner::stop() {
    if (m_port)
        m_port->close();
    m_port.reset();
    m_pending.clear();
}

void SerialScanner::readAvailable() {
    m_pending += m_port->readAll();
    for (;;) {
        const qsizetype carriageReturn = m_pending.indexOf('\r');
        const qsizetype lineFeed = m_pending.indexOf('\n');
        const qsizetype end = carriageReturn < 0 ? lineFeed
                              : lineFeed < 0     ? carriageReturn
                                                 : std::min(carriageReturn, lineFeed);
        if (end < 0)
            break;
        const QByteArray line = m_pending.left(end);
        m_pending.remove(0, end + 1);
        if (!line.isEmpty())
            handleLine(line);
    }
    if (m_pending.size() > kMaxLine)
        m_pending.clear();
}

void SerialScanner::handleLine(QByteArray line) {
    QString text = QString::fromLatin1(line);
    if (!m_prefix.isEmpty() && text.startsWith(m_prefix))
        text.remove(0, m_prefix.size());
    if (!m_suffix.isEmpty() && text.endsWith(m_suffix))
        text.chop(m_suffix.size());
    emit scanned(domain::classifyBarcode(text.toStdString(), m_nomenclature), text);
}

} // namespace tp::pos::devices
