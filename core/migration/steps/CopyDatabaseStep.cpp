#include "CopyDatabaseStep.h"

#include "migration/StepContext.h"
#include "DumpFileStep.h"
#include "migration/HostFiles.h"
#include "migration/StreamTransfer.h"
#include "migration/TextSearchLoan.h"
#include "postgres/RestoreLog.h"
#include "postgres/ToolLog.h"
#include "remote/DiskFree.h"
#include "remote/Shell.h"

#include <QLocale>
#include <QRegularExpression>

namespace pgcrossing {

QString CopyDatabaseStep::title() const
{
    return m_db.source == m_db.target ? tr("Copy database %1").arg(m_db.source)
                                      : tr("Copy database %1 to %2").arg(m_db.source, m_db.target);
}

QString CopyDatabaseStep::incompleteComment(const QString &sessionId)
{
    return QStringLiteral("pgcrossing: INCOMPLETE copy (session %1) - resume the session or drop this database").arg(sessionId);
}

void CopyDatabaseStep::endOurSessions(StepContext &ctx)
{
    // A killed pg_restore may leave its backend finishing a statement; end it so nothing keeps running.
    ctx.target->query({}, QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %1 "
                                         "AND application_name = 'pgcrossing' AND pid <> pg_backend_pid()")
                              .arg(PgClient::quoteLiteral(m_db.target)));
}

QString CopyDatabaseStep::failure(StepContext &ctx, const StreamTransfer::Outcome &out, const QString &restoreHost, bool diskShort)
{
    // Which side broke, and where: the source's pg_dump when it failed (its server went away, say: pg_restore
    // then only saw its input end), else the object pg_restore stopped at (exit-on-error) with its error and
    // what to do, else pg_restore's own last error.
    const QString dumpError = ToolLog::lastError(out.producerErr, QStringLiteral("pg_dump"));
    if (out.producerExit > 0 && !dumpError.isEmpty())
        return tr("pg_dump on %1 failed (exit %2): %3; pg_restore on %4 stopped at the end of its input")
            .arg(ctx.source->shell().hostLabel())
            .arg(out.producerExit)
            .arg(dumpError, restoreHost);
    const RestoreLog::Stop stop = out.consumerExit > 0 ? RestoreLog::stoppedAt(out.consumerErr) : RestoreLog::Stop{};
    if (!stop.object.isEmpty() && !diskShort)
        return tr("pg_restore on %1 stopped at %2: %3 (fix that object on the source, or create what it needs on the "
                  "target, then resume the session)")
            .arg(restoreHost, stop.object, stop.error);
    if (!stop.object.isEmpty()) // the object was not at fault, the disk was: what to do comes with the space
        return tr("pg_restore on %1 stopped at %2: %3").arg(restoreHost, stop.object, stop.error);
    if (!stop.error.isEmpty() && out.producerExit == 0)
        return tr("pg_restore on %1 failed (exit %2): %3").arg(restoreHost).arg(out.consumerExit).arg(stop.error);
    return out.message;
}

QString CopyDatabaseStep::shortOfSpace(StepContext &ctx) const
{
    // After a failed restore: is the target's data disk short of what this copy needs (the preflight's
    // measure, 1.2 × the database on the source)? Then say how much is free, how much is needed, and what to
    // do — whatever the server's (possibly translated) words for a full disk were.
    const PgResult dir = ctx.target->query({}, QStringLiteral("SELECT current_setting('data_directory')"));
    const PgResult size = ctx.source->query({}, QStringLiteral("SELECT pg_database_size(%1)").arg(PgClient::quoteLiteral(m_db.source)));
    const PgResult partial = ctx.target->query(
        {}, QStringLiteral("SELECT coalesce((SELECT pg_database_size(oid) FROM pg_database WHERE datname = %1), 0)")
                .arg(PgClient::quoteLiteral(m_db.target)));
    if (!dir.ok || !size.ok || dir.scalar().isEmpty())
        return {};
    const DiskFree df = DiskFree::measure(ctx.target->shell(), dir.scalar());
    const qint64 need = size.scalar().toLongLong() * 6 / 5;
    if (!df.ok || df.freeBytes >= need)
        return {};
    const auto mib = [](qint64 b) { return QLocale::c().formattedDataSize(b); };
    return tr("the target's data disk is short of space: %1 free in %2 (%3 on %4) on %5, the incomplete copy holds %6 "
              "(dropped when the session resumes); copying %7 needs about %8 (1.2 × its %9 on the source) plus room "
              "for WAL and index builds: free space or grow the volume, then resume the session")
        .arg(mib(df.freeBytes), df.measured, df.filesystem, df.mount, ctx.target->shell().hostLabel(),
             mib(partial.scalar().toLongLong()), m_db.source, mib(need), mib(size.scalar().toLongLong()));
}

