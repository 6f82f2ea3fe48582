#pragma once
#include <QByteArray>
#include <QList>
#include <QStringList>

namespace pgcrossing {

// Parses psql's --csv output (RFC 4180: quoted fields, doubled quotes, embedded newlines).
// A field psql wrote unquoted and equal to nullMarker is reported as NULL.
class CsvReader {
public:
    struct Row {
        QStringList fields;
        QList<bool> nulls;
    };
    static QList<Row> parse(const QByteArray &data, const QString &nullMarker);
};

} // namespace pgcrossing
