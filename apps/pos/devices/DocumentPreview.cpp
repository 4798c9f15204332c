#include "DocumentPrinting.h"

#include <algorithm>

#include <QFontDatabase>
#include <QPainter>

#include "BarcodeModules.h"
#include "Code128.h"
#include "MonoBitmap.h"

namespace tp::pos::devices {

namespace {

constexpr int kMargin = 24;   // white around the paper, and the barcodes' quiet zone
constexpr int kLineDots = 24; // font A line height
constexpr int kMaxHeight = 30000;

class PreviewPainter {
public:
    PreviewPainter(const PrintDocument& document, const PrinterProfile& profile)
        : m_profile(profile)
        , m_columns(std::max(1, document.columns))
        , m_cellWidth(std::max(1, profile.dotsPerLine / m_columns))
        , m_canvas(profile.dotsPerLine + 2 * kMargin, kMaxHeight, QImage::Format_RGB32) {
        m_canvas.fill(Qt::white);
        m_painter.begin(&m_canvas);
        m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        m_font.setStyleStrategy(QFont::NoAntialias);
    }

    void draw(const DocumentBlock& block);

    QImage finish() {
        m_painter.end();
        return m_canvas.copy(0, 0, m_canvas.width(), std::min(kMaxHeight, m_y + kMargin));
    }

private:
    int alignedX(int width, TextAlignment alignment) const {
        const int room = m_profile.dotsPerLine - width;
        const int offset = alignment == TextAlignment::Center ? room / 2 : alignment == TextAlignment::Right ? room : 0;
        return kMargin + std::max(0, offset);
    }

    void drawText(const DocumentBlock& block);
    void drawModules(const ModuleMatrix& modules, int moduleWidth, int moduleHeight, TextAlignment alignment);
    void drawHumanReadable(const QByteArray& text);

    const PrinterProfile& m_profile;
    int m_columns;
    int m_cellWidth;
    QImage m_canvas;
    QPainter m_painter;
    QFont m_font;
    int m_y = kMargin;
};

void PreviewPainter::drawText(const DocumentBlock& block) {
    int lineWidth = 0;
    int lineHeight = kLineDots;
    for (const TextRun& run : block.runs) {
        lineWidth += static_cast<int>(run.text.toUcs4().size()) * m_cellWidth * run.width;
        lineHeight = std::max(lineHeight, kLineDots * run.height);
    }
    int x = alignedX(lineWidth, block.alignment);
    for (const TextRun& run : block.runs) {
        QFont font = m_font;
        font.setPixelSize(kLineDots - 4);
        font.setBold(run.bold);
        font.setUnderline(run.underline != Underline::None);
        m_painter.setFont(font);
        m_painter.setPen(Qt::black);
        // Every character in its own cell, as the printer places them: columns line up.
        for (const char32_t codePoint : run.text.toUcs4()) {
            const QRect cell(0, 0, m_cellWidth, kLineDots);
            m_painter.save();
            m_painter.translate(x, m_y + lineHeight - kLineDots * run.height);
            m_painter.scale(run.width, run.height);
            m_painter.drawText(cell, Qt::AlignCenter, QString::fromUcs4(&codePoint, 1));
            m_painter.restore();
            x += m_cellWidth * run.width;
        }
    }
    m_y += lineHeight;
}

void PreviewPainter::drawModules(const ModuleMatrix& modules, int moduleWidth, int moduleHeight,
                                 TextAlignment alignment) {
    const int x0 = alignedX(modules.width * moduleWidth, alignment);
    for (int y = 0; y < modules.height; ++y)
        for (int x = 0; x < modules.width; ++x)
            if (modules.isDark(x, y))
                m_painter.fillRect(x0 + x * moduleWidth, m_y + y * moduleHeight, moduleWidth, moduleHeight, Qt::black);
    m_y += modules.height * moduleHeight;
}

void PreviewPainter::drawHumanReadable(const QByteArray& text) {
    DocumentBlock hri;
    hri.alignment = TextAlignment::Center;
    hri.runs = {TextRun{QString::fromLatin1(text)}};
    drawText(hri);
}

void PreviewPainter::draw(const DocumentBlock& block) {
    switch (block.kind) {
    case DocumentBlock::Kind::Text:
        drawText(block);
        return;
    case DocumentBlock::Kind::Code128:
    case DocumentBlock::Kind::Ean13: {
        const auto modules =
            block.kind == DocumentBlock::Kind::Code128 ? code128Modules(block.data) : ean13Modules(block.data);
        if (!modules) {
            drawHumanReadable(block.data);
            return;
        }
        // As narrow as the printer makes it (see fittingModuleWidth), one row stretched to the bar height.
        const int moduleWidth =
            std::max(1, fittingModuleWidth(modules->width + 20, m_profile.barcodeModuleWidth, m_profile.dotsPerLine));
        drawModules(*modules, moduleWidth, block.barcodeHeight / std::max(1, modules->height), block.alignment);
        drawHumanReadable(block.data);
        return;
    }
    case DocumentBlock::Kind::QrCode: {
        const auto modules = qrModules(block.data, block.qr.errorLevel);
        if (!modules) {
            drawHumanReadable(block.data);
            return;
        }
        m_y += 4 * block.qr.moduleSize; // quiet zone above; the margin or the next line is below
        drawModules(*modules, block.qr.moduleSize, block.qr.moduleSize, block.alignment);
        m_y += 4 * block.qr.moduleSize;
        return;
    }
    case DocumentBlock::Kind::Image: {
        const MonoBitmap bitmap = MonoBitmap::fromImage(block.image, m_profile.dotsPerLine);
        const int x0 = alignedX(bitmap.width, block.alignment);
        for (int y = 0; y < bitmap.height; ++y)
            for (int x = 0; x < bitmap.width; ++x)
                if (bitmap.isBlack(x, y))
                    m_canvas.setPixel(x0 + x, m_y + y, qRgb(0, 0, 0));
        m_y += bitmap.height;
        return;
    }
    case DocumentBlock::Kind::Feed:
        m_y += block.lines * kLineDots;
        return;
    case DocumentBlock::Kind::Cut: {
        m_y += kLineDots / 2;
        QPen pen(Qt::gray);
        pen.setStyle(Qt::DashLine);
        m_painter.setPen(pen);
        m_painter.drawLine(0, m_y, m_canvas.width(), m_y);
        m_y += kLineDots / 2;
        return;
    }
    }
}

} // namespace

QImage renderPreview(const PrintDocument& document, const PrinterProfile& profile) {
    PreviewPainter painter(document, profile);
    for (const DocumentBlock& block : document.blocks)
        painter.draw(block);
    return painter.finish();
}

} // namespace tp::pos::devices
