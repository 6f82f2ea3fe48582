#include "CsvReader.h"

namespace pgcrossing {

QList<CsvReader::Row> CsvReader::parse(const QByteArray &data, const QString &nullMarker)
{
    QList<Row> rows;
    const QString text = QString::fromUtf8(data);
    Row row;
    QString field;
    bool quoted = false;     // inside quotes
    bool wasQuoted = false;  // this field had quotes
    bool any = false;        // the current row has content
    auto endField = [&] {
        row.fields << field;
        row.nulls << (!wasQuoted && field == nullMarker);
        field.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            wasQuoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            endField();
            any = true;
        } else if (c == QLatin1Char('\n')) {
            if (any || !field.isEmpty()) {
                endField();
                rows << row;
            }
            row = Row();
            any = false;
        } else if (c == QLatin1Char('\r')) {
            // CRLF line ends: the \n does the work
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        endField();
        rows << row;
    }
    return rows;
}

} // namespace pgcrossing
