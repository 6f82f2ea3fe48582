#include "SshConfig.h"

namespace pgcrossing {

QString SshConfig::label() const
{
    QString s = user.isEmpty() ? host : user + QLatin1Char('@') + host;
    if (port != 22)
        s += QLatin1Char(':') + QString::number(port);
    return s;
}

} // namespace pgcrossing
