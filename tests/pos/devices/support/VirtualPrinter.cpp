#include "VirtualPrinter.h"

#include <cstring>

#include "CodePage.h"

namespace tp::pos::devices::testing {

namespace {

int at(const QByteArray& bytes, qsizetype index) {
    return static_cast<unsigned char>(bytes[index]);
}

QString hexCommand(const QByteArray& bytes) {
    return QString::fromLatin1(bytes.toHex(' '));
}

} // namespace

QByteArray decodeCode128Data(const QByteArray& data, QStringList* codeSets) {
    QByteArray decoded;
    char set = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c == '{' && i + 1 < data.size()) {
            const char next = data[i + 1];
            ++i;
            if (next == 'A' || next == 'B' || next == 'C') {
                set = next;
                if (codeSets)
                    codeSets->append(QString(QLatin1Char(next)));
            } else if (next == '{') {
                decoded += '{';
            } else if (next == '1') {
                if (!decoded.isEmpty())
                    decoded += '\x1D'; // FNC1 inside the data: GS1 field separator
            }
            continue;
        }
        if (set == 'C') {
            const int value = static_cast<unsigned char>(c);
            decoded += QByteArray::number(value).rightJustified(2, '0');
        } else {
            decoded += c;
        }
    }
    return decoded;
}

VirtualPrinter::VirtualPrinter(PrinterProfile profile, bool startsInKanjiMode)
    : m_profile(std::move(profile))
    , m_startsInKanjiMode(startsInKanjiMode)
    , m_kanjiMode(startsInKanjiMode) {
    resetStyle();
}

void VirtualPrinter::resetStyle() {
    m_bold = false;
    m_underline = 0;
    m_width = 1;
    m_height = 1;
    m_alignment = 0;
    m_codePage = CodePage::Cp437;
    for (const CodeTableSlot& slot : m_profile.codeTables) {
        if (slot.escTNumber == 0)
            m_codePage = slot.page;
    }
    m_hri = 0;
    m_barcodeHeight = 162;
    m_moduleWidth = 3;
}

QByteArray VirtualPrinter::feed(const QByteArray& bytes) {
    bytesReceived += bytes.size();
    m_pending += bytes;
    QByteArray replies;
    while (m_pos < m_pending.size() && decodeNext(replies)) {
    }
    m_pending.remove(0, m_pos);
    m_pos = 0;
    return replies;
}

QByteArray VirtualPrinter::statusReply(int request) const {
    int reply = 0x12;
    switch (request) {
    case 1:
        reply |= (drawerSensorHigh ? 0x04 : 0) | (online ? 0 : 0x08);
        break;
    case 2:
        reply |= (coverOpen ? 0x04 : 0) | (paperOut ? 0x20 : 0);
        break;
    case 4:
        reply |= (paperNearEnd ? 0x0C : 0) | (paperOut ? 0x60 : 0);
        break;
    default:
        break;
    }
    return QByteArray(1, static_cast<char>(reply));
}

bool VirtualPrinter::decodeNext(QByteArray& replies) {
    const qsizetype available = m_pending.size() - m_pos;
    const int byte = at(m_pending, m_pos);
    if (byte == 0x1D && available < 2)
        return false;
    // Raster bands in a row make one image; anything else in between starts a new one.
    if (byte != 0x1D || m_pending[m_pos + 1] != 'v')
        m_lastWasImage = false;
    switch (byte) {
    case 0x0A:
        endLine();
        ++m_pos;
        return true;
    case 0x07:
        ++bellCount;
        events << QStringLiteral("bell");
        ++m_pos;
        return true;
    case 0x10:
        if (available < 3)
            return false;
        if (m_pending[m_pos + 1] == 0x04 && answersStatus)
            replies += statusReply(at(m_pending, m_pos + 2));
        m_pos += 3;
        return true;
    case 0x1B:
        return decodeEsc(available);
    case 0x1D:
        return decodeGs(available);
    case 0x1C:
        if (available < 2)
            return false;
        if (m_pending[m_pos + 1] == '.')
            m_kanjiMode = false;
        else if (m_pending[m_pos + 1] == '&')
            m_kanjiMode = true;
        else
            unknownCommands << hexCommand(m_pending.mid(m_pos, 2));
        m_pos += 2;
        return true;
    default:
        break;
    }
    if (byte < 0x20) {
        ++m_pos;
        return true;
    }
    if (m_kanjiMode && byte >= 0x80) {
        if (available < 2)
            return false;
        kanjiBytes += 2;
        m_pos += 2;
        return true;
    }
    printCharacter(static_cast<std::uint8_t>(byte));
    ++m_pos;
    return true;
}

