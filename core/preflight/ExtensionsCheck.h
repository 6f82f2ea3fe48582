#pragma once
#include "model/CheckResult.h"
#include "model/PlanOptions.h"

#include <QCoreApplication>
#include <QList>

namespace pgcrossing {

class PgClient;

// Every extension installed in a source database must be available on the target
// (pg_available_extensions): a missing one is a blocker whose remedy names the package or the build
// steps (pg_jieba: seed 000 §9.3); an installed version the target does not offer is a warning (the
// restore creates its default version); extensions living outside "public" are noted. Read-only.
class ExtensionsCheck {
    Q_DECLARE_TR_FUNCTIONS(ExtensionsCheck)
public:
    // targetMajor: the target server's major version (for the package names in the remedy).
    static CheckResult run(const PgClient &source, const PgClient &target, int targetMajor,
                           const QList<DatabaseMapping> &databases);
    // The remedy for an extension missing on a PostgreSQL `major` target.
    static QString installHint(const QString &extension, int major);
};

} // namespace pgcrossing
