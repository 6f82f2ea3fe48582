#include "CopyGlobalsStep.h"

#include "postgres/NeededRoles.h"

#include "migration/StepContext.h"
#include "remote/Shell.h"

namespace pgcrossing {

namespace {
QSet<QString> roles(PgClient &pg, QString *error)
{
    const PgResult r = pg.query({}, QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname !~ '^pg_'"));
    if (!r.ok)
        *error = r.error;
    QSet<QString> out;
    for (const auto &row : r.rows)
        out.insert(row.value(0));
    return out;
}
} // namespace

QString CopyGlobalsStep::leadingIdent(const QString &text, qsizetype from, qsizetype *end)
{
    QString name;
    qsizetype i = from;
    if (i < text.size() && text.at(i) == QLatin1Char('"')) {
        ++i;
        while (i < text.size()) {
            if (text.at(i) == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    name += QLatin1Char('"');
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            name += text.at(i++);
        }
    } else {
        while (i < text.size() && !text.at(i).isSpace() && text.at(i) != QLatin1Char(';') && text.at(i) != QLatin1Char(','))
            name += text.at(i++);
    }
    if (end)
        *end = i;
    return name;
}

QString CopyGlobalsStep::filterRolesScript(const QString &script, const QSet<QString> &create)
{
    QStringList kept;
    static const QString createRole = QStringLiteral("CREATE ROLE ");
    static const QString alterRole = QStringLiteral("ALTER ROLE ");
    static const QString grant = QStringLiteral("GRANT ");
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("SET "))) {
            kept << line;
        } else if (line.startsWith(createRole)) {
            if (create.contains(leadingIdent(line, createRole.size())))
                kept << line;
        } else if (line.startsWith(alterRole)) {
            if (create.contains(leadingIdent(line, alterRole.size())))
                kept << line;
        } else if (line.startsWith(grant)) {
            // GRANT granted TO member [WITH ADMIN OPTION] [GRANTED BY x];
            const qsizetype to = line.indexOf(QLatin1String(" TO "));
            if (to > 0 && create.contains(leadingIdent(line, to + 4)))
                kept << line;
        }
    }
    return kept.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

StepResult CopyGlobalsStep::run(StepContext &ctx)
{
    QString error;
    const QStringList needed = NeededRoles::read(*ctx.source, m_options, &error);
    if (!error.isEmpty())
        return StepResult::failed(tr("cannot list the roles the databases use"), error);
    const QSet<QString> src(needed.cbegin(), needed.cend());
    const QSet<QString> dst = roles(*ctx.target, &error);
    if (!error.isEmpty())
        return StepResult::failed(tr("cannot list the target's roles"), error);
    QSet<QString> missing = src - dst;
    QStringList existing = (src & dst).values();
    existing.sort();
    if (missing.isEmpty())
        return StepResult::ok(tr("every role exists on the target already (%1)").arg(existing.join(QStringLiteral(", "))));

    const CommandSpec dump = ctx.source->toolSpec(QStringLiteral("pg_dumpall"), {QStringLiteral("--roles-only")}, {},
                                                  tr("dump roles"));
    const CommandResult d = ctx.source->shell().run(dump, {}, ctx.cancel);
    if (d.cancelled)
        return StepResult::cancelled();
    if (!d.ok())
        return StepResult::failed(tr("pg_dumpall --roles-only failed on the source"), d.errTail());

    const QString script = filterRolesScript(QString::fromUtf8(d.out), missing);
    // The script holds password verifiers: it goes to psql's stdin and is never logged.
    const PgResult apply = ctx.target->exec({}, script, ctx.cancel);
    if (apply.cancelled)
        return StepResult::cancelled();
    if (!apply.ok)
        return StepResult::failed(tr("creating roles on the target failed"), apply.error);
    QStringList created = missing.values();
    created.sort();
    const QString names = created.join(QStringLiteral(", "));
    if (existing.isEmpty())
        return StepResult::ok(tr("created %1").arg(names));
    return StepResult::ok(tr("created %1; already there, left unchanged: %2").arg(names, existing.join(QStringLiteral(", "))));
}

} // namespace pgcrossing
