#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include "app/BackofficeApp.h"
#include "translations/TranslationLoader.h"

namespace {

// Messages for people, in the translation context "main".
class Text {
    Q_DECLARE_TR_FUNCTIONS(main)
};

} // namespace

// tillpoint-backoffice, the store owner's app: the login (or the last session resumed), then
// the shop's catalog from its own replica, synced with the server.
int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tillpoint-backoffice"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TILLPOINT_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Tillpoint"));
    tp::i18n::installTranslation(app, QLocale());
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Tillpoint backoffice: catalog, stock, orders and customers."));
    parser.addHelpOption();
    const QCommandLineOption settings{QStringLiteral("settings"),
                                      Text::tr("The backoffice's settings file (its replica is kept beside it)."),
                                      QStringLiteral("file")};
    const QCommandLineOption server{QStringLiteral("server"), Text::tr("The server's address, for the login."),
                                    QStringLiteral("url")};
    const QCommandLineOption shop{QStringLiteral("shop"), Text::tr("The shop's short name, for the login."),
                                  QStringLiteral("name")};
    const QCommandLineOption email{QStringLiteral("email"), Text::tr("Your e-mail address, for the login."),
                                   QStringLiteral("address")};
    parser.addOptions({settings, server, shop, email});
    parser.process(app);
    tp::backoffice::app::BackofficeApp backoffice(
        {parser.value(settings), QUrl(parser.value(server)), parser.value(shop), parser.value(email)});
    QObject::connect(&backoffice, &tp::backoffice::app::BackofficeApp::failed,
                     [](const QString& why) { QTextStream(stderr) << "tillpoint-backoffice: " << why << Qt::endl; });
    backoffice.start();
    return app.exec();
}
