#include "translations/TranslationLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QTranslator>

namespace tp::i18n {

QTranslator* installTranslation(QCoreApplication& app, const QLocale& locale) {
    // Parented to the app so it lives exactly as long as the translations are in use.
    auto* translator = new QTranslator(&app);
    if (!translator->load(locale, QStringLiteral("tillpoint"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete translator;
        return nullptr;
    }
    app.installTranslator(translator);
    return translator;
}

QStringList availableTranslations() {
    QStringList languages;
    const auto files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("tillpoint_*.qm")}, QDir::Files);
    for (const QString& file : files)
        languages << QFileInfo(file).completeBaseName().section(QLatin1Char('_'), 1);
    return languages;
}

} // namespace tp::i18n
