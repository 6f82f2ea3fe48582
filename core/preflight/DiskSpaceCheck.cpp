#include "DiskSpaceCheck.h"

#include "migration/HostFiles.h"
#include "migration/PlanBuilder.h"
#include "migration/steps/DumpFileStep.h"
#include "postgres/Catalog.h"
#include "postgres/PgClient.h"
#include "remote/DiskFree.h"
#include "remote/LocalShell.h"

#include <QLocale>
#include <QMap>
#include <QSet>

namespace pgcrossing {

namespace {
// Even an empty database dumps its schema; a disk with no room at all must not pass.
constexpr qint64 kMinDumpBytes = 64 * 1024;

QString size(qint64 bytes) { return QLocale::c().formattedDataSize(bytes); }

// One place that will be written to, and what it must hold.
struct Place {
    CheckResult row;
    Shell *shell = nullptr;
    QString path;
    qint64 need = 0;
    QStringList why;      // what the need is made of, for "expected"
    QStringList shares;   // titles of other places found on the same filesystem
    DiskFree df;
};
} // namespace

QList<CheckResult> DiskSpaceCheck::run(PreflightContext &ctx) const
{
    const PgClient &source = *ctx.source;
    const PgClient &target = *ctx.target;
    const PlanOptions &options = ctx.options;
    const QString &sessionDir = ctx.sessionDir;
    const bool backup = options.mode == PlanOptions::Mode::BackupOnly;
    const bool dumpOnSource = backup ? options.backupOnSourceHost : options.transfer == PlanOptions::Transfer::Files;
    const bool dumpOnTarget = options.writesTarget() && options.transfer == PlanOptions::Transfer::Files;
    const bool backupHere = backup && !options.backupOnSourceHost &&
                            !(options.backupDir.isEmpty() && sessionDir.isEmpty());
    const bool restore = options.writesTarget();

    // What is to be carried: the source databases' sizes and what pg_dump will read of them.
    const Catalog src(source);
    QString error;
    QMap<QString, qint64> present;
    for (const DatabaseInfo &d : src.databases(&error))
        present.insert(d.name, d.bytes);
    qint64 sourceBytes = 0, dumpBytes = 0;
    QStringList carried;
    for (const DatabaseMapping &m : options.databases) {
        if (!present.contains(m.source) || !error.isEmpty())
            continue; // the "databases exist" check reports it
        carried << m.source;
        sourceBytes += present.value(m.source);
        if (dumpOnSource || dumpOnTarget || backupHere)
            dumpBytes += qMax(kMinDumpBytes, src.dataBytes(m.source, &error));
    }

    LocalShell here;
    QList<Place> places;
    const QString dumpDir = DumpFileStep::baseDir(options);
    const QString dumpWhy = tr("2 × the estimated dump of %1 (%2)").arg(carried.join(QStringLiteral(", ")), size(dumpBytes));
    const QString dumpRemedy = backup ? tr("Free space there, or keep the files in a folder with room (--dump-dir DIR).")
                                      : tr("Free space there, choose a folder with room on both hosts (--dump-dir DIR), or "
                                           "stream the data instead, which writes no files (--transfer stream).");
    auto add = [&](const QString &id, const QString &title, Shell *shell, const QString &path, qint64 need,
                   const QString &why, const QString &remedy) {
        Place p;
        p.row.id = id;
        p.row.title = title;
        p.row.severity = CheckResult::Severity::Blocker;
        p.row.remedy = remedy;
        p.shell = shell;
        p.path = path;
        p.need = need;
        p.why << why;
        places << p;
    };
    if (dumpOnSource)
        add(QStringLiteral("source.dump-space"), tr("Room for the dump files on the source host"),
            &HostFiles::hostShell(source.shell()), dumpDir, 2 * dumpBytes, dumpWhy, dumpRemedy);
    if (dumpOnTarget)
        add(QStringLiteral("target.dump-space"), tr("Room for the copied dump files on the target host"),
            &HostFiles::hostShell(target.shell()), dumpDir, 2 * dumpBytes, dumpWhy, dumpRemedy);
    if (backupHere)
        add(QStringLiteral("local.backup-space"), tr("Room for the backup files on this machine"), &here,
            PlanBuilder::backupDir(options, sessionDir), 2 * dumpBytes, dumpWhy,
            tr("Free space there, or choose a backup folder with room (--backup-dir DIR, or the backup folder of the "
               "Mode page)."));
    if (restore) {
        QString dirError;
        const QString dataDir = Catalog(target).dataDirectory(&dirError);
        const qint64 need = sourceBytes * 6 / 5;
        const QString why = tr("1.2 × the size of %1 on the source (%2)").arg(carried.join(QStringLiteral(", ")), size(sourceBytes));
        add(QStringLiteral("target.data-space"), tr("Room for the databases in the target's data directory"),
            &target.shell(), dataDir, need, why,
            tr("Free space on the target's data disk or grow the volume, or carry fewer databases at a time: "
               "PostgreSQL stops when its disk fills."));
        if (dataDir.isEmpty()) {
            // Not measurable without the right: say so, and what to look at by hand.
            Place &p = places.last();
            p.shell = nullptr;
            p.row.severity = CheckResult::Severity::Warning;
            p.row.status = dirError.isEmpty() ? CheckResult::Status::Skipped : CheckResult::Status::Error;
            p.row.found = dirError.isEmpty() ? tr("unknown: the target's user may not read data_directory") : dirError;
            p.row.expected = tr("≥ %1 free: %2").arg(size(need), why);
            p.row.remedy = tr("Check by hand that the target's data directory has %1 free (df -h on the server), or log in "
                              "as a superuser or a member of pg_read_all_settings.").arg(size(need));
        }
    }

    for (Place &p : places) {
        if (!error.isEmpty()) {
            p.shell = nullptr;
            p.row.status = CheckResult::Status::Error;
            p.row.found = tr("cannot read the source's sizes: %1").arg(error);
        } else if (p.shell) {
            p.df = DiskFree::measure(*p.shell, p.path);
        }
    }
    // Places on one filesystem of one host hold everything at once: add their needs up in one row.
    for (int i = 0; i < places.size(); ++i) {
        for (int j = i + 1; j < places.size(); ++j) {
            const Place &a = places[i], &b = places[j];
            if (!a.shell || !b.shell || !a.df.ok || !b.df.ok || a.shell->hostLabel() != b.shell->hostLabel() ||
                a.df.filesystem != b.df.filesystem || a.df.mount != b.df.mount)
                continue;
            places[i].need += b.need;
            places[i].why += b.why;
            places[i].shares << QStringLiteral("%1 (%2)").arg(b.path, b.row.title);
            places.removeAt(j--);
        }
    }

    QList<CheckResult> out;
    for (Place &p : places) {
        CheckResult &c = p.row;
        if (!p.shell) { // decided above
            out << c;
            continue;
        }
        const QString host = p.shell->hostLabel();
        c.expected = tr("≥ %1 free in %2 on %3: %4").arg(size(p.need), p.path, host, p.why.join(QStringLiteral(" + ")));
        if (!p.df.ok) {
            c.status = CheckResult::Status::Error;
            c.found = tr("cannot measure the free space of %1 on %2: %3").arg(p.path, host, p.df.error);
            c.remedy = tr("Check that df runs there and that the folder's parent is readable; then run this check again.");
            out << c;
            continue;
        }
        const QString where = p.df.measured == p.path
                                  ? p.path
                                  : tr("%1 (not there yet: measured at %2)").arg(p.path, p.df.measured);
        c.found = tr("%1 free in %2 on %3 (%4 on %5), %6 needed")
                      .arg(size(p.df.freeBytes), where, host, p.df.filesystem, p.df.mount, size(p.need));
        if (!p.shares.isEmpty())
            c.found += QLatin1String("; ") + tr("the same filesystem also holds %1").arg(p.shares.join(QStringLiteral(", ")));
        if (p.df.freeBytes < p.need) {
            c.status = CheckResult::Status::Failed;
            c.found = tr("short by %1: ").arg(size(p.need - p.df.freeBytes)) + c.found;
        }
        out << c;
    }
    return out;
}

} // namespace pgcrossing
