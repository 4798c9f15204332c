#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include "app/RegisterApp.h"
#include "ui/UiStyle.h"

#include "DeviceCommands.h"
#include "LibUsbBus.h"
#include "translations/TranslationLoader.h"

namespace {

// Messages for people, in the translation context "main".
class Text {
    Q_DECLARE_TR_FUNCTIONS(main)
};

} // namespace

// The register window's options (the first run's server and code, where settings live).
struct WindowOptions {
    QCommandLineOption server{QStringLiteral("server"), Text::tr("First run: the server's address."),
                              QStringLiteral("url")};
    QCommandLineOption code{QStringLiteral("enrolment-code"),
                            Text::tr("First run: the enrolment code made in the backoffice."), QStringLiteral("code")};
    QCommandLineOption settings{QStringLiteral("settings"),
                                Text::tr("The register's settings file (its replica is kept beside it)."),
                                QStringLiteral("file")};
    QCommandLineOption highContrast{QStringLiteral("high-contrast"), Text::tr("White on black, for bright shops.")};
    QCommandLineOption scanner{QStringLiteral("scanner"),
                               Text::tr("A serial barcode scanner (remembered), e.g. serial:///dev/ttyACM0?baud=9600."),
                               QStringLiteral("uri")};
    QCommandLineOption exitWhenReady{QStringLiteral("exit-when-ready"),
                                     Text::tr("Quit as soon as the till's window is up (to time the start).")};
    QCommandLineOption printer{
        QStringLiteral("printer"),
        Text::tr("The receipt printer (remembered), e.g. usb://04b8:0202 or tcp://10.0.0.7:9100."),
        QStringLiteral("uri")};
    QList<QCommandLineOption> all() const {
        return {server, code, settings, highContrast, printer, scanner, exitWhenReady};
    }
};

// Whether the command line asks for a device command (or help) rather than the window:
// those run without a display, so no QApplication is made for them.
bool wantsCommand(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        for (const char* command : {"--list-devices", "--test-print", "--open-drawer", "--status", "--scan-test",
                                    "--help", "-h", "--help-all"}) {
            if (arg == command || arg.startsWith(QByteArray(command) + '='))
                return true;
        }
    }
    return false;
}

int runRegisterWindow(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tillpoint-pos"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TILLPOINT_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Tillpoint"));
    tp::i18n::installTranslation(app, QLocale());
    QCommandLineParser parser;
    const WindowOptions options;
    parser.addOptions(options.all());
    parser.process(app);
    if (parser.isSet(options.highContrast))
        tp::pos::ui::applyHighContrast(app);
    tp::pos::app::RegisterApp registerApp({parser.value(options.settings), QUrl(parser.value(options.server)),
                                           parser.value(options.code), parser.isSet(options.highContrast),
                                           parser.value(options.printer), QString(), parser.value(options.scanner)});
    QObject::connect(&registerApp, &tp::pos::app::RegisterApp::failed,
                     [](const QString& why) { QTextStream(stderr) << "tillpoint-pos: " << why << Qt::endl; });
    if (parser.isSet(options.exitWhenReady)) {
        // After the window's first paint: the events its showing queued run before this.
        QObject::connect(&registerApp, &tp::pos::app::RegisterApp::ready, &app,
                         [&app] { QTimer::singleShot(0, &app, &QCoreApplication::quit); });
        QObject::connect(&registerApp, &tp::pos::app::RegisterApp::failed, &app, [&app] { app.exit(1); });
    }
    registerApp.start();
    return app.exec();
}

