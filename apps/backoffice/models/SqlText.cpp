#include "models/SqlText.h"

namespace tp::backoffice {

namespace {

QString escaped(const QString& typed) {
    QString text;
    for (const QChar c : typed) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            text.append(QLatin1Char('\\'));
        text.append(c);
    }
    return text;
}

} // namespace

QString containsPattern(const QString& typed) {
    return QLatin1Char('%') + escaped(typed) + QLatin1Char('%');
}

QString startsWithPattern(const QString& typed) {
    return escaped(typed) + QLatin1Char('%');
}

} // namespace tp::backoffice
