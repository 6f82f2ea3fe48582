#pragma once
#include "CodeTable.h"

namespace pgcrossing {

// What the comparison of one inventory item (an index, a sequence, an extension…) found. Codes: equal,
// info (shown for the record, never a difference: database sizes), differs, missing-on-target,
// extra-on-target.
enum class InventoryStatus { Equal, Info, Differs, MissingOnTarget, ExtraOnTarget };

template <>
const CodeTable<InventoryStatus> &codeTable<InventoryStatus>();

// Neither equal nor information: counted as an inventory difference.
inline bool isDifference(InventoryStatus s) { return s != InventoryStatus::Equal && s != InventoryStatus::Info; }

} // namespace pgcrossing
