#pragma once

#include <cstdint>
#include <optional>

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include "PrinterProfile.h"

namespace tp::pos::devices::testing {

// One run of text with one style, as the virtual printer would print it.
struct PrintedRun {
    QString text;
    bool bold = false;
    int underline = 0;
    int width = 1;
    int height = 1;

    friend bool operator==(const PrintedRun&, const PrintedRun&) = default;
};

struct PrintedLine {
    QString text;      // every run's text
    int alignment = 0; // 0 left, 1 centre, 2 right
    QList<PrintedRun> runs;
};

struct PrintedBarcode {
    QString symbology;    // "CODE128" or "EAN13"
    QByteArray data;      // what a scanner reads back (code sets resolved)
    QStringList codeSets; // for CODE128: the sets in the order they were used, e.g. ("B", "C")
    int hriPosition = 0;  // GS H: 0 none, 1 above, 2 below, 3 both
    int height = 162;
    int moduleWidth = 3;
};

struct PrintedQrCode {
    QByteArray payload;
    int model = 0; // 2 for model 2
    int moduleSize = 3;
    int errorLevel = 48; // 48 L … 51 H
};

struct PrintedCut {
    bool partial = false;
    int feed = 0;
};

struct PrintedDrawerPulse {
    int pin = 2;
    int onMs = 0;
    int offMs = 0;
};

// A receipt printer that exists only in memory: it decodes an ESC/POS byte stream the way a
// real one prints it — text lines with styles through the model's code tables, barcodes and
// QR codes with their payloads, raster images, cuts and drawer pulses — and answers DLE EOT
// status requests from programmable state. Commands may arrive split across any number of
// feed() calls. It is strict where printers are unforgiving: a clone model that starts in Kanji
// mode eats bytes above 0x7F in pairs until FS . arrives, so a missing FS . shows up as
// `kanjiBytes`, not as a silently correct test.
class VirtualPrinter {
public:
    explicit VirtualPrinter(PrinterProfile profile = PrinterProfile::defaultProfile(), bool startsInKanjiMode = false);

    // Decodes what can be decoded and returns the replies to status requests in it.
    QByteArray feed(const QByteArray& bytes);

    // Programmable state, reported through DLE EOT.
    bool online = true;
    bool coverOpen = false;
    bool paperNearEnd = false;
    bool paperOut = false;
    bool drawerSensorHigh = false;
    bool answersStatus = true;

    QList<PrintedLine> lines;
    QList<PrintedBarcode> barcodes;
    QList<PrintedQrCode> qrCodes;
    QList<QImage> images; // consecutive GS v 0 bands joined into one image
    int rasterBands = 0;
    QList<PrintedCut> cuts;
    QList<PrintedDrawerPulse> drawerPulses;
    int bellCount = 0; // BEL bytes: serial drawers open on these
    int initializeCount = 0;
    int kanjiBytes = 0;
    QStringList unknownCommands;
    QStringList events; // "text:…", "barcode:…", "qr:…", "image:WxH", "cut", "drawer:pin" in order
    qint64 bytesReceived = 0;

    // The printed text lines, without styles.
    QStringList textLines() const;
    // The first line whose text contains `text`, or nothing.
    std::optional<PrintedLine> lineContaining(const QString& text) const;

private:
    // Decodes one command at m_pending[m_pos...]; false when more bytes are needed.
    bool decodeNext(QByteArray& replies);
    bool decodeEsc(qsizetype available);
    bool decodeGs(qsizetype available);
    bool decodeQr(qsizetype available);
    void printCharacter(std::uint8_t byte);
    void endLine();
    void resetStyle();
    void addImageBand(int widthBytes, int rows, const QByteArray& data);
    QByteArray statusReply(int request) const;

    PrinterProfile m_profile;
    bool m_startsInKanjiMode;
    bool m_kanjiMode = false;
    QByteArray m_pending;
    qsizetype m_pos = 0;

    CodePage m_codePage = CodePage::Cp437;
    bool m_bold = false;
    int m_underline = 0;
    int m_width = 1;
    int m_height = 1;
    int m_alignment = 0;
    PrintedLine m_line;
    bool m_lineStarted = false;
    bool m_lastWasImage = false;

    int m_hri = 0;
    int m_barcodeHeight = 162;
    int m_moduleWidth = 3;
    QByteArray m_qrData;
    int m_qrModel = 0;
    int m_qrSize = 3;
    int m_qrError = 48;
};

// The data a scanner reads from ESC/POS CODE128 data ("{B…{C…"), and the code sets used.
QByteArray decodeCode128Data(const QByteArray& data, QStringList* codeSets = nullptr);

} // namespace tp::pos::devices::testing
