#pragma once

#include <QByteArray>
#include <QStringList>

namespace tp::backoffice {

// One CSV record as RFC 4180 writes it, UTF-8, ending in CRLF: a field holding a comma, a
// quote, a line break or leading or trailing spaces is quoted, its quotes doubled.
QByteArray csvRecord(const QStringList& fields);

} // namespace tp::backoffice
