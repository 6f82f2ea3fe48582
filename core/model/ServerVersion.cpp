#include "ServerVersion.h"

namespace pgcrossing {

QString serverVersionText(int n)
{
    if (n <= 0)
        return QString();
    if (n >= 100000)
        return QStringLiteral("%1.%2").arg(n / 10000).arg(n % 10000);
    return QStringLiteral("%1.%2.%3").arg(n / 10000).arg((n / 100) % 100).arg(n % 100);
}

} // namespace pgcrossing
