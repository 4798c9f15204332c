#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "DemoReceipt.h"
#include "domain/ids/UuidV7Generator.h"
#include "translations/TranslationLoader.h"

// tillpoint-demo-receipt: rings the demo basket through the domain core and prints the
// receipt. The README's first command runs it until tillpoint-server takes its place.
int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tillpoint-demo-receipt"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Rings a demo basket through Tillpoint's pricing core and prints the receipt."));
    parser.addHelpOption();
    const QCommandLineOption storeOption(QStringLiteral("store"),
                                         QCoreApplication::translate("main", "Demo store: berlin or zurich."),
                                         QStringLiteral("name"), QStringLiteral("berlin"));
    const QCommandLineOption localeOption(QStringLiteral("locale"),
                                          QCoreApplication::translate("main", "Language and formats, e.g. de_DE."),
                                          QStringLiteral("locale"), QLocale::system().name());
    const QCommandLineOption couponOption(QStringLiteral("coupon"),
                                          QCoreApplication::translate("main", "Coupon code to apply."),
                                          QStringLiteral("code"), QStringLiteral("AUTUMN10"));
    parser.addOptions({storeOption, localeOption, couponOption});
    parser.addPositionalArgument(QStringLiteral("barcodes"),
                                 QCoreApplication::translate("main", "Barcodes to ring instead of the demo basket."),
                                 QStringLiteral("[barcodes...]"));
    parser.process(app);

    const QLocale locale(parser.value(localeOption));
    tp::i18n::installTranslation(app, locale);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto store = tp::demo::DemoStore::named(parser.value(storeOption));
    if (!store) {
        err << QCoreApplication::translate("main", "Unknown demo store \"%1\": choose berlin or zurich.")
                   .arg(parser.value(storeOption))
            << Qt::endl;
        return 2;
    }

    tp::domain::UuidV7Generator ids(tp::domain::UuidV7Generator::systemClock(),
                                    tp::domain::UuidV7Generator::systemRandomSource());
    const QStringList scans =
        parser.positionalArguments().isEmpty() ? tp::demo::DemoReceipt::demoBasket() : parser.positionalArguments();
    const tp::demo::DemoReceipt receipt(*store, locale);
    out << receipt.render(scans, parser.value(couponOption), QString::fromStdString(ids.next().toString()));
    return 0;
}