QString CopyDatabaseStep::claimedBy(const QString &comment)
{
    // Our own marker (incompleteComment, never translated): the session that created the database.
    static const QRegularExpression marker(QStringLiteral("^pgcrossing: INCOMPLETE copy \\(session ([^)]+)\\)"));
    return marker.match(comment).captured(1);
}

QString CopyDatabaseStep::refusal(const QString &target, const QString &comment)
{
    const QString other = claimedBy(comment);
    if (!other.isEmpty())
        return tr("the target database %1 is claimed by another pgcrossing session (%2), which is copying into it now or "
                  "left it incomplete: wait until that session ends (or resume it), or pick another target name "
                  "(--db SOURCE:OTHER_NAME); this session changed nothing")
            .arg(target, other);
    return tr("the target already has a database %1; it is never overwritten: "
              "pick another target name or choose replace (renames it aside)")
        .arg(target);
}

PgResult CopyDatabaseStep::targetComment(StepContext &ctx, const QString &target)
{
    // Two columns: a row of one empty value would read as no row at all.
    return ctx.target->query({}, QStringLiteral("SELECT datname, coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database "
                                                "WHERE datname = %1")
                                     .arg(PgClient::quoteLiteral(target)));
}

QString CopyDatabaseStep::ownerOnTarget(StepContext &ctx, const QString &sourceOwner, const PlanOptions &options)
{
    QString owner = options.owner.isEmpty() ? sourceOwner : options.owner;
    const PgResult ownerOk = ctx.target->query({}, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = %1")
                                                        .arg(PgClient::quoteLiteral(owner)));
    if ((options.noOwner && options.owner.isEmpty()) || ownerOk.scalar() == QLatin1String("0")) {
        if (!options.noOwner)
            ctx.log(StepContext::Level::Warning, tr("role %1 (owner on the source) does not exist on the "
                                                    "target; the database is owned by %2")
                                                     .arg(owner, ctx.target->connection().user));
        owner = ctx.target->connection().user;
    }
    return owner;
}

StepResult CopyDatabaseStep::createDatabase(StepContext &ctx, const DatabaseMapping &db, const PlanOptions *ownerFrom)
{
    const QString tgtIdent = PgClient::quoteIdent(db.target);
    const PgResult props = ctx.source->query(
        {}, QStringLiteral("SELECT pg_get_userbyid(datdba), pg_encoding_to_char(encoding), datcollate, datctype, "
                           "datlocprovider, coalesce(daticulocale, '') FROM pg_database WHERE datname = %1")
                .arg(PgClient::quoteLiteral(db.source)));
    if (!props.ok || props.rowCount() != 1)
        return StepResult::failed(tr("the source has no database %1").arg(db.source), props.error);
    const QString owner = ownerFrom ? ownerOnTarget(ctx, props.value(0, 0), *ownerFrom) : ctx.target->connection().user;
    QString sql = QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE template0 ENCODING %3 LC_COLLATE %4 LC_CTYPE %5")
                      .arg(tgtIdent, PgClient::quoteIdent(owner), PgClient::quoteLiteral(props.value(0, 1)),
                           PgClient::quoteLiteral(props.value(0, 2)), PgClient::quoteLiteral(props.value(0, 3)));
    if (props.value(0, 4) == QLatin1String("i"))
        sql += QStringLiteral(" LOCALE_PROVIDER icu ICU_LOCALE %1").arg(PgClient::quoteLiteral(props.value(0, 5)));
    sql += QStringLiteral(";\nCOMMENT ON DATABASE %1 IS %2;").arg(tgtIdent, PgClient::quoteLiteral(incompleteComment(ctx.snapshot().id)));
    const PgResult created = ctx.target->exec({}, sql);
    if (!created.ok) {
        // Taken between our look and our CREATE: by another session, most likely. Say by whom.
        const PgResult now = targetComment(ctx, db.target);
        if (now.ok && now.rowCount() == 1)
            return StepResult::failed(refusal(db.target, now.value(0, 1)), created.error);
        return StepResult::failed(tr("cannot create %1 on the target").arg(db.target), created.error);
    }
    ctx.update([&](SessionRecord &r) {
        TargetState *t = r.targetState(db.target);
        t->createdBySession = true;
        t->complete = false;
        t->empty = true;
    });
    return StepResult::ok();
}

