#include "EscPosEncoder.h"

#include <algorithm>
#include <initializer_list>

#include <QCoreApplication>

#include "Code128.h"
#include "EscPosBytes.h"
#include "GlyphRasterizer.h"
#include "MonoBitmap.h"
#include "Transliteration.h"

namespace tp::pos::devices {

using namespace escpos;

namespace {

char byte(int value) {
    return static_cast<char>(value & 0xFF);
}

// The bytes of one command; ints so that parameters above 0x7F need no casts at the call site.
QByteArray command(std::initializer_list<int> values) {
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(values.size()));
    for (const int value : values)
        bytes += byte(value);
    return bytes;
}

// Messages for people, in the translation context "tp::pos::devices::EscPosEncoder".
class Text {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::devices::EscPosEncoder)
};

} // namespace

EscPosEncoder::EscPosEncoder(PrinterProfile profile, const GlyphRasterizer* rasterizer)
    : m_profile(std::move(profile))
    , m_rasterizer(rasterizer) {}

EscPosEncoder& EscPosEncoder::initialize() {
    m_bytes += kEsc;
    m_bytes += '@';
    if (m_profile.cancelKanjiAfterInit) {
        m_bytes += kFs;
        m_bytes += '.';
    }
    m_table.reset();
    m_alignment = TextAlignment::Left;
    m_heightMultiplier = 1;
    if (!m_profile.codeTables.empty())
        selectTable(m_profile.codeTables.front());
    return *this;
}

EscPosEncoder& EscPosEncoder::bold(bool on) {
    m_bytes += kEsc;
    m_bytes += 'E';
    m_bytes += byte(on ? 1 : 0);
    return *this;
}

EscPosEncoder& EscPosEncoder::underline(Underline style) {
    m_bytes += kEsc;
    m_bytes += '-';
    m_bytes += byte(static_cast<int>(style));
    return *this;
}

EscPosEncoder& EscPosEncoder::size(int width, int height) {
    width = std::clamp(width, 1, 8);
    height = std::clamp(height, 1, 8);
    m_heightMultiplier = height;
    m_bytes += kGs;
    m_bytes += '!';
    m_bytes += byte(((width - 1) << 4) | (height - 1));
    return *this;
}

EscPosEncoder& EscPosEncoder::align(TextAlignment alignment) {
    m_alignment = alignment;
    m_bytes += kEsc;
    m_bytes += 'a';
    m_bytes += byte(static_cast<int>(alignment));
    return *this;
}

EscPosEncoder& EscPosEncoder::codeTable(CodePage page) {
    if (const auto slot = m_profile.slotFor(page))
        selectTable(*slot);
    return *this;
}

void EscPosEncoder::selectTable(const CodeTableSlot& slot) {
    m_bytes += kEsc;
    m_bytes += 't';
    m_bytes += byte(slot.escTNumber);
    m_table = slot;
}

bool EscPosEncoder::encodeInTables(char32_t codePoint) {
    if (m_table) {
        if (const auto encoded = encodeInCodePage(codePoint, m_table->page)) {
            m_bytes += static_cast<char>(*encoded);
            return true;
        }
    }
    for (const CodeTableSlot& slot : m_profile.codeTables) {
        if (const auto encoded = encodeInCodePage(codePoint, slot.page)) {
            selectTable(slot);
            m_bytes += static_cast<char>(*encoded);
            return true;
        }
    }
    return false;
}

void EscPosEncoder::encodeCharacter(char32_t codePoint) {
    if (codePoint == '\n') {
        m_bytes += kLf;
        return;
    }
    if (codePoint == '\t')
        codePoint = ' ';
    if (encodeInTables(codePoint))
        return;
    const QString standIn = transliterate(codePoint);
    if (standIn.isEmpty()) {
        m_bytes += '?';
        return;
    }
    for (const char32_t part : standIn.toUcs4()) {
        if (!encodeInTables(part))
            m_bytes += '?';
    }
}

bool EscPosEncoder::lineNeedsRaster(const QString& text) const {
    for (const char32_t codePoint : text.toUcs4()) {
        if (codePoint < 0x80)
            continue;
        const bool inSomeTable =
            std::any_of(m_profile.codeTables.begin(), m_profile.codeTables.end(),
                        [&](const CodeTableSlot& slot) { return encodeInCodePage(codePoint, slot.page).has_value(); });
        if (!inSomeTable && transliterate(codePoint).isEmpty())
            return true;
    }
    return false;
}

EscPosEncoder& EscPosEncoder::text(const QString& text) {
    for (const char32_t codePoint : text.toUcs4())
        encodeCharacter(codePoint);
    return *this;
}

EscPosEncoder& EscPosEncoder::line(const QString& text) {
    if (m_rasterizer && lineNeedsRaster(text)) {
        const Qt::Alignment alignment = m_alignment == TextAlignment::Center  ? Qt::AlignHCenter
                                        : m_alignment == TextAlignment::Right ? Qt::AlignRight
                                                                              : Qt::AlignLeft;
        // The raster is as wide as the paper, so it is drawn aligned and sent left-aligned.
        const TextAlignment previous = m_alignment;
        if (previous != TextAlignment::Left)
            align(TextAlignment::Left);
        image(m_rasterizer->render(text, m_profile.dotsPerLine, m_heightMultiplier, alignment));
        if (previous != TextAlignment::Left)
            align(previous);
        return *this;
    }
    this->text(text);
    m_bytes += kLf;
    return *this;
}

