#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace tp::i18n {

// Installs the Tillpoint translation that best matches `locale` (embedded at :/i18n) on
// `app`. Returns the name of the loaded file's language (e.g. "de"), or an empty string when
// the locale has no translation and the app stays in English — which is not an error.
QString installTranslation(QCoreApplication& app, const QLocale& locale);

} // namespace tp::i18n