StepResult CopyDatabaseStep::createTarget(StepContext &ctx)
{
    const PgResult exists = targetComment(ctx, m_db.target);
    if (!exists.ok)
        return StepResult::failed(tr("cannot read the target's databases"), exists.error);
    if (exists.rowCount() > 0) {
        TargetState ts;
        for (const auto &t : ctx.snapshot().targets)
            if (t.database == m_db.target)
                ts = t;
        if (!ts.createdBySession || ts.complete)
            return StepResult::failed(refusal(m_db.target, exists.value(0, 1)));
        if (ts.empty) {
            // Claimed by this session (ClaimTargetStep) before the roles were made: its owner is settled now.
            const PgResult srcOwner = ctx.source->query({}, QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = %1")
                                                                .arg(PgClient::quoteLiteral(m_db.source)));
            if (!srcOwner.ok || srcOwner.rowCount() != 1)
                return StepResult::failed(tr("the source has no database %1").arg(m_db.source), srcOwner.error);
            const QString owner = ownerOnTarget(ctx, srcOwner.scalar(), m_options);
            const PgResult owned = ctx.target->exec({}, QStringLiteral("ALTER DATABASE %1 OWNER TO %2;")
                                                            .arg(PgClient::quoteIdent(m_db.target), PgClient::quoteIdent(owner)));
            if (!owned.ok)
                return StepResult::failed(tr("cannot give %1 to its owner %2 on the target").arg(m_db.target, owner), owned.error);
            return StepResult::ok();
        }
        ctx.log(StepContext::Level::Warning,
                tr("dropping the incomplete copy of %1 left by an earlier attempt of this session").arg(m_db.target));
        endOurSessions(ctx);
        const PgResult drop = ctx.target->exec({}, QStringLiteral("DROP DATABASE %1 WITH (FORCE);").arg(PgClient::quoteIdent(m_db.target)));
        if (!drop.ok)
            return StepResult::failed(tr("cannot drop the incomplete copy %1").arg(m_db.target), drop.error);
    }
    return createDatabase(ctx, m_db, &m_options);
}

