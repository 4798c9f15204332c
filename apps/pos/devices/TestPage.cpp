#include "TestPage.h"

#include <QCoreApplication>

#include "DocumentPrinting.h"

namespace tp::pos::devices {

namespace {

// Messages for people, in the translation context "tp::pos::devices::TestPage".
class Text {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::devices::TestPage)
};

// "1234567890" repeated to the line width, so a wrapped or short ruler shows a wrong profile.
QString ruler(int columns) {
    QString line;
    for (int i = 1; i <= columns; ++i)
        line += QChar(u'0' + i % 10);
    return line;
}

} // namespace

PrintDocument testPageDocument(const PrinterProfile& profile) {
    PrintDocument page;
    page.columns = profile.columns;
    page.line(TestPageContent::title(), TextAlignment::Center, true, 2, 2);
    page.line(Text::tr("Printer test page"), TextAlignment::Center);
    page.line(Text::tr("Profile: %1 (%2 columns)").arg(profile.id).arg(profile.columns), TextAlignment::Center);
    page.line(ruler(profile.columns));
    page.line({TextRun{Text::tr("Bold"), true}, TextRun{QStringLiteral(" ")},
               TextRun{Text::tr("Underlined"), false, Underline::Thin}});
    page.line(Text::tr("Double width"), TextAlignment::Left, false, 2, 1);
    page.line(Text::tr("Code table sample:"));
    page.line(TestPageContent::codeTableSample());
    page.code128(TestPageContent::barcode());
    page.qrCode(TestPageContent::qrPayload());
    page.line(Text::tr("End of test page"), TextAlignment::Center);
    page.feed(2);
    page.cut(CutKind::Partial);
    return page;
}

QByteArray buildTestPage(const PrinterProfile& profile, const GlyphRasterizer* rasterizer) {
    return encodeForPrinter(testPageDocument(profile), profile, rasterizer);
}

} // namespace tp::pos::devices
