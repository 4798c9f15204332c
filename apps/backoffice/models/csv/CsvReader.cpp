#include "models/csv/CsvReader.h"

#include <QIODevice>
#include <QStringDecoder>

namespace tp::backoffice {

namespace {

constexpr qint64 kChunk = 64 * 1024;

domain::Error csvError(const char* code, qint64 line, const QString& what) {
    return domain::makeError(code, QStringLiteral("line %1: %2").arg(line).arg(what).toStdString());
}

} // namespace

bool CsvReader::fill() {
    if (m_exhausted)
        return false;
    // Drop what was consumed so the buffer holds at most one unfinished record and a chunk.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray chunk = m_device.read(kChunk);
    if (chunk.isEmpty()) {
        m_exhausted = true;
        return false;
    }
    m_buffer.append(chunk);
    if (!m_started && m_buffer.size() >= 3) {
        m_started = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_buffer.remove(0, 3);
            m_consumed += 3;
        }
    }
    return true;
}

// Scans one record from m_pos. `end` is where the next record starts; `lines` how many line
// breaks the record took (its own and any inside quotes). NeedMore: the buffer ends inside the
// record and more input may follow.
CsvReader::Scan CsvReader::scan(bool endOfInput, QList<QByteArray>& fields, qsizetype& end, qint64& lines) const {
    fields.clear();
    lines = 0;
    QByteArray field;
    bool quoted = false;    // inside a quoted field
    bool fieldStart = true; // nothing of this field read yet
    const qsizetype size = m_buffer.size();
    for (qsizetype i = m_pos; i < size; ++i) {
        const char c = m_buffer.at(i);
        if (quoted) {
            if (c == '"') {
                if (i + 1 >= size && !endOfInput)
                    return Scan::NeedMore; // a doubled quote or the field's end: the next byte says
                if (i + 1 < size && m_buffer.at(i + 1) == '"') {
                    field.append('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++lines;
                field.append(c);
            }
            continue;
        }
        if (c == '"' && fieldStart) {
            quoted = true;
            fieldStart = false;
        } else if (c == ',') {
            fields.append(field);
            field.clear();
            fieldStart = true;
        } else if (c == '\n' || c == '\r') {
            qsizetype next = i + 1;
            if (c == '\r') {
                if (next >= size && !endOfInput)
                    return Scan::NeedMore; // CR LF split between reads
                if (next < size && m_buffer.at(next) == '\n')
                    ++next;
            }
            ++lines;
            end = next;
            fields.append(field);
            return fields.size() == 1 && fields.first().isEmpty() ? Scan::Blank : Scan::Record;
        } else {
            field.append(c);
            fieldStart = false;
        }
    }
    if (!endOfInput || quoted)
        return Scan::NeedMore;
    end = size;
    if (fields.isEmpty() && field.isEmpty())
        return m_pos == size ? Scan::End : Scan::Blank;
    fields.append(field);
    return Scan::Record;
}

domain::Result<std::optional<CsvRecord>> CsvReader::next() {
    QList<QByteArray> fields;
    for (;;) {
        qsizetype end = 0;
        qint64 lines = 0;
        const Scan result = scan(m_exhausted, fields, end, lines);
        if (result == Scan::NeedMore) {
            if (m_exhausted)
                return csvError("csv_unterminated_quote", m_line,
                                QStringLiteral("a quoted field is never closed (a \" is missing)"));
            fill();
            if (m_device.isOpen() && !m_device.isReadable())
                return csvError("csv_read_failed", m_line, m_device.errorString());
            continue;
        }
        if (result == Scan::End)
            return std::optional<CsvRecord>{};
        const qint64 line = m_line;
        m_consumed += end - m_pos;
        m_pos = end;
        m_line += lines;
        if (result == Scan::Blank)
            continue;
        CsvRecord record{{}, line};
        record.fields.reserve(fields.size());
        for (const QByteArray& raw : std::as_const(fields)) {
            QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            QString text = utf8.decode(raw);
            if (utf8.hasError())
                return csvError("csv_not_utf8", line,
                                QStringLiteral("the text is not UTF-8 (save the file as \"CSV UTF-8\")"));
            record.fields << text;
        }
        return std::optional<CsvRecord>{std::move(record)};
    }
}

} // namespace tp::backoffice
