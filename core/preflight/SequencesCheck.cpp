#include "SequencesCheck.h"

#include "postgres/OwnedSequences.h"

namespace pgcrossing {

QList<CheckResult> SequencesCheck::run(PreflightContext &ctx) const
{
    const PgClient &source = *ctx.source;
    QList<CheckResult> rows;
    for (const DatabaseMapping &m : ctx.options.databases) {
        CheckResult c = CheckResult::make(QStringLiteral("source.sequences"), tr("Sequences are ahead of their columns on the source"),
                                          CheckResult::Severity::Warning);
        c.database = m.source;
        c.expected = tr("each serial/identity sequence ≥ the largest value in its column");
        QString error;
        const QList<OwnedSequences::Entry> owned = OwnedSequences::read(source, m.source, &error);
        QStringList behind;
        for (const OwnedSequences::Entry &e : owned)
            if (e.behind())
                behind << tr("%1 at %2, %3 reaches %4")
                              .arg(e.sequence, e.lastValue.isEmpty() ? tr("unused") : e.lastValue, e.column, e.columnMax);
        if (!error.isEmpty()) {
            c.status = CheckResult::Status::Error;
            c.found = tr("cannot read the sequences: %1").arg(error);
        } else if (behind.isEmpty()) {
            c.found = tr("none behind");
        } else {
            c.status = CheckResult::Status::Failed;
            c.found = behind.join(QStringLiteral("; "));
            c.remedy = tr("The migration sets every sequence on the target past its column's largest value, so the target "
                          "continues correctly. On the source, the next default insert would collide; fix it there with "
                          "SELECT setval('SEQUENCE', (SELECT max(COLUMN) FROM TABLE)).");
        }
        rows << c;
    }
    return rows;
}

} // namespace pgcrossing
