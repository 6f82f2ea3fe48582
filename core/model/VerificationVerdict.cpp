#include "VerificationVerdict.h"

namespace pgcrossing {

template <>
const CodeTable<VerificationVerdict> &codeTable<VerificationVerdict>()
{
    static constexpr CodeEntry<VerificationVerdict> entries[] = {
        {VerificationVerdict::NotVerified, "", QT_TRANSLATE_NOOP("VerificationVerdict", "Not verified")},
        {VerificationVerdict::Equal, "equal", QT_TRANSLATE_NOOP("VerificationVerdict", "Identical")},
        {VerificationVerdict::Different, "different", QT_TRANSLATE_NOOP("VerificationVerdict", "Different")},
        {VerificationVerdict::Error, "error", QT_TRANSLATE_NOOP("VerificationVerdict", "Could not compare everything")},
    };
    static constexpr CodeTable<VerificationVerdict> table("VerificationVerdict", entries);
    return table;
}

} // namespace pgcrossing