bool VirtualPrinter::decodeEsc(qsizetype available) {
    if (available < 2)
        return false;
    const char command = m_pending[m_pos + 1];
    const auto needs = [&](qsizetype length) {
        return available >= length;
    };
    switch (command) {
    case '@':
        ++initializeCount;
        resetStyle();
        m_kanjiMode = m_startsInKanjiMode;
        m_line = {};
        m_lineStarted = false;
        events << QStringLiteral("init");
        m_pos += 2;
        return true;
    case 'E':
    case '-':
    case 'a':
    case 't':
    case 'd':
    case 'J':
    case '!':
    case 'M':
    case 'G':
    case '{':
    case 'R':
    case '3': {
        if (!needs(3))
            return false;
        const int n = at(m_pending, m_pos + 2);
        if (command == 'E')
            m_bold = (n & 1) != 0;
        else if (command == '-')
            m_underline = n % 48;
        else if (command == 'a')
            m_alignment = n % 48;
        else if (command == 'd') {
            if (m_lineStarted)
                endLine();
            events << QStringLiteral("feed:%1").arg(n);
        } else if (command == 't') {
            bool found = false;
            for (const CodeTableSlot& slot : m_profile.codeTables) {
                if (slot.escTNumber == n) {
                    m_codePage = slot.page;
                    found = true;
                }
            }
            if (!found)
                unknownCommands << QStringLiteral("ESC t %1").arg(n);
        }
        m_pos += 3;
        return true;
    }
    case 'p': {
        if (!needs(5))
            return false;
        const int pin = at(m_pending, m_pos + 2) % 48 == 0 ? 2 : 5;
        drawerPulses.append({pin, at(m_pending, m_pos + 3) * 2, at(m_pending, m_pos + 4) * 2});
        events << QStringLiteral("drawer:%1").arg(pin);
        m_pos += 5;
        return true;
    }
    case '2':
        m_pos += 2;
        return true;
    default:
        unknownCommands << hexCommand(m_pending.mid(m_pos, 2));
        m_pos += 2;
        return true;
    }
}

bool VirtualPrinter::decodeGs(qsizetype available) {
    if (available < 2)
        return false;
    const char command = m_pending[m_pos + 1];
    switch (command) {
    case '!':
    case 'H':
    case 'f':
    case 'h':
    case 'w':
    case 'B':
    case 'a':
    case 'r': {
        if (available < 3)
            return false;
        const int n = at(m_pending, m_pos + 2);
        if (command == '!') {
            m_width = (n >> 4) + 1;
            m_height = (n & 0x07) + 1;
        } else if (command == 'H') {
            m_hri = n % 48;
        } else if (command == 'h') {
            m_barcodeHeight = n;
        } else if (command == 'w') {
            m_moduleWidth = n;
        }
        m_pos += 3;
        return true;
    }
    case 'V': {
        if (available < 3)
            return false;
        const int m = at(m_pending, m_pos + 2);
        const bool withFeed = m == 65 || m == 66;
        if (withFeed && available < 4)
            return false;
        if (m_lineStarted)
            endLine();
        cuts.append({m == 1 || m == 49 || m == 66, withFeed ? at(m_pending, m_pos + 3) : 0});
        events << (cuts.last().partial ? QStringLiteral("cut:partial") : QStringLiteral("cut:full"));
        m_pos += withFeed ? 4 : 3;
        return true;
    }
    case 'k': {
        if (available < 4)
            return false;
        const int m = at(m_pending, m_pos + 2);
        if (m < 65) {
            unknownCommands << QStringLiteral("GS k %1 (function A)").arg(m);
            const qsizetype end = m_pending.indexOf('\0', m_pos + 3);
            if (end < 0)
                return false;
            m_pos = end + 1;
            return true;
        }
        const int length = at(m_pending, m_pos + 3);
        if (available < 4 + length)
            return false;
        const QByteArray data = m_pending.mid(m_pos + 4, length);
        PrintedBarcode barcode;
        barcode.hriPosition = m_hri;
        barcode.height = m_barcodeHeight;
        barcode.moduleWidth = m_moduleWidth;
        if (m == 73) {
            barcode.symbology = QStringLiteral("CODE128");
            barcode.data = decodeCode128Data(data, &barcode.codeSets);
        } else if (m == 67) {
            barcode.symbology = QStringLiteral("EAN13");
            barcode.data = data;
        } else {
            barcode.symbology = QStringLiteral("type %1").arg(m);
            barcode.data = data;
        }
        barcodes.append(barcode);
        events << QStringLiteral("barcode:%1:%2").arg(barcode.symbology, QString::fromLatin1(barcode.data));
        m_pos += 4 + length;
        return true;
    }
    case '(':
        return decodeQr(available);
    case 'v': {
        if (available < 8)
            return false;
        const int widthBytes = at(m_pending, m_pos + 4) | (at(m_pending, m_pos + 5) << 8);
        const int rows = at(m_pending, m_pos + 6) | (at(m_pending, m_pos + 7) << 8);
        const qsizetype length = static_cast<qsizetype>(widthBytes) * rows;
        if (available < 8 + length)
            return false;
        addImageBand(widthBytes, rows, m_pending.mid(m_pos + 8, length));
        m_pos += 8 + length;
        return true;
    }
    default:
        unknownCommands << hexCommand(m_pending.mid(m_pos, 2));
        m_pos += 2;
        return true;
    }
}

