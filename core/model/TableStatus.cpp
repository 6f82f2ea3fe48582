#include "TableStatus.h"

namespace pgcrossing {

template <>
const CodeTable<TableStatus> &codeTable<TableStatus>()
{
    // The words DBAs know from compare tools: Identical · Different · Only on the source · Only on the target.
    static constexpr CodeEntry<TableStatus> entries[] = {
        {TableStatus::Equal, "equal", QT_TRANSLATE_NOOP("TableStatus", "Identical")},
        {TableStatus::Differs, "differs", QT_TRANSLATE_NOOP("TableStatus", "Different")},
        {TableStatus::MissingOnTarget, "missing-on-target", QT_TRANSLATE_NOOP("TableStatus", "Only on the source")},
        {TableStatus::ExtraOnTarget, "extra-on-target", QT_TRANSLATE_NOOP("TableStatus", "Only on the target")},
        {TableStatus::Error, "error", QT_TRANSLATE_NOOP("TableStatus", "Could not compare")},
    };
    static constexpr CodeTable<TableStatus> table("TableStatus", entries);
    return table;
}

} // namespace pgcrossing
