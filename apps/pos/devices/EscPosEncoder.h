#pragma once

#include <cstdint>
#include <optional>

#include <QByteArray>
#include <QImage>
#include <QString>

#include "CodePage.h"
#include "PrinterProfile.h"
#include "domain/core/Result.h"

namespace tp::pos::devices {

class GlyphRasterizer;

enum class TextAlignment { Left = 0, Center = 1, Right = 2 };
enum class Underline { None = 0, Thin = 1, Thick = 2 };
enum class CutKind { Full, Partial };
enum class DrawerPin { Pin2, Pin5 };
enum class QrErrorLevel { L, M, Q, H };

struct QrOptions {
    int moduleSize = 6; // dots per module, 1–16
    QrErrorLevel errorLevel = QrErrorLevel::M;
};

struct BarcodeOptions {
    int heightDots = 80;
    int moduleWidth = 0; // 0: the profile's
};

// The drawer kick pulse. Drawers need 50–200 ms to release the solenoid; ESC p counts in 2 ms.
struct DrawerPulse {
    DrawerPin pin = DrawerPin::Pin2;
    int onMs = 100;
    int offMs = 500;
};

// Builds the byte stream for one print job in ESC/POS, for the printer model `profile`.
//
// Text goes through the model's code tables: each character is sent in the current table
// when it has it, else the encoder switches (ESC t) to the first table of the profile that
// does, else substitutes a transliteration ("EUR", "...", "e" for "ě"), and a line that still
// has characters no table holds is drawn by the GlyphRasterizer and sent as a raster image.
// Without a rasterizer such characters print as "?".
class EscPosEncoder {
public:
    explicit EscPosEncoder(PrinterProfile profile, const GlyphRasterizer* rasterizer = nullptr);

    const PrinterProfile& profile() const { return m_profile; }
    int columns() const { return m_profile.columns; }
    const QByteArray& bytes() const { return m_bytes; }

    // ESC @ (reset), FS . on models that start in Kanji mode, then the preferred code table.
    EscPosEncoder& initialize();
    EscPosEncoder& bold(bool on);
    EscPosEncoder& underline(Underline style);
    // GS ! with width and height multipliers 1–8.
    EscPosEncoder& size(int width, int height);
    EscPosEncoder& align(TextAlignment alignment);
    EscPosEncoder& codeTable(CodePage page); // no-op when the model lacks the table

    EscPosEncoder& text(const QString& text);
    EscPosEncoder& line(const QString& text = {});
    EscPosEncoder& feedLines(int lines);

    // HRI (the digits in plain text) is printed below the bars.
    domain::Result<void> code128(const QByteArray& data, const BarcodeOptions& options = {});
    domain::Result<void> ean13(const QByteArray& digits, const BarcodeOptions& options = {});
    // GS ( k, model 2: select model, module size, error level, store the data, print it.
    domain::Result<void> qrCode(const QByteArray& data, const QrOptions& options = {});

    // GS v 0 in bands of profile().rasterBandRows rows, dithered and scaled to the paper.
    EscPosEncoder& image(const QImage& image);

    // GS V 65 n (full) or 66 n (partial): feed n motion units past the cutter, then cut.
    EscPosEncoder& cut(CutKind kind = CutKind::Partial, int feedUnits = 3);
    // ESC p m t1 t2.
    EscPosEncoder& drawerKick(const DrawerPulse& pulse);

    EscPosEncoder& raw(const QByteArray& bytes);

    // True when `text` has a character that neither a code table of the model nor a
    // transliteration can print, so line() will send it as a raster image (with a rasterizer).
    bool lineNeedsRaster(const QString& text) const;

private:
    void encodeCharacter(char32_t codePoint);
    bool encodeInTables(char32_t codePoint);
    void selectTable(const CodeTableSlot& slot);

    PrinterProfile m_profile;
    const GlyphRasterizer* m_rasterizer = nullptr;
    QByteArray m_bytes;
    std::optional<CodeTableSlot> m_table;
    TextAlignment m_alignment = TextAlignment::Left;
    int m_heightMultiplier = 1;
};

} // namespace tp::pos::devices
