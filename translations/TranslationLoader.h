#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace tp::i18n {

// Installs the Tillpoint translation that best matches `locale` (embedded at :/i18n) on
// `app` and returns it (owned by `app`; remove and delete it to switch languages), or
// nullptr when the locale has no translation and the app stays in English — not an error.
QTranslator* installTranslation(QCoreApplication& app, const QLocale& locale);

// The languages Tillpoint ships translations for, as file suffixes ("de", "fr", "es").
QStringList availableTranslations();

} // namespace tp::i18n
