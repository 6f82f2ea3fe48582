#pragma once
#include "Check.h"

#include <QCoreApplication>
#include <QList>

namespace pgcrossing {

// Encoding, LC_COLLATE/LC_CTYPE and collation provider of each source database against the target
// cluster's defaults (template1). The copy creates the target database with the source's encoding and
// locale, so a difference means: the locale must exist on the target host, and text order (indexes,
// ORDER BY, comparisons) follows the target's C library or ICU. A warning with the remedy; an ICU
// database is noted because the copy creates it with the libc provider. A row per database.
class LocaleCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(LocaleCheck)
public:
    bool appliesTo(const PreflightContext &ctx) const override { return ctx.serversAnswer() && ctx.options.writesTarget(); }
    QList<CheckResult> run(PreflightContext &ctx) const override;
};

} // namespace pgcrossing