bool VirtualPrinter::decodeQr(qsizetype available) {
    if (available < 5)
        return false;
    const int length = at(m_pending, m_pos + 3) | (at(m_pending, m_pos + 4) << 8);
    if (available < 5 + length)
        return false;
    const bool isQrFunction = m_pending[m_pos + 2] == 'k';
    const QByteArray body = m_pending.mid(m_pos + 5, length);
    m_pos += 5 + length;
    if (!isQrFunction || body.size() < 2 || body[0] != 49) {
        unknownCommands << QStringLiteral("GS ( with %1 bytes").arg(length);
        return true;
    }
    const int function = static_cast<unsigned char>(body[1]);
    const QByteArray parameters = body.mid(2);
    switch (function) {
    case 65:
        m_qrModel = parameters.isEmpty() ? 0 : static_cast<unsigned char>(parameters[0]) - 48;
        break;
    case 67:
        m_qrSize = parameters.isEmpty() ? 0 : static_cast<unsigned char>(parameters[0]);
        break;
    case 69:
        m_qrError = parameters.isEmpty() ? 0 : static_cast<unsigned char>(parameters[0]);
        break;
    case 80:
        m_qrData = parameters.mid(1);
        break;
    case 81:
        if (m_qrData.isEmpty()) {
            unknownCommands << QStringLiteral("QR print without stored data");
            break;
        }
        qrCodes.append({m_qrData, m_qrModel, m_qrSize, m_qrError});
        events << QStringLiteral("qr:%1").arg(QString::fromUtf8(m_qrData));
        break;
    default:
        unknownCommands << QStringLiteral("GS ( k fn %1").arg(function);
    }
    return true;
}

void VirtualPrinter::addImageBand(int widthBytes, int rows, const QByteArray& data) {
    ++rasterBands;
    QImage band(widthBytes * 8, rows, QImage::Format_Mono);
    band.setColor(0, qRgb(255, 255, 255));
    band.setColor(1, qRgb(0, 0, 0));
    for (int y = 0; y < rows; ++y)
        std::memcpy(band.scanLine(y), data.constData() + static_cast<qsizetype>(y) * widthBytes, widthBytes);
    if (m_lastWasImage && !images.isEmpty() && images.last().width() == band.width()) {
        QImage joined(band.width(), images.last().height() + rows, QImage::Format_Mono);
        joined.setColor(0, qRgb(255, 255, 255));
        joined.setColor(1, qRgb(0, 0, 0));
        const QImage& previous = images.last();
        for (int y = 0; y < previous.height(); ++y)
            std::memcpy(joined.scanLine(y), previous.constScanLine(y), widthBytes);
        for (int y = 0; y < rows; ++y)
            std::memcpy(joined.scanLine(previous.height() + y), band.constScanLine(y), widthBytes);
        images.last() = joined;
        events.last() = QStringLiteral("image:%1x%2").arg(joined.width()).arg(joined.height());
    } else {
        images.append(band);
        events << QStringLiteral("image:%1x%2").arg(band.width()).arg(band.height());
    }
    m_lastWasImage = true;
}

void VirtualPrinter::printCharacter(std::uint8_t byte) {
    const auto decoded = decodeFromCodePage(byte, m_codePage);
    const QString text = decoded ? QString::fromUcs4(&*decoded, 1) : QString(QChar(0xFFFD));
    if (!m_lineStarted) {
        m_line.alignment = m_alignment;
        m_lineStarted = true;
    }
    const PrintedRun style{QString(), m_bold, m_underline, m_width, m_height};
    if (m_line.runs.isEmpty() || m_line.runs.last().bold != style.bold ||
        m_line.runs.last().underline != style.underline || m_line.runs.last().width != style.width ||
        m_line.runs.last().height != style.height)
        m_line.runs.append(style);
    m_line.runs.last().text += text;
    m_line.text += text;
}

void VirtualPrinter::endLine() {
    lines.append(m_line);
    if (!m_line.text.isEmpty())
        events << QStringLiteral("text:") + m_line.text;
    m_line = {};
    m_lineStarted = false;
}

QStringList VirtualPrinter::textLines() const {
    QStringList texts;
    for (const PrintedLine& line : lines)
        texts << line.text;
    return texts;
}

std::optional<PrintedLine> VirtualPrinter::lineContaining(const QString& text) const {
    for (const PrintedLine& line : lines) {
        if (line.text.contains(text))
            return line;
    }
    return std::nullopt;
}

} // namespace tp::pos::devices::testing
