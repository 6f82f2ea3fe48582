#include "TableShape.h"

#include "postgres/PgClient.h"

namespace pgcrossing {

QString TableShape::qualified() const
{
    return PgClient::quoteIdent(schema) + QLatin1Char('.') + PgClient::quoteIdent(name);
}

const TableShape::Column *TableShape::column(const QString &n) const
{
    for (const auto &c : columns)
        if (c.name == n)
            return &c;
    return nullptr;
}

} // namespace pgcrossing
