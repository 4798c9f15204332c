#include "models/csv/CsvWriter.h"

namespace tp::backoffice {

QByteArray csvRecord(const QStringList& fields) {
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(',');
        const QByteArray field = fields.at(i).toUtf8();
        const bool quote = field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r') ||
                           field.startsWith(' ') || field.endsWith(' ');
        if (!quote) {
            line.append(field);
            continue;
        }
        line.append('"');
        for (char c : field) {
            if (c == '"')
                line.append('"');
            line.append(c);
        }
        line.append('"');
    }
    line.append("\r\n");
    return line;
}

} // namespace tp::backoffice