// tillpoint-pos, the register: its window, or with a device option the set-up commands.
int main(int argc, char* argv[]) {
    if (!wantsCommand(argc, argv))
        return runRegisterWindow(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tillpoint-pos"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TILLPOINT_VERSION));
    tp::i18n::installTranslation(app, QLocale());

    using namespace tp::pos::devices;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Tillpoint register. Without options it opens the register window (first run: --server and "
                 "--enrolment-code). Device commands for setting up a till:"));
    parser.addHelpOption();
    const QCommandLineOption listOption(QStringLiteral("list-devices"),
                                        Text::tr("List USB receipt printers and serial ports."));
    const QCommandLineOption testPrintOption(QStringLiteral("test-print"), Text::tr("Print the test page on <uri>."),
                                             QStringLiteral("uri"));
    const QCommandLineOption drawerOption(QStringLiteral("open-drawer"), Text::tr("Open the cash drawer on <uri>."),
                                          QStringLiteral("uri"));
    const QCommandLineOption statusOption(QStringLiteral("status"),
                                          Text::tr("Ask the printer on <uri> for its status."), QStringLiteral("uri"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        Text::tr("Printer model profile: %1.").arg(PrinterProfile::names().join(QStringLiteral(", "))),
        QStringLiteral("name"), PrinterProfile::defaultProfile().id);
    const QCommandLineOption pinOption(QStringLiteral("pin"), Text::tr("Drawer kick pin: 2 or 5."),
                                       QStringLiteral("pin"), QStringLiteral("2"));
    const QCommandLineOption pulseOption(QStringLiteral("pulse-ms"), Text::tr("Drawer kick pulse length in ms."),
                                         QStringLiteral("ms"), QStringLiteral("100"));
    const QCommandLineOption scanOption(QStringLiteral("scan-test"),
                                        Text::tr("Wait for one scan from the serial scanner on <uri>."),
                                        QStringLiteral("uri"));
    const QCommandLineOption scanTimeoutOption(QStringLiteral("scan-timeout"),
                                               Text::tr("How long --scan-test waits, in seconds."),
                                               QStringLiteral("seconds"), QStringLiteral("30"));
    const QCommandLineOption bellOption(QStringLiteral("bell-drawer"),
                                        Text::tr("The drawer is a serial drawer opened by BEL, not a printer kick."));
    parser.addOptions({listOption, testPrintOption, drawerOption, statusOption, scanOption, scanTimeoutOption,
                       profileOption, pinOption, pulseOption, bellOption});
    const WindowOptions windowOptions; // listed by --help too
    parser.addOptions(windowOptions.all());
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    tp::pos::DeviceCommands commands(out, err, std::make_shared<LibUsbBus>());

    const auto profile = PrinterProfile::named(parser.value(profileOption));
    if (!profile) {
        err << Text::tr("Unknown printer profile \"%1\"; choose one of: %2.")
                   .arg(parser.value(profileOption), PrinterProfile::names().join(QStringLiteral(", ")))
            << Qt::endl;
        return 2;
    }
    if (parser.isSet(listOption))
        return commands.listDevices();
    if (parser.isSet(testPrintOption))
        return commands.testPrint(parser.value(testPrintOption), *profile);
    if (parser.isSet(statusOption))
        return commands.showStatus(parser.value(statusOption), DrawerSensorPolarity::OpenWhenHigh);
    if (parser.isSet(scanOption)) {
        bool ok = false;
        const int seconds = parser.value(scanTimeoutOption).toInt(&ok);
        if (!ok || seconds < 1) {
            err << Text::tr("--scan-timeout must be a number of seconds.") << Qt::endl;
            return 2;
        }
        return commands.scanTest(parser.value(scanOption), seconds * 1000);
    }
    if (parser.isSet(drawerOption)) {
        const QString pin = parser.value(pinOption);
        bool pulseOk = false;
        const int pulseMs = parser.value(pulseOption).toInt(&pulseOk);
        if ((pin != QLatin1String("2") && pin != QLatin1String("5")) || !pulseOk || pulseMs < 2 || pulseMs > 510) {
            err << Text::tr("--pin must be 2 or 5 and --pulse-ms between 2 and 510.") << Qt::endl;
            return 2;
        }
        const DrawerPulse pulse{pin == QLatin1String("5") ? DrawerPin::Pin5 : DrawerPin::Pin2, pulseMs, 500};
        const auto connection = parser.isSet(bellOption) ? DrawerConnection::SerialBell : DrawerConnection::PrinterKick;
        return commands.openDrawer(parser.value(drawerOption), connection, pulse);
    }
    err << Text::tr("Give one device command (see --help), or no command for the register window.") << Qt::endl;
    return 2;
}