EscPosEncoder& EscPosEncoder::feedLines(int lines) {
    m_bytes += kEsc;
    m_bytes += 'd';
    m_bytes += byte(std::clamp(lines, 0, 255));
    return *this;
}

domain::Result<void> EscPosEncoder::code128(const QByteArray& data, const BarcodeOptions& options) {
    const auto encoded = code128EscPosData(data);
    if (!encoded)
        return encoded.error();
    const int preferred = options.moduleWidth > 0 ? options.moduleWidth : m_profile.barcodeModuleWidth;
    const int moduleWidth = fittingModuleWidth(code128ModuleCount(*encoded), preferred, m_profile.dotsPerLine);
    if (moduleWidth < 1)
        return domain::makeError(
            "barcode_too_long",
            Text::tr("The CODE128 barcode is wider than the paper even at its narrowest.").toStdString());
    m_bytes += command({kGs, 'H', 2});                                      // HRI below
    m_bytes += command({kGs, 'f', 0});                                      // HRI in font A
    m_bytes += command({kGs, 'h', std::clamp(options.heightDots, 1, 255)}); // bar height
    m_bytes += command({kGs, 'w', std::clamp(moduleWidth, 1, 6)});          // module width
    m_bytes += command({kGs, 'k', 73, static_cast<int>(encoded->size())});
    m_bytes += *encoded;
    m_bytes += kLf;
    return {};
}

domain::Result<void> EscPosEncoder::ean13(const QByteArray& digits, const BarcodeOptions& options) {
    const auto checked = ean13Digits(digits);
    if (!checked)
        return checked.error();
    const int moduleWidth = options.moduleWidth > 0 ? options.moduleWidth : m_profile.barcodeModuleWidth;
    m_bytes += command({kGs, 'H', 2});
    m_bytes += command({kGs, 'f', 0});
    m_bytes += command({kGs, 'h', std::clamp(options.heightDots, 1, 255)});
    m_bytes += command({kGs, 'w', std::clamp(moduleWidth, 1, 6)});
    m_bytes += command({kGs, 'k', 67, 13});
    m_bytes += *checked;
    m_bytes += kLf;
    return {};
}

domain::Result<void> EscPosEncoder::qrCode(const QByteArray& data, const QrOptions& options) {
    constexpr int kMaxQrBytes = 7089; // version 40, level L, numeric: the GS ( k store limit
    if (data.isEmpty() || data.size() > kMaxQrBytes)
        return domain::makeError("qr_invalid_length",
                                 Text::tr("A QR code needs between 1 and 7089 bytes of data.").toStdString());
    const auto function = [this](int fn, const QByteArray& parameters) {
        const int length = static_cast<int>(parameters.size()) + 2; // cn and fn count too
        m_bytes += command({kGs, '(', 'k', length, length >> 8, 49, fn});
        m_bytes += parameters;
    };
    function(65, command({50, 0}));                                 // model 2
    function(67, command({std::clamp(options.moduleSize, 1, 16)})); // module size
    function(69, command({48 + static_cast<int>(options.errorLevel)}));
    function(80, command({48}) + data); // store
    function(81, command({48}));        // print
    m_bytes += kLf;
    return {};
}

EscPosEncoder& EscPosEncoder::image(const QImage& image) {
    const MonoBitmap bitmap = MonoBitmap::fromImage(image, m_profile.dotsPerLine);
    if (bitmap.height == 0)
        return *this;
    const int bandRows = std::max(1, m_profile.rasterBandRows);
    const int bytesPerRow = bitmap.bytesPerRow();
    for (int top = 0; top < bitmap.height; top += bandRows) {
        const int rows = std::min(bandRows, bitmap.height - top);
        m_bytes += command({kGs, 'v', '0', 0, bytesPerRow, bytesPerRow >> 8, rows, rows >> 8});
        m_bytes +=
            bitmap.rows.mid(static_cast<qsizetype>(top) * bytesPerRow, static_cast<qsizetype>(rows) * bytesPerRow);
    }
    return *this;
}

EscPosEncoder& EscPosEncoder::cut(CutKind kind, int feedUnits) {
    m_bytes += command({kGs, 'V', kind == CutKind::Full ? 65 : 66, std::clamp(feedUnits, 0, 255)});
    return *this;
}

EscPosEncoder& EscPosEncoder::drawerKick(const DrawerPulse& pulse) {
    const int on = std::clamp(pulse.onMs / 2, 1, 255);
    const int off = std::clamp(pulse.offMs / 2, on, 255);
    m_bytes += command({kEsc, 'p', pulse.pin == DrawerPin::Pin2 ? 0 : 1, on, off});
    return *this;
}

EscPosEncoder& EscPosEncoder::raw(const QByteArray& bytes) {
    m_bytes += bytes;
    return *this;
}

} // namespace tp::pos::devices
