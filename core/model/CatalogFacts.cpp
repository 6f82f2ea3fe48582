#include "CatalogFacts.h"

namespace pgcrossing {

QJsonObject DatabaseInfo::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("owner"), owner}, {QStringLiteral("encoding"), encoding},
            {QStringLiteral("collate"), collate}, {QStringLiteral("bytes"), double(bytes)}};
}

QJsonObject TableInfo::toJson() const
{
    return {{QStringLiteral("schema"), schema}, {QStringLiteral("name"), name}, {QStringLiteral("totalBytes"), double(totalBytes)},
            {QStringLiteral("tableBytes"), double(tableBytes)}, {QStringLiteral("estimatedRows"), double(estimatedRows)},
            {QStringLiteral("hasPrimaryKey"), hasPrimaryKey}};
}

QJsonObject ExtensionInfo::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("installedVersion"), installedVersion},
            {QStringLiteral("defaultVersion"), defaultVersion}, {QStringLiteral("schema"), schema}};
}

QJsonObject SessionActivity::toJson() const
{
    return {{QStringLiteral("database"), database}, {QStringLiteral("pid"), pid}, {QStringLiteral("user"), user},
            {QStringLiteral("application"), application}, {QStringLiteral("state"), state},
            {QStringLiteral("transactionStart"), transactionStart}};
}

} // namespace pgcrossing
