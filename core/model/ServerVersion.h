#pragma once
#include <QString>

namespace pgcrossing {

// A server_version_num as a DBA writes it: 150018 → "15.18", 90624 → "9.6.24"; 0 or less → "".
QString serverVersionText(int versionNum);

} // namespace pgcrossing
