#pragma once
#include "CodeTable.h"

namespace pgcrossing {

// The verification's answer for the whole session. Codes: equal, different, error (something could not
// be compared); NotVerified has the empty code: no verification in the record.
enum class VerificationVerdict { NotVerified, Equal, Different, Error };

template <>
const CodeTable<VerificationVerdict> &codeTable<VerificationVerdict>();

} // namespace pgcrossing
