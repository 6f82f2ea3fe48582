#pragma once
#include "Check.h"

#include <QCoreApplication>
#include <QList>

namespace pgcrossing {

// Every extension installed in a source database must be available on the target
// (pg_available_extensions): a missing one is a blocker whose remedy names the package or the build
// steps (pg_jieba: seed 000 §9.3); an installed version the target does not offer is a warning (the
// restore creates its default version); extensions living outside "public" are noted. Read-only; a row per database.
class ExtensionsCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(ExtensionsCheck)
public:
    bool appliesTo(const PreflightContext &ctx) const override { return ctx.serversAnswer() && ctx.options.writesTarget(); }
    QList<CheckResult> run(PreflightContext &ctx) const override;

private:
    // The remedy for an extension missing on a PostgreSQL `major` target.
    static QString installHint(const QString &extension, int major);
};

} // namespace pgcrossing
