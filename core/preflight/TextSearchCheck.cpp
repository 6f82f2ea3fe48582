#include "TextSearchCheck.h"

#include "postgres/TextSearchConfigs.h"

namespace pgcrossing {

QList<CheckResult> TextSearchCheck::run(PreflightContext &ctx) const
{
    QList<CheckResult> rows;
    for (const DatabaseMapping &m : ctx.options.databases)
        rows << judge(ctx, m.source);
    return rows;
}

CheckResult TextSearchCheck::judge(const PreflightContext &ctx, const QString &database)
{
    const PlanOptions &options = ctx.options;
    CheckResult c = CheckResult::make(QStringLiteral("source.text-search"), tr("pg_dump can dump the text-search configurations"),
                                      CheckResult::Severity::Blocker);
    c.database = database;
    c.expected = tr("no configuration of yours over an extension's parser, or the fix-up chosen");
    QStringList found, stuck, copies, notOwned;
    bool jieba = false; // pg_jieba's parser is the one known to crash the server under pg_dump
    QString error;
    const QList<TextSearchConfigs::Entry> entries = TextSearchConfigs::read(*ctx.source, database, {}, &error);
    if (!error.isEmpty()) {
        c.status = CheckResult::Status::Error;
        c.found = tr("cannot read the text-search configurations: %1").arg(error);
        return c;
    }
    for (const auto &e : entries) {
        QString line = tr("%1 uses parser %2 of extension %3").arg(e.config, e.parser, e.extension);
        if (!e.dependents.isEmpty())
            line += tr("; used by: %1").arg(e.dependents);
        found << line;
        jieba = jieba || e.extension == QLatin1String("pg_jieba");
        if (e.carriable())
            copies << tr("%1 as COPY = %2").arg(e.config, e.copyFrom);
        else
            stuck << tr("%1: %2").arg(e.config, e.whyNotCarriable());
        if (!e.canLend)
            notOwned << tr("%1 (owner %2) and extension %3").arg(e.config, e.owner, e.extension);
    }
    if (found.isEmpty()) {
        c.found = tr("none over an extension's parser");
        return c;
    }
    c.status = CheckResult::Status::Failed;
    c.found = found.join(QStringLiteral("\n"));
    if (options.mode == PlanOptions::Mode::BackupOnly) {
        // The loan would leave the configuration out of the backup file: no fix-up here. A blocker where the
        // dump is known to crash the source server, a warning for other parsers.
        c.severity = jieba ? CheckResult::Severity::Blocker : CheckResult::Severity::Warning;
        c.remedy = tr("To dump it, pg_dump asks the parser for its token names, which crashes the server with pg_jieba "
                      "(pg_jieba issue #39). A backup must hold the configuration, so pgcrossing does not lend it away "
                      "here: if the parser is pg_jieba's, take the backup from a copy of the database (CREATE DATABASE "
                      "… TEMPLATE …) whose configuration you dropped, and keep its definition beside the file.");
        return c;
    }
    if (!stuck.isEmpty()) {
        c.remedy = tr("pgcrossing cannot carry %1. By hand, knowing it changes the source: save the definitions of the "
                      "configuration and of the generated columns over it, drop them on the source, migrate, then "
                      "recreate them on the target and on the source (a recreated column moves to the table's end).")
                       .arg(stuck.join(QStringLiteral("; ")));
        return c;
    }
    if (options.fixTextSearch && !notOwned.isEmpty()) {
        c.remedy = tr("Lending a configuration to its extension (ALTER EXTENSION … ADD) needs the source login to own "
                      "both: %1. Log in as a superuser, or as their owner.")
                       .arg(notOwned.join(QStringLiteral("; ")));
        return c;
    }
    if (options.fixTextSearch) {
        c.severity = CheckResult::Severity::Warning;
        c.remedy = tr("The fix-up is chosen. For the length of each dump, the configuration is lent to its extension on "
                      "the source (ALTER EXTENSION … ADD TEXT SEARCH CONFIGURATION), so pg_dump skips it; it is created on "
                      "the target before the restore (%1), so the dependent columns and indexes are restored with it; "
                      "then it is given back (… DROP TEXT SEARCH CONFIGURATION). Nothing is dropped or rewritten on "
                      "the source; the change and its undo are in the session record.")
                       .arg(copies.join(QStringLiteral(", ")));
        return c;
    }
    c.fix = QStringLiteral("fixTextSearch");
    c.remedy = tr("To dump it, pg_dump asks the parser for its token names, which crashes the server with pg_jieba "
                  "(pg_jieba issue #39). Let pgcrossing carry it apart (--fix-text-search, or \"Fix this\" in the wizard): "
                  "it is lent to its extension for the length of the dump, created on the target as %1 before the "
                  "restore, and given back; the generated columns are never dropped.")
                   .arg(copies.join(QStringLiteral(", ")));
    return c;
}

} // namespace pgcrossing
