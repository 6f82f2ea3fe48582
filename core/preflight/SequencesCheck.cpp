#include "SequencesCheck.h"

#include "postgres/OwnedSequences.h"

namespace pgcrossing {

QList<CheckResult> SequencesCheck::run(PreflightContext &ctx) const
{
    const PgClient &source = *ctx.source;
    const QList<DatabaseMapping> &databases = ctx.options.databases;
    CheckResult c;
    c.id = QStringLiteral("source.sequences");
    c.title = tr("Sequences are ahead of their columns on the source");
    c.severity = CheckResult::Severity::Warning;
    c.expected = tr("each serial/identity sequence ≥ the largest value in its column");
    QStringList behind;
    for (const DatabaseMapping &m : databases) {
        QString error;
        const QList<OwnedSequences::Entry> owned = OwnedSequences::read(source, m.source, &error);
        if (!error.isEmpty()) {
            c.status = CheckResult::Status::Error;
            c.found = tr("cannot read the sequences of %1: %2").arg(m.source, error);
            return {c};
        }
        for (const OwnedSequences::Entry &e : owned)
            if (e.behind())
                behind << tr("%1: %2 at %3, %4 reaches %5")
                              .arg(m.source, e.sequence, e.lastValue.isEmpty() ? QStringLiteral("unused") : e.lastValue,
                                   e.column, e.columnMax);
    }
    if (behind.isEmpty()) {
        c.found = tr("none behind");
        return {c};
    }
    c.status = CheckResult::Status::Failed;
    c.found = behind.join(QStringLiteral("; "));
    c.remedy = tr("The migration sets every sequence on the target past its column's largest value, so the target "
                  "continues correctly. On the source, the next default insert would collide; fix it there with "
                  "SELECT setval('SEQUENCE', (SELECT max(COLUMN) FROM TABLE)).");
    return {c};
}

} // namespace pgcrossing
