#include "translations/TranslationLoader.h"

#include <QFileInfo>
#include <QTranslator>

namespace tp::i18n {

QString installTranslation(QCoreApplication& app, const QLocale& locale) {
    // Parented to the app so it lives exactly as long as the translations are in use.
    auto* translator = new QTranslator(&app);
    if (!translator->load(locale, QStringLiteral("tillpoint"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete translator;
        return {};
    }
    app.installTranslator(translator);
    const QString base = QFileInfo(translator->filePath()).completeBaseName();
    return base.section(QLatin1Char('_'), 1);
}

} // namespace tp::i18n
