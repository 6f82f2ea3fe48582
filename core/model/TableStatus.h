#pragma once
#include "CodeTable.h"

namespace pgcrossing {

// What the comparison of one table found. Codes: equal, differs, missing-on-target, extra-on-target,
// error (the table could not be compared: kept apart from a difference).
enum class TableStatus { Equal, Differs, MissingOnTarget, ExtraOnTarget, Error };

template <>
const CodeTable<TableStatus> &codeTable<TableStatus>();

} // namespace pgcrossing
