#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

#include "domain/core/Result.h"

class QIODevice;

namespace tp::backoffice {

// One record of a CSV file and the line of the file it starts on (1 = the first line), so
// an error can say where to look even when quoted fields span lines.
struct CsvRecord {
    QStringList fields;
    qint64 line = 0;
};

// Reads RFC 4180 CSV (as Shopify, Excel and LibreOffice write it) one record at a time from a
// device, so a file of any size is read in small steps and never held whole: fields split by
// commas, quoted fields may hold commas, doubled quotes and line breaks, records end with LF
// or CRLF. The text must be UTF-8 (a leading byte-order mark is skipped). Blank lines are
// skipped. A quote inside an unquoted field is kept as a character, as spreadsheets do.
class CsvReader {
public:
    explicit CsvReader(QIODevice& device)
        : m_device(device) {}

    // The next record, or nullopt at the end of the file. Errors: "csv_unterminated_quote"
    // (a quoted field runs to the end of the file), "csv_not_utf8", "csv_read_failed";
    // each names the line.
    domain::Result<std::optional<CsvRecord>> next();

    // Bytes of the file consumed so far (for a progress bar against the file's size).
    qint64 bytesConsumed() const { return m_consumed; }

private:
    enum class Scan { Record, NeedMore, Blank, End };
    Scan scan(bool endOfInput, QList<QByteArray>& fields, qsizetype& end, qint64& lines) const;
    bool fill();

    QIODevice& m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_consumed = 0;
    bool m_started = false;
    bool m_exhausted = false;
};

} // namespace tp::backoffice
