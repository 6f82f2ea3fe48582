#include "InventoryStatus.h"

namespace pgcrossing {

template <>
const CodeTable<InventoryStatus> &codeTable<InventoryStatus>()
{
    // The same words (and translation context) as a table's status for the same findings.
    static constexpr CodeEntry<InventoryStatus> entries[] = {
        {InventoryStatus::Equal, "equal", QT_TRANSLATE_NOOP("TableStatus", "Identical")},
        {InventoryStatus::Info, "info", QT_TRANSLATE_NOOP("TableStatus", "For information")},
        {InventoryStatus::Differs, "differs", QT_TRANSLATE_NOOP("TableStatus", "Different")},
        {InventoryStatus::MissingOnTarget, "missing-on-target", QT_TRANSLATE_NOOP("TableStatus", "Only on the source")},
        {InventoryStatus::ExtraOnTarget, "extra-on-target", QT_TRANSLATE_NOOP("TableStatus", "Only on the target")},
    };
    static constexpr CodeTable<InventoryStatus> table("TableStatus", entries);
    return table;
}

} // namespace pgcrossing
