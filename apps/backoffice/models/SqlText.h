#pragma once

#include <QString>

namespace tp::backoffice {

// A LIKE pattern matching text that contains `typed`, for SQL written with ESCAPE '\': the %,
// _ and \ a person types are meant literally.
QString containsPattern(const QString& typed);

// The same for text that starts with `typed`.
QString startsWithPattern(const QString& typed);

} // namespace tp::backoffice