StepResult CopyDatabaseStep::run(StepContext &ctx)
{
    ctx.progress(0, tr("creating %1").arg(m_db.target));
    const StepResult created = createTarget(ctx);
    if (!created.succeeded())
        return created;
    ctx.update([&](SessionRecord &r) { r.targetState(m_db.target)->empty = false; }); // filled from here on
    // The text-search fix-up: lent for the length of the stream's dump (a dump file was made by DumpFileStep,
    // which lent them itself), created on the target before the restore.
    QList<TextSearchConfigs::Entry> lent;
    if (m_options.fixTextSearch) {
        QList<TextSearchConfigs::Entry> carried;
        StepResult r = TextSearchLoan::find(ctx, m_db.source, &carried);
        if (r.succeeded() && m_options.transfer == PlanOptions::Transfer::Stream) {
            lent = carried;
            r = TextSearchLoan::lend(ctx, m_db.source, lent);
        }
        if (r.succeeded())
            r = TextSearchLoan::createOnTarget(ctx, m_db.target, m_options, carried);
        if (!r.succeeded()) {
            TextSearchLoan::giveBack(ctx, m_db.source, lent);
            return r;
        }
    }
    if (ctx.cancelled()) {
        TextSearchLoan::giveBack(ctx, m_db.source, lent);
        return StepResult::cancelled();
    }

    const PgResult size = ctx.source->query(
        m_db.source, QStringLiteral("SELECT coalesce(sum(pg_relation_size(c.oid)), 0) FROM pg_class c "
                                    "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r','m','t') "
                                    "AND n.nspname NOT IN ('pg_catalog','information_schema')"));
    const qint64 expected = size.scalar().toLongLong();

    QStringList dumpArgs{QStringLiteral("-Fc"), QStringLiteral("-Z"), QString::number(m_options.compression)};
    QStringList restoreArgs;
    if (m_options.exitOnError)
        restoreArgs << QStringLiteral("--exit-on-error");
    if (m_options.noOwner)
        restoreArgs << QStringLiteral("--no-owner");
    StreamTransfer::Outcome out;
    QString restoreHost = ctx.target->shell().hostLabel();
    if (m_options.transfer == PlanOptions::Transfer::Files) {
        // The dump already sits on the target host (ShipDumpStep checked its sha256): restore from it there.
        const QString file = DumpFileStep::path(m_options, ctx.snapshot().id, QStringLiteral("target"), m_db.source);
        Shell &host = HostFiles::hostShell(ctx.target->shell());
        restoreHost = host.hostLabel();
        ctx.progress(0.1, tr("pg_restore < %1 on %2").arg(file, host.hostLabel()));
        const CommandResult r = host.run(HostFiles::toolFromFile(*ctx.target, QStringLiteral("pg_restore"), restoreArgs, m_db.target,
                                                                 file, tr("restore %1").arg(m_db.target)),
                                         {}, ctx.cancel);
        out.cancelled = r.cancelled;
        out.producerExit = 0;
        out.consumerExit = r.exitCode;
        out.consumerErr = r.error.isEmpty() ? QString::fromUtf8(r.err).trimmed() : r.error;
        out.ok = r.ok();
        if (!out.ok && !out.cancelled)
            out.message = tr("pg_restore on %1 failed (exit %2): %3")
                              .arg(host.hostLabel())
                              .arg(r.exitCode)
                              .arg(out.consumerErr.section(QLatin1Char('\n'), -1).trimmed());
    } else {
        const CommandSpec dump = ctx.source->toolSpec(QStringLiteral("pg_dump"), dumpArgs, m_db.source,
                                                      tr("dump %1").arg(m_db.source));
        const CommandSpec restore = ctx.target->toolSpec(QStringLiteral("pg_restore"), restoreArgs, m_db.target,
                                                         tr("restore %1").arg(m_db.target));
        out = StreamTransfer::toProcess(ctx, ctx.source->shell(), dump, ctx.target->shell(), restore, expected);
    }
    const QString notGivenBack = TextSearchLoan::giveBack(ctx, m_db.source, lent);
    int ignoredErrors = 0;
    if (!out.ok) {
        endOurSessions(ctx);
        const QString state = tr("target database %1 is INCOMPLETE (resume the session to copy it again)")
                                  .arg(m_db.target);
        ctx.log(StepContext::Level::Warning, state);
        if (out.cancelled)
            return StepResult::cancelled();
        // Without --exit-on-error pg_restore goes on, exits 1 and counts what it ignored: a warning, not a
        // success. Exit 1 without that count is pg_restore stopping early: a failure.
        ignoredErrors = out.producerExit == 0 && out.consumerExit == 1 ? RestoreLog::ignoredErrors(out.consumerErr) : -1;
        if (!m_options.exitOnError && ignoredErrors > 0) {
            // falls through to completion below, reported as a warning
        } else {
            const QString space = shortOfSpace(ctx);
            return StepResult::failed(failure(ctx, out, restoreHost, !space.isEmpty()) + QStringLiteral("; ") +
                                          (space.isEmpty() ? QString() : space + QStringLiteral("; ")) + state,
                                      (out.consumerErr + QLatin1Char('\n') + out.producerErr).trimmed());
        }
    }
    // A loan still in place is a failure, before the copy is marked complete: resuming gives it back.
    if (!notGivenBack.isEmpty())
        return StepResult::failed(tr("a text-search configuration was not given back on the source; resume the "
                                     "session, or run `pgcrossing-cli revert`"),
                                  notGivenBack);

    const PgResult comment = ctx.source->query(
        {}, QStringLiteral("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %1")
                .arg(PgClient::quoteLiteral(m_db.source)));
    const QString restoredComment = comment.isNull(0, 0) ? QStringLiteral("NULL") : PgClient::quoteLiteral(comment.scalar());
    const PgResult done = ctx.target->exec({}, QStringLiteral("COMMENT ON DATABASE %1 IS %2;")
                                                   .arg(PgClient::quoteIdent(m_db.target), restoredComment));
    if (!done.ok)
        return StepResult::failed(tr("cannot mark %1 complete").arg(m_db.target), done.error);
    ctx.update([&](SessionRecord &r) { r.targetState(m_db.target)->complete = true; });
    const QString msg = m_options.transfer == PlanOptions::Transfer::Files
                            ? tr("restored from the dump file")
                            : tr("%1 streamed").arg(QLocale::c().formattedDataSize(out.bytes));
    if (!out.ok)
        return StepResult::warning(tr("%1; pg_restore ignored %n error(s)", "", ignoredErrors).arg(msg), out.consumerErr);
    return StepResult::ok(msg);
}

} // namespace pgcrossing
