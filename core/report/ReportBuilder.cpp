#include "ReportBuilder.h"

#include "model/Endpoint.h"
#include "model/PlanOptions.h"
#include "model/ServerVersion.h"
#include "model/SessionRecord.h"
#include "model/StepStatus.h"
#include "remote/ShellQuote.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>

#ifndef PGCROSSING_VERSION_STRING
#define PGCROSSING_VERSION_STRING "unknown"
#endif

namespace pgcrossing {

namespace {

// Status marks: always next to a word, so the report survives black-and-white print and colour blindness.
const QString kOk = QStringLiteral("\u2713");        // ✓
const QString kBad = QStringLiteral("\u2717");       // ✗
const QString kWarn = QStringLiteral("\u26A0");      // ⚠
const QString kInfo = QStringLiteral("\u2139");      // ℹ
const QString kError = QStringLiteral("\u2297");     // ⊗ could not run / could not compare
const QString kCancel = QStringLiteral("\u2298");    // ⊘
const QString kSkip = QStringLiteral("\u21B7");      // ↷
const QString kPending = QStringLiteral("\u25CB");   // ○
const QString kRunning = QStringLiteral("\u25B6");   // ▶
const QString kDash = QStringLiteral("\u2014");      // —

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }
QJsonObject obj(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toObject(); }
QJsonArray arr(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toArray(); }

QDateTime parseTime(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    return t;
}

bool isIntegral(double d) { return d == double(qint64(d)) && qAbs(d) < 9.0e15; }

// Any JSON value as the words a reader sees; numbers without exponent noise.
QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return isIntegral(d) ? QString::number(qint64(d)) : QString::number(d, 'g', 12);
    }
    case QJsonValue::Bool: // an option or a fact that is on or off, in the reader's words
        return v.toBool() ? QCoreApplication::translate("Report", "Yes") : QCoreApplication::translate("Report", "No");
    case QJsonValue::Array: {
        QStringList parts;
        bool scalars = true;
        for (const auto &x : v.toArray()) {
            if (x.isArray() || x.isObject())
                scalars = false;
            parts << valueText(x);
        }
        if (scalars)
            return parts.join(QStringLiteral(", "));
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QString();
    }
    return QString();
}

QString numberText(const QJsonValue &v)
{
    if (v.isDouble() && isIntegral(v.toDouble()))
        return QLocale(QLocale::English).toString(qint64(v.toDouble()));
    if (v.isString()) {
        bool ok = false;
        const qlonglong n = v.toString().toLongLong(&ok);
        if (ok)
            return QLocale(QLocale::English).toString(n);
    }
    return valueText(v);
}

bool looksSecret(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("password|passphrase|passwd|secret|token|private.?key"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(key).hasMatch();
}

void flatten(const QString &prefix, const QJsonValue &v, QList<QPair<QString, QJsonValue>> *out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty())
            out->append({prefix, QJsonValue(QString())});
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), it.value(), out);
        return;
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        bool scalars = true;
        for (const auto &x : a)
            scalars = scalars && !x.isArray() && !x.isObject();
        if (scalars) {
            out->append({prefix, v});
            return;
        }
        for (int i = 0; i < a.size(); ++i)
            flatten(QStringLiteral("%1[%2]").arg(prefix).arg(i), a.at(i), out);
        return;
    }
    out->append({prefix, v});
}

ReportCell textCell(const QString &text, ReportTone tone = ReportTone::None)
{
    ReportCell c;
    c.line << ReportSpan::plain(text.isEmpty() ? kDash : text);
    c.tone = tone;
    return c;
}

ReportCell codeCell(const QString &text)
{
    ReportCell c;
    if (text.isEmpty())
        c.line << ReportSpan::plain(kDash);
    else
        c.line << ReportSpan::code(text);
    return c;
}

ReportCell numberCell(const QJsonValue &v, ReportTone tone = ReportTone::None)
{
    ReportCell c = textCell(numberText(v), tone);
    c.numeric = true;
    return c;
}

ReportCell statusCell(const QString &icon, const QString &word, ReportTone tone)
{
    ReportCell c;
    c.line << ReportSpan::plain(icon + QLatin1Char(' ') + word);
    c.tone = tone;
    return c;
}

ReportLine line(const QString &text) { return ReportLine{ReportSpan::plain(text)}; }


struct Status {
    QString icon;
    QString word;
    ReportTone tone;
};


Status stepStatus(StepStatus s, bool sessionFinished)
{
    switch (s) {
    case StepStatus::Ok: return {kOk, wordOf(s), ReportTone::Ok};
    case StepStatus::Warning: return {kWarn, wordOf(s), ReportTone::Warning};
    case StepStatus::Failed: return {kBad, wordOf(s), ReportTone::Bad};
    case StepStatus::Cancelled: return {kCancel, wordOf(s), ReportTone::Muted};
    case StepStatus::Skipped: return {kSkip, wordOf(s), ReportTone::Muted};
    case StepStatus::Pending: break;
    case StepStatus::Running:
        // A step still running in a finished session was cut short.
        return sessionFinished ? Status{kBad, QCoreApplication::translate("Report", "Interrupted"), ReportTone::Bad}
                               : Status{kRunning, wordOf(s), ReportTone::Info};
    }
    return {kPending, wordOf(s), ReportTone::Muted};
}

// A table's or an inventory item's mark and word, in its one tone (ReportBuilder::statusTone).
Status markOf(ReportTone tone, const QString &word)
{
    switch (tone) {
    case ReportTone::Ok: return {kOk, word, tone};
    case ReportTone::Bad: return {kBad, word, tone};
    case ReportTone::Info: return {kInfo, word, tone};
    case ReportTone::Warning: return {kWarn, word, tone};
    case ReportTone::Error:
    case ReportTone::None:
    case ReportTone::Muted: break;
    }
    return {kError, word, tone};
}

Status tableStatus(TableStatus s) { return markOf(ReportBuilder::statusTone(s), wordOf(s)); }

Status inventoryStatus(InventoryStatus s) { return markOf(ReportBuilder::statusTone(s), wordOf(s)); }

} // namespace

// ---------------------------------------------------------------------------------------------------
// Public helpers

ReportTone ReportBuilder::outcomeTone(SessionOutcome outcome)
{
    switch (outcome) {
    case SessionOutcome::Succeeded: return ReportTone::Ok;
    case SessionOutcome::Cancelled: return ReportTone::Muted;
    case SessionOutcome::Failed:
    case SessionOutcome::Interrupted: return ReportTone::Bad;
    case SessionOutcome::SucceededWithWarnings:
    case SessionOutcome::Running: break;
    }
    return ReportTone::Warning;
}

ReportTone ReportBuilder::statusTone(TableStatus status)
{
    switch (status) {
    case TableStatus::Equal: return ReportTone::Ok;
    case TableStatus::Differs:
    case TableStatus::MissingOnTarget:
    case TableStatus::ExtraOnTarget: return ReportTone::Bad;
    case TableStatus::Error: break;
    }
    return ReportTone::Error;
}

ReportTone ReportBuilder::statusTone(InventoryStatus status)
{
    switch (status) {
    case InventoryStatus::Equal: return ReportTone::Ok;
    case InventoryStatus::Info: return ReportTone::Info;
    case InventoryStatus::Differs:
    case InventoryStatus::MissingOnTarget:
    case InventoryStatus::ExtraOnTarget: break;
    }
    return ReportTone::Bad;
}

QString ReportBuilder::humanBytes(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 bytes").arg(bytes);
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB", "PiB"};
    double v = double(bytes);
    int u = -1;
    do {
        v /= 1024.0;
        ++u;
    } while (v >= 1024.0 && u < 4);
    return QStringLiteral("%1 %2").arg(QString::number(v, 'f', v < 10 ? 2 : 1), QLatin1String(units[u]));
}

QString ReportBuilder::humanDuration(qint64 ms)
{
    if (ms < 0)
        return QString();
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60 * 1000)
        return tr("%1 s").arg(QString::number(ms / 1000.0, 'f', ms < 10000 ? 1 : 0));
    const qint64 s = ms / 1000;
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString ReportBuilder::quoteIdent(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

ReportDocument ReportBuilder::build(const QJsonObject &record, const QString &recordPath)
{
    ReportBuilder b(record, recordPath);
    b.m_doc.language = tr("en", "HTML lang code of the report's language");
    // What a reader files and looks for first: the outcome, whether the copy is proven, what is still
    // changed on the source and how to go back. Then the facts of the run; every command last, as an appendix.
    b.addTitle();
    b.addVerification();
    b.addSourceChanges();
    b.addRollback();
    b.addTargets();
    b.addWarnings();
    b.addSession();
    b.addDatabases();
    b.addSteps();
    b.addPreflight();
    b.addEnvironment();
    b.addArtifacts();
    b.addCommands();
    b.addFooter();
    return b.m_doc;
}

ReportBuilder::ReportBuilder(const QJsonObject &record, const QString &recordPath)
    : m_record(record), m_options(obj(record, "options")), m_end(SessionRecord::fromJson(record).endState()),
      m_verification(Verification::fromJson(obj(record, "verification"))), m_recordPath(recordPath)
{
}

// ---------------------------------------------------------------------------------------------------
// Small words

QString ReportBuilder::modeName() const
{
    const QString m = str(m_options, "mode");
    return m.isEmpty() ? QStringLiteral("copy") : m;
}

QString ReportBuilder::modeWord() const
{
    const QString m = modeName();
    const std::optional<PlanOptions::Mode> mode = fromCode<PlanOptions::Mode>(m);
    return mode ? wordOf(*mode) : m;
}

bool ReportBuilder::finished() const
{
    return m_end.outcome != SessionOutcome::Running;
}

QString ReportBuilder::timeText(const QString &iso) const
{
    const QDateTime t = parseTime(iso);
    if (!t.isValid())
        return iso;
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString ReportBuilder::durationBetween(const QString &startIso, const QString &endIso) const
{
    const QDateTime a = parseTime(startIso), b = parseTime(endIso);
    if (!a.isValid() || !b.isValid())
        return QString();
    return humanDuration(a.msecsTo(b));
}

bool ReportBuilder::verifiedBad(const QJsonObject &target) const
{
    const QString db = str(target, "database");
    for (const TableDiff &t : m_verification.tables)
        if (t.database == db && t.status != TableStatus::Equal)
            return true;
    for (const InventoryRow &i : m_verification.inventory)
        if (i.database == db && isDifference(i.status))
            return true;
    return false;
}

QString ReportBuilder::yesNo(bool value) const { return value ? tr("Yes") : tr("No"); }

// ---------------------------------------------------------------------------------------------------
// Sections

void ReportBuilder::addTitle()
{
    // The end state, judged by the one rule every front end uses (EndState), not read from a field.
    const QString word = wordOf(m_end.outcome);
    const QString title = modeName() == QLatin1String("backup") ? tr("Backup report: %1").arg(word)
                                                                : tr("Migration report: %1").arg(word);
    m_doc.title = str(m_record, "id").isEmpty() ? title : title + QStringLiteral(" \u00B7 ") + str(m_record, "id");
    m_doc.heading(1, line(title));

    const ReportTone tone = outcomeTone(m_end.outcome);
    QString icon = kWarn;
    if (tone == ReportTone::Ok)
        icon = kOk;
    else if (tone == ReportTone::Bad)
        icon = kBad;
    else if (tone == ReportTone::Muted)
        icon = kCancel;
    m_doc.banner(ReportLine{ReportSpan::plain(icon + QLatin1Char(' ')), ReportSpan::strong(word)}, tone);

    // What a reader must not miss, before any detail: every reason it is not a plain Succeeded, then
    // the verification in one line.
    QList<ReportLine> glance;
    for (const QString &reason : m_end.reasons)
        glance << ReportLine{ReportSpan::plain((isSuccess(m_end.outcome) ? kWarn : kBad) + QLatin1Char(' ') + reason)};
    if (!m_verification.isEmpty())
        glance << ReportLine{ReportSpan::plain(tr("Verification: %1").arg(verificationSummary()))};
    if (!glance.isEmpty())
        m_doc.list(glance);
}

void ReportBuilder::addSession()
{
    m_doc.heading(2, line(tr("Session")), QStringLiteral("session"));
    QList<ReportRow> rows;
    auto add = [&rows](const QString &key, const ReportCell &value) { rows << ReportRow{textCell(key), value}; };
    add(tr("Session"), codeCell(str(m_record, "id")));
    if (!m_recordPath.isEmpty())
        add(tr("Record"), codeCell(m_recordPath));
    add(tr("Started"), textCell(timeText(str(m_record, "createdAt"))));
    const QString end = str(m_record, "finishedAt");
    add(tr("Finished"), textCell(end.isEmpty() ? tr("did not finish") : timeText(end),
                                 end.isEmpty() ? ReportTone::Warning : ReportTone::None));
    add(tr("Duration"), textCell(durationBetween(str(m_record, "createdAt"), end)));
    add(tr("Tool version"), textCell(str(m_record, "toolVersion").isEmpty()
                                         ? QString()
                                         : QStringLiteral("pgcrossing ") + str(m_record, "toolVersion")));
    add(tr("Mode"), textCell(modeWord()));
    add(tr("Source"), codeCell(Endpoint::fromJson(obj(m_record, "source")).detailLabel()));
    add(tr("Target"), codeCell(Endpoint::fromJson(obj(m_record, "target")).detailLabel()));

    // Only what took effect in this mode: a backup has no transfer or replace, a copy holds no writes.
    const PlanOptions o = PlanOptions::fromJson(m_options);
    const bool writes = o.writesTarget();
    QStringList opts;
    if (writes)
        opts << tr("Transfer: %1").arg(o.transfer == PlanOptions::Transfer::Files ? tr("dump files") : tr("stream (no file)"));
    if (o.mode != PlanOptions::Mode::VerifyOnly)
        opts << tr("Roles (globals): %1").arg(o.includeGlobals ? tr("copied") : tr("not copied"));
    if (writes)
        opts << tr("Existing target database: %1").arg(o.replaceExisting ? tr("renamed aside") : tr("refused"));
    if (o.mode == PlanOptions::Mode::StopWrite)
        opts << tr("Stop writes on the source: %1").arg(yesNo(o.holdWrites));
    if (writes)
        opts << tr("Exit on error: %1").arg(yesNo(o.exitOnError));
    if (writes && o.noOwner)
        opts << tr("Do not save: Owner");
    if (o.mode != PlanOptions::Mode::VerifyOnly)
        opts << tr("Compression: %1").arg(o.compression);
    if (writes)
        opts << tr("Verify: %1").arg(yesNo(o.verify));
    if (!opts.isEmpty())
        add(tr("Options"), textCell(opts.join(QStringLiteral(" \u00B7 "))));
    if (!str(m_options, "backupDir").isEmpty())
        add(tr("Backup directory"), codeCell(str(m_options, "backupDir")));
    const QJsonArray strict = arr(m_options, "strictTables");
    if (!strict.isEmpty())
        add(tr("Strict tables (ordered SHA-256)"), textCell(valueText(strict)));
    m_doc.table({tr("Item"), tr("Value")}, rows);
}

void ReportBuilder::addDatabases()
{
    m_doc.heading(2, line(tr("Databases")), QStringLiteral("databases"));
    const QJsonArray dbs = arr(m_options, "databases");
    QList<ReportRow> rows;
    for (const auto &v : dbs) {
        QString source, target;
        if (v.isString()) {
            source = target = v.toString();
        } else {
            source = str(v.toObject(), "source");
            target = str(v.toObject(), "target").isEmpty() ? source : str(v.toObject(), "target");
        }
        ReportCell note = textCell(source == target ? QString() : tr("renamed on the target"));
        rows << ReportRow{codeCell(source), codeCell(target), note};
    }
    if (rows.isEmpty()) {
        m_doc.paragraph(line(tr("The plan named no databases: every user database of the source (templates excluded).")));
        for (const auto &t : arr(m_record, "targets"))
            rows << ReportRow{textCell(QString()), codeCell(str(t.toObject(), "database")), textCell(QString())};
        if (rows.isEmpty())
            return;
    }
    m_doc.table({tr("Source database"), tr("Target database"), tr("Note")}, rows);
}

void ReportBuilder::addEnvironment()
{
    m_doc.heading(2, line(tr("Environment")), QStringLiteral("environment"));
    const QJsonObject env = obj(m_record, "environment");
    if (env.isEmpty()) {
        m_doc.paragraph(line(tr("No facts about the servers were recorded.")), ReportTone::Muted);
        return;
    }
    // What InspectStep records for each server, in the order a DBA reads it, with the words for it.
    const QList<QPair<QString, QString>> known{
        {QStringLiteral("serverVersionNum"), tr("Server version")},
        {QStringLiteral("server"), tr("Server build")},
        {QStringLiteral("serverEncoding"), tr("Server encoding")},
        {QStringLiteral("walLevel"), tr("WAL level")},
        {QStringLiteral("host"), tr("Connection")},
        {QStringLiteral("pg_dump"), tr("pg_dump version")},
        {QStringLiteral("pg_restore"), tr("pg_restore version")},
        {QStringLiteral("psql"), tr("psql version")},
    };
    auto shown = [this](const QString &key, const QJsonValue &v) -> QString {
        // Defence in depth: the record holds no secret by design; a key that names one is never shown.
        if (looksSecret(key))
            return tr("(hidden)");
        // A server_version_num is never shown raw: 150018 is 15.18.
        if (key.endsWith(QLatin1String("VersionNum"), Qt::CaseInsensitive) ||
            key.endsWith(QLatin1String("version_num"), Qt::CaseInsensitive)) {
            bool ok = false;
            const int n = v.isString() ? v.toString().toInt(&ok) : v.toInt();
            const QString text = serverVersionText(v.isString() && !ok ? 0 : n);
            return text.isEmpty() ? valueText(v) : text;
        }
        const QString text = valueText(v);
        return text == QLatin1String("not found") ? tr("not found") : text;
    };

    // The two servers side by side: known facts first, then any other fact either side recorded.
    const QJsonObject src = obj(env, "source"), dst = obj(env, "target");
    if (!src.isEmpty() || !dst.isEmpty()) {
        QList<QPair<QString, QJsonValue>> srcFacts, dstFacts;
        for (auto it = src.begin(); it != src.end(); ++it)
            flatten(it.key(), it.value(), &srcFacts);
        for (auto it = dst.begin(); it != dst.end(); ++it)
            flatten(it.key(), it.value(), &dstFacts);
        QStringList order;
        for (const auto &k : known)
            order << k.first;
        for (const auto &f : srcFacts + dstFacts)
            if (!order.contains(f.first))
                order << f.first;
        auto find = [](const QList<QPair<QString, QJsonValue>> &facts, const QString &key) -> std::optional<QJsonValue> {
            for (const auto &f : facts)
                if (f.first == key)
                    return f.second;
            return std::nullopt;
        };
        QList<ReportRow> rows;
        for (const QString &key : order) {
            const auto s = find(srcFacts, key), t = find(dstFacts, key);
            if (!s && !t)
                continue;
            QString label;
            for (const auto &k : known)
                if (k.first == key)
                    label = k.second;
            const ReportCell name = label.isEmpty() ? codeCell(key) : textCell(label);
            const bool literal = key == QLatin1String("host");
            auto cell = [&](const std::optional<QJsonValue> &v) {
                const QString text = v ? shown(key, *v) : QString();
                return literal && !text.isEmpty() ? codeCell(text) : textCell(text);
            };
            rows << ReportRow{name, cell(s), cell(t)};
        }
        // Which client tools did the work where, from the commands themselves (a --version probe is not work): a
        // command ran on a side when it ran on that side's host (the connection label begins with the host's),
        // with that side's version of it.
        auto ranOn = [&](const QJsonObject &side) {
            const QString host = str(side, "host");
            QStringList tools;
            for (const auto &v : arr(m_record, "commands")) {
                const QJsonObject c = v.toObject();
                const QString h = str(c, "host");
                if (h.isEmpty() || (host != h && !host.startsWith(h + QLatin1Char(' '))))
                    continue;
                const QString command = str(c, "command");
                const QString program = command.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('/'), -1);
                const QString version = side.value(program).toString();
                if (version.isEmpty() || command.section(QLatin1Char(' '), 1) == QLatin1String("--version")) // asked, not run
                    continue;
                const auto m = QRegularExpression(QStringLiteral("\\d+(\\.\\d+)*")).match(version);
                const QString word = m.hasMatch() ? program + QLatin1Char(' ') + m.captured(0) : program;
                if (!tools.contains(word))
                    tools << word;
            }
            return textCell(tools.isEmpty() ? tr("none") : tools.join(QStringLiteral(", ")));
        };
        rows << ReportRow{textCell(tr("Client tools that ran there")), ranOn(src), ranOn(dst)};
        m_doc.table({tr("Fact"), tr("Source"), tr("Target")}, rows);
    }

    // Anything else the record holds about the environment, by its key.
    QList<QPair<QString, QJsonValue>> other;
    for (auto it = env.begin(); it != env.end(); ++it)
        if (it.key() != QLatin1String("source") && it.key() != QLatin1String("target"))
            flatten(it.key(), it.value(), &other);
    if (!other.isEmpty()) {
        QList<ReportRow> rows;
        for (const auto &f : other)
            rows << ReportRow{codeCell(f.first), textCell(shown(f.first, f.second))};
        m_doc.table({tr("Other fact"), tr("Value")}, rows);
    }
}

void ReportBuilder::addPreflight()
{
    m_doc.heading(2, line(tr("Preflight")), QStringLiteral("preflight"));
    const QJsonArray checks = arr(m_record, "preflight");
    if (checks.isEmpty()) {
        m_doc.paragraph(line(tr("No preflight checks were recorded.")), ReportTone::Muted);
        return;
    }
    int passed = 0, warnings = 0, failed = 0, errors = 0, skipped = 0, notices = 0;
    QList<ReportRow> rows;
    for (const auto &v : checks) {
        const QJsonObject c = v.toObject();
        const QString status = str(c, "status");
        const QString severity = str(c, "severity");
        Status st{kPending, status.isEmpty() ? tr("Not run") : status, ReportTone::Muted};
        if (status == QLatin1String("passed")) {
            st = {kOk, tr("Passed"), ReportTone::Ok};
            ++passed;
        } else if (status == QLatin1String("failed")) {
            if (severity == QLatin1String("warning")) {
                st = {kWarn, tr("Warning"), ReportTone::Warning};
                ++warnings;
            } else if (severity == QLatin1String("info")) {
                st = {kInfo, tr("Notice"), ReportTone::Info};
                ++notices;
            } else {
                st = {kBad, tr("Failed"), ReportTone::Bad};
                ++failed;
            }
        } else if (status == QLatin1String("error")) {
            st = {kError, tr("Error (the check could not run)"), ReportTone::Error};
            ++errors;
        } else if (status == QLatin1String("skipped")) {
            st = {kSkip, tr("Skipped"), ReportTone::Muted};
            ++skipped;
        }
        ReportCell check = textCell(str(c, "title").isEmpty() ? str(c, "id") : str(c, "title"));
        check.hint = str(c, "id");
        if (!str(c, "database").isEmpty()) // a row about one database names it first
            check.line = ReportLine{ReportSpan::code(str(c, "database")), ReportSpan::plain(QStringLiteral(": "))} + check.line;
        ReportCell remedy = textCell(QString());
        const QString remedyText = valueText(c.value(QStringLiteral("remedy")));
        if (!remedyText.isEmpty()) {
            remedy.line.clear();
            remedy.block = remedyText;
            remedy.blockLabel = tr("Remedy for \u201c%1\u201d").arg(ReportDocument::plainText(check.line));
        }
        rows << ReportRow{check, statusCell(st.icon, st.word, st.tone), textCell(valueText(c.value(QStringLiteral("found")))),
                          textCell(valueText(c.value(QStringLiteral("expected")))), remedy};
    }
    QStringList counts{tr("Passed: %1").arg(passed), tr("Warning: %1").arg(warnings), tr("Failed: %1").arg(failed),
                       tr("Error: %1").arg(errors), tr("Skipped: %1").arg(skipped)};
    if (notices)
        counts << tr("Notice: %1").arg(notices);
    m_doc.paragraph(line(counts.join(QStringLiteral(" \u00B7 "))),
                    failed ? ReportTone::Bad : errors ? ReportTone::Error : warnings ? ReportTone::Warning : ReportTone::Ok);
    m_doc.table({tr("Check"), tr("Status"), tr("Found"), tr("Expected"), tr("Remedy")}, rows);
}

void ReportBuilder::addSteps()
{
    m_doc.heading(2, line(tr("Steps")), QStringLiteral("steps"));
    const QJsonArray steps = arr(m_record, "steps");
    if (steps.isEmpty()) {
        m_doc.paragraph(line(tr("No step was recorded.")), ReportTone::Muted);
        return;
    }
    QList<ReportRow> rows;
    int n = 0;
    for (const auto &v : steps) {
        const QJsonObject s = v.toObject();
        const QString status = str(s, "status");
        const std::optional<StepStatus> known = status.isEmpty() ? StepStatus::Pending : fromCode<StepStatus>(status);
        const Status st = known ? stepStatus(*known, finished()) : Status{kPending, status, ReportTone::Muted};

        QStringList touches;
        if (s.value(QStringLiteral("touchesSource")).toBool())
            touches << tr("Source");
        if (s.value(QStringLiteral("touchesTarget")).toBool())
            touches << tr("Target");
        ReportCell touchCell = textCell(touches.join(QStringLiteral(", ")));
        if (s.value(QStringLiteral("touchesSource")).toBool()) {
            touchCell.line = ReportLine{ReportSpan::strong(tr("Source"))};
            if (touches.size() > 1)
                touchCell.line << ReportSpan::plain(QStringLiteral(", ") + tr("Target"));
        }
        ReportCell title = textCell(str(s, "title").isEmpty() ? str(s, "id") : str(s, "title"));
        title.hint = str(s, "id");
        ReportCell message = textCell(str(s, "message"));
        if (!str(s, "details").isEmpty()) {
            message.block = str(s, "details");
            message.blockLabel = tr("More details");
            message.collapsed = true;
        }
        ReportCell duration = textCell(durationBetween(str(s, "started"), str(s, "finished")));
        duration.numeric = true;
        ReportCell number = textCell(QString::number(++n));
        number.numeric = true;
        rows << ReportRow{number, statusCell(st.icon, st.word, st.tone), title, touchCell, duration, message};
    }
    m_doc.table({tr("#"), tr("Status"), tr("Step"), tr("Touches"), tr("Duration"), tr("Message")}, rows);
}

QString ReportBuilder::verificationSummary() const
{
    const VerificationVerdict verdict = m_verification.verdict;
    QString word = wordOf(verdict);
    if (verdict == VerificationVerdict::Equal)
        word = kOk + QLatin1Char(' ') + word;
    else if (verdict == VerificationVerdict::Different)
        word = kBad + QLatin1Char(' ') + word;
    else if (verdict == VerificationVerdict::Error)
        word = kError + QLatin1Char(' ') + word;
    // The verifier's own counts where present; counted from the tables otherwise (Verification::fromJson).
    const VerificationSummary &sum = m_verification.summary;
    return tr("%1 \u2014 tables: %2 identical, %3 different, %4 missing on target (source only), "
              "%5 only on target, %6 could not be compared")
        .arg(word, QString::number(sum.equal), QString::number(sum.differs), QString::number(sum.missingOnTarget),
             QString::number(sum.extraOnTarget), QString::number(sum.errors));
}

void ReportBuilder::addVerification()
{
    m_doc.heading(2, line(tr("Verification")), QStringLiteral("verification"));
    const Verification &v = m_verification;
    if (v.isEmpty()) {
        if (m_options.contains(QStringLiteral("verify")) && !m_options.value(QStringLiteral("verify")).toBool())
            m_doc.banner(line(kWarn + QLatin1Char(' ') +
                              tr("Not verified: verification was turned off in the plan, so nothing proves the copy complete.")),
                         ReportTone::Warning);
        else if (modeName() == QLatin1String("backup"))
            m_doc.paragraph(line(tr("Backup only: there is no target to compare with. The SHA-256 of each file is under Artifacts.")));
        else
            m_doc.banner(line(kWarn + QLatin1Char(' ') + tr("Not verified: the session ended before verification.")),
                         ReportTone::Warning);
        return;
    }
    ReportTone verdictTone = ReportTone::Warning;
    switch (v.verdict) {
    case VerificationVerdict::Equal: verdictTone = ReportTone::Ok; break;
    case VerificationVerdict::Different: verdictTone = ReportTone::Bad; break;
    case VerificationVerdict::Error: verdictTone = ReportTone::Error; break;
    case VerificationVerdict::NotVerified: break;
    }
    QString summary = verificationSummary();
    if (v.millis >= 0)
        summary += tr(" (compared in %1)").arg(humanDuration(v.millis));
    m_doc.banner(line(summary), verdictTone);

    // The same counts as a picture, for the reader who looks before reading.
    {
        const VerificationSummary &sum = v.summary;
        auto segment = [](TableStatus st, int count) {
            return ReportBarSegment{wordOf(st), count, tableStatus(st).tone};
        };
        ReportBar tablesBar{tr("Tables"), {}};
        for (const auto &seg : {segment(TableStatus::Equal, sum.equal), segment(TableStatus::Differs, sum.differs),
                                segment(TableStatus::MissingOnTarget, sum.missingOnTarget),
                                segment(TableStatus::ExtraOnTarget, sum.extraOnTarget), segment(TableStatus::Error, sum.errors)})
            if (seg.count > 0)
                tablesBar.segments << seg;
        QList<ReportBar> bars{tablesBar};
        QMap<int, int> inventoryCounts;
        for (const InventoryRow &i : v.inventory)
            if (i.status != InventoryStatus::Info)
                ++inventoryCounts[int(i.status)];
        if (!inventoryCounts.isEmpty()) {
            ReportBar inventoryBar{tr("Inventory items"), {}};
            for (const InventoryStatus st : {InventoryStatus::Equal, InventoryStatus::Differs, InventoryStatus::MissingOnTarget,
                                             InventoryStatus::ExtraOnTarget})
                if (inventoryCounts.value(int(st)) > 0)
                    inventoryBar.segments << ReportBarSegment{wordOf(st), inventoryCounts.value(int(st)), inventoryStatus(st).tone};
            bars << inventoryBar;
        }
        m_doc.chart(bars, line(tr("Verification at a glance")));
    }

    // Problems first: they are what the reader looks for.
    QList<TableDiff> tables, problems;
    for (const TableDiff &t : v.tables)
        (t.status == TableStatus::Equal ? tables : problems) << t;
    tables = problems + tables;
    if (tables.isEmpty()) {
        m_doc.paragraph(line(tr("No table was compared.")), ReportTone::Warning);
    } else {
        QList<ReportRow> rows;
        for (const TableDiff &t : tables) {
            const Status st = tableStatus(t.status);
            const QJsonValue sr = t.fingerprinted ? QJsonValue(double(t.sourceRows)) : QJsonValue();
            const QJsonValue targetRowsValue = t.fingerprinted ? QJsonValue(double(t.targetRows)) : QJsonValue();
            const bool rowsDiffer = t.fingerprinted && t.sourceRows != t.targetRows;
            rows << ReportRow{codeCell(t.database), codeCell(t.schema), codeCell(t.table),
                              numberCell(sr), numberCell(targetRowsValue, rowsDiffer ? ReportTone::Bad : ReportTone::None),
                              statusCell(st.icon, st.word, st.tone), textCell(t.message)};
        }
        m_doc.table({tr("Database"), tr("Schema"), tr("Table"), tr("Source rows"), tr("Target rows"), tr("Status"), tr("Note")},
                    rows);
    }

    // Where the differences are, table by table.
    const int maxKeys = m_options.value(QStringLiteral("maxDifferingKeys")).toInt(0);
    for (const TableDiff &t : problems) {
        const QList<DifferingKey> &keys = t.differingKeys;
        if (t.status != TableStatus::Differs && keys.isEmpty())
            continue;
        m_doc.heading(3, ReportDocument::compose(tr("Differing keys in %1 (database %2)"),
                                                 {ReportSpan::code(t.qualifiedName()), ReportSpan::code(t.database)}));
        const QString keyColumns = t.keyColumns.join(QStringLiteral(", "));
        if (!keyColumns.isEmpty())
            m_doc.paragraph(ReportDocument::compose(tr("Key columns: %1"), {ReportSpan::code(keyColumns)}));
        if (keys.isEmpty()) {
            m_doc.paragraph(line(tr("No differing key was located (locating rows needs a primary key or a unique "
                                    "key; compare this table by hand or add a key).")),
                            ReportTone::Warning);
            continue;
        }
        QList<ReportLine> items;
        for (const DifferingKey &k : keys)
            items << ReportLine{ReportSpan::plain(kBad + QLatin1Char(' ') + wordOf(k.kind) + QStringLiteral(": ")),
                                ReportSpan::code(k.key)};
        m_doc.list(items);
        if (maxKeys > 0 && keys.size() >= maxKeys)
            m_doc.paragraph(line(tr("At most %1 keys are located per table: more rows may differ.").arg(maxKeys)),
                            ReportTone::Warning);
    }

    // Inventory: only what differs, with a count of the rest.
    if (!v.inventory.isEmpty()) {
        m_doc.heading(3, line(tr("Inventory (schemas, sequences, extensions, roles and other objects)")));
        QList<ReportRow> rows;
        QStringList sizes;
        int equal = 0;
        for (const InventoryRow &i : v.inventory) {
            if (i.kind == QLatin1String("query"))
                continue; // the DBA's own checks: every one shown in full below
            if (i.status == InventoryStatus::Equal) {
                ++equal;
                continue;
            }
            if (i.status == InventoryStatus::Info) {
                // Database sizes: shown for the record (seed 000 §4.1), never counted as a difference.
                sizes << tr("%1: source %2, target %3")
                             .arg(i.key, humanBytes(i.source.value_or(QString()).toLongLong()),
                                  humanBytes(i.target.value_or(QString()).toLongLong()));
                continue;
            }
            const Status st = inventoryStatus(i.status);
            rows << ReportRow{codeCell(i.database), textCell(InventoryRow::kindWord(i.kind)), codeCell(i.key), textCell(i.source.value_or(QString())),
                              textCell(i.target.value_or(QString())), statusCell(st.icon, st.word, st.tone),
                              textCell(i.message)};
        }
        if (rows.isEmpty()) {
            m_doc.paragraph(line(kOk + QLatin1Char(' ') + tr("All %1 inventory items are identical.").arg(equal)), ReportTone::Ok);
        } else {
            m_doc.table({tr("Database"), tr("Kind"), tr("Object"), tr("Source"), tr("Target"), tr("Status"), tr("Note")}, rows);
            m_doc.paragraph(line(tr("Other inventory items identical: %1.").arg(equal)));
        }
        if (!sizes.isEmpty())
            m_doc.paragraph(line(tr("Database sizes (a restored database is usually smaller: no bloat): %1.")
                                     .arg(sizes.join(QStringLiteral("; ")))));
    }

    // The DBA's own checks: each one's results side by side, equal or not (they are the runbook's
    // validation counts, asked for by name).
    QList<ReportRow> own;
    for (const InventoryRow &i : v.inventory) {
        if (i.kind != QLatin1String("query"))
            continue;
        const Status st = inventoryStatus(i.status);
        own << ReportRow{codeCell(i.database), textCell(i.key), codeCell(i.source.value_or(QString())),
                         codeCell(i.target.value_or(QString())), statusCell(st.icon, st.word, st.tone), codeCell(i.message)};
    }
    if (!own.isEmpty()) {
        m_doc.heading(3, line(tr("Your checks (run read-only on both sides)")));
        m_doc.table({tr("Database"), tr("Check"), tr("Source"), tr("Target"), tr("Status"), tr("Query")}, own);
    }

    // The evidence behind each verdict, apart from the table above so that both stay readable on paper.
    QList<ReportRow> sums;
    for (const TableDiff &t : tables) {
        if (t.sourceHash.isEmpty() && t.targetHash.isEmpty())
            continue;
        ReportCell sh = codeCell(TableDiff::shortFingerprint(t.sourceHash));
        sh.hint = t.sourceHash;
        ReportCell th = codeCell(TableDiff::shortFingerprint(t.targetHash));
        th.hint = t.targetHash;
        sums << ReportRow{codeCell(t.database), codeCell(t.qualifiedName()), sh, th};
    }
    if (!sums.isEmpty()) {
        m_doc.heading(3, line(tr("Checksums (row count and sum of row hashes, per table)")));
        m_doc.table({tr("Database"), tr("Table"), tr("Source checksum"), tr("Target checksum")}, sums);
    }
}

void ReportBuilder::addSourceChanges()
{
    m_doc.heading(2, line(tr("Changes made on the source")), QStringLiteral("source-changes"));
    const QJsonArray changes = arr(m_record, "sourceChanges");
    if (changes.isEmpty()) {
        m_doc.paragraph(line(kOk + QLatin1Char(' ') + tr("This session made no change on the source.")), ReportTone::Ok);
        return;
    }
    QList<ReportRow> rows;
    for (const auto &x : changes) {
        const QJsonObject c = x.toObject();
        const bool reverted = c.value(QStringLiteral("reverted")).toBool();
        ReportCell rev = reverted ? statusCell(kOk, str(c, "revertedAt").isEmpty()
                                                        ? tr("Yes")
                                                        : tr("Yes, at %1").arg(timeText(str(c, "revertedAt"))),
                                               ReportTone::Ok)
                                  : statusCell(kWarn, tr("No \u2014 still in place"), ReportTone::Bad);
        rows << ReportRow{textCell(str(c, "description").isEmpty() ? str(c, "id") : str(c, "description")),
                          codeCell(str(c, "database")), textCell(timeText(str(c, "applied"))), rev};
    }
    m_doc.table({tr("Change"), tr("Database"), tr("Applied"), tr("Reverted")}, rows);
    for (const auto &x : changes) {
        const QJsonObject c = x.toObject();
        const QString what = str(c, "description").isEmpty() ? str(c, "id") : str(c, "description");
        if (str(c, "revertSql").isEmpty()) {
            m_doc.paragraph(ReportDocument::compose(tr("No revert SQL was recorded for \u201c%1\u201d."), {ReportSpan::plain(what)}),
                            ReportTone::Warning);
            continue;
        }
        m_doc.code(str(c, "revertSql"), QStringLiteral("sql"),
                   ReportDocument::compose(tr("Revert SQL for \u201c%1\u201d (on the source, database %2):"),
                                           {ReportSpan::plain(what), ReportSpan::code(str(c, "database"))}));
    }
}

void ReportBuilder::addArtifacts()
{
    m_doc.heading(2, line(tr("Files kept")), QStringLiteral("artifacts"));
    const QJsonArray artifacts = arr(m_record, "artifacts");
    if (artifacts.isEmpty()) {
        m_doc.paragraph(line(tr("This session kept no file.")), ReportTone::Muted);
        return;
    }
    QList<ReportRow> rows;
    for (const auto &x : artifacts) {
        const QJsonObject a = x.toObject();
        const qint64 bytes = qint64(a.value(QStringLiteral("bytes")).toDouble(-1));
        ReportCell size = textCell(bytes < 0 ? QString()
                                   : bytes < 1024
                                       ? humanBytes(bytes)
                                       : tr("%1 (%2 bytes)").arg(humanBytes(bytes), QLocale(QLocale::English).toString(bytes)));
        size.numeric = true;
        // The record's codes ("dump", "globals", host "local") as words.
        const QString kind = str(a, "kind"), host = str(a, "host");
        const QString kindWord = kind == QLatin1String("dump")      ? tr("dump")
                                 : kind == QLatin1String("globals") ? tr("roles and tablespaces (globals)")
                                                                    : kind;
        rows << ReportRow{textCell(kindWord), codeCell(str(a, "database")),
                          textCell(host == QLatin1String("local") ? tr("local") : host),
                          codeCell(str(a, "path")), size, codeCell(str(a, "sha256"))};
    }
    m_doc.table({tr("Kind"), tr("Database"), tr("Host"), tr("Path"), tr("Size"), tr("SHA-256")}, rows);
}

void ReportBuilder::addTargets()
{
    m_doc.heading(2, line(tr("Target databases")), QStringLiteral("targets"));
    const QJsonArray targets = arr(m_record, "targets");
    if (targets.isEmpty()) {
        m_doc.paragraph(line(modeName() == QLatin1String("backup") ? tr("Backup only: nothing was restored on the target.")
                                                                   : tr("No target database was created or changed.")),
                        ReportTone::Muted);
        return;
    }
    QList<ReportRow> rows;
    for (const auto &x : targets) {
        const QJsonObject t = x.toObject();
        const bool created = t.value(QStringLiteral("createdBySession")).toBool();
        const bool complete = t.value(QStringLiteral("complete")).toBool();
        // Complete and ready are two facts: a restored database that verification found different is not ready.
        const bool differs = complete && verifiedBad(t);
        ReportCell state = !complete ? statusCell(kBad, tr("INCOMPLETE"), ReportTone::Bad)
                           : differs ? statusCell(kBad, tr("Restored, but differs from the source"), ReportTone::Bad)
                                     : statusCell(kOk, tr("Complete"), ReportTone::Ok);
        QString todo;
        if (differs)
            todo = tr("Not ready: verification found differences or could not compare it (see Verification). Do not "
                      "switch applications over until they are explained or the copy is run again.");
        else if (complete)
            todo = tr("Ready: check the applications against it before switching them over.");
        else if (created)
            todo = tr("Do not use it. Run the session again, or drop it if you abandon the migration (see Rollback).");
        else
            todo = tr("It existed before this session: check its content, or restore it from a backup, before any "
                      "application uses it.");
        ReportCell aside = codeCell(str(t, "renamedAsideTo"));
        if (!str(t, "renamedAsideTo").isEmpty())
            aside.line.prepend(ReportSpan::plain(tr("renamed to ")));
        rows << ReportRow{codeCell(str(t, "database")), textCell(yesNo(created)), state, aside,
                          textCell(todo, complete && !differs ? ReportTone::None : ReportTone::Bad)};
    }
    m_doc.table({tr("Database"), tr("Created by this session"), tr("State"), tr("Previous database"), tr("What to do")}, rows);
}

void ReportBuilder::addRollback()
{
    m_doc.heading(2, line(tr("Rollback")), QStringLiteral("rollback"));
    if (!finished())
        m_doc.banner(line(kWarn + QLatin1Char(' ') +
                          tr("The session did not finish: its record may miss the last actions. Check the source "
                             "for the changes listed here before anything else.")),
                     ReportTone::Warning);

    // 1. The source first: it is the way back, and it must be as it was.
    const QJsonArray changes = arr(m_record, "sourceChanges");
    QList<QJsonObject> pending;
    for (const auto &x : changes)
        if (!x.toObject().value(QStringLiteral("reverted")).toBool())
            pending << x.toObject();
    if (changes.isEmpty()) {
        m_doc.paragraph(line(kOk + QLatin1Char(' ') + tr("Nothing needs reverting on the source: this session changed nothing there.")),
                        ReportTone::Ok);
    } else if (pending.isEmpty()) {
        m_doc.paragraph(line(kOk + QLatin1Char(' ') +
                             tr("Nothing needs reverting on the source: every change this session made there has been reverted.")),
                        ReportTone::Ok);
    } else {
        QStringList names;
        for (const auto &c : pending)
            names << (str(c, "description").isEmpty() ? str(c, "id") : str(c, "description"));
        m_doc.banner(line(kWarn + QLatin1Char(' ') + tr("Changes this session made on the source are still in place: %1.")
                                                         .arg(names.join(QStringLiteral("; ")))),
                     ReportTone::Bad);
        const QString path = m_recordPath.isEmpty() ? QStringLiteral("<path-to-record.json>") : ShellQuote::quote(m_recordPath);
        m_doc.code(QStringLiteral("pgcrossing-cli revert --session ") + path, QStringLiteral("sh"),
                   line(tr("Revert them with:")));
        for (const auto &c : pending) {
            if (str(c, "revertSql").isEmpty())
                continue;
            m_doc.code(str(c, "revertSql"), QStringLiteral("sql"),
                       ReportDocument::compose(tr("or by hand, on the source database %1:"), {ReportSpan::code(str(c, "database"))}));
        }
    }

    if (modeName() == QLatin1String("backup")) {
        m_doc.paragraph(line(tr("This was a backup only: nothing was restored on the target and the applications still "
                                "use the source. Keep the files listed under Files kept; their SHA-256 proves them intact.")));
        return;
    }

    // 2. Going back to the source.
    const QString sourceLabel = Endpoint::fromJson(obj(m_record, "source")).detailLabel();
    QList<ReportLine> steps;
    steps << line(tr("Keep the source running, unchanged, until the applications are verified on the target: it is your way back."));
    steps << ReportDocument::compose(tr("To go back, point the applications' connection settings at the source again (%1). "
                                        "Writes made on the target after the switch exist only there: copy them back first, "
                                        "or accept losing them."),
                                     {ReportSpan::code(sourceLabel)});
    m_doc.list(steps);

    // 3. What this session left on the target.
    QStringList drops, swaps;
    for (const auto &x : arr(m_record, "targets")) {
        const QJsonObject t = x.toObject();
        const QString db = str(t, "database");
        if (db.isEmpty())
            continue;
        const QString aside = str(t, "renamedAsideTo");
        if (!aside.isEmpty()) {
            if (t.value(QStringLiteral("createdBySession")).toBool())
                swaps << QStringLiteral("DROP DATABASE %1;").arg(quoteIdent(db));
            else
                swaps << QStringLiteral("ALTER DATABASE %1 RENAME TO %2;").arg(quoteIdent(db), quoteIdent(db + QStringLiteral("_abandoned")));
            swaps << QStringLiteral("ALTER DATABASE %1 RENAME TO %2;").arg(quoteIdent(aside), quoteIdent(db));
        } else if (t.value(QStringLiteral("createdBySession")).toBool()) {
            drops << QStringLiteral("DROP DATABASE %1;").arg(quoteIdent(db));
        }
    }
    const QString targetLabel = Endpoint::fromJson(obj(m_record, "target")).detailLabel();
    if (!drops.isEmpty())
        m_doc.code(drops.join(QLatin1Char('\n')), QStringLiteral("sql"),
                   ReportDocument::compose(tr("If you abandon the migration, drop the databases this session created on the "
                                              "target (%1), after disconnecting every session from them:"),
                                           {ReportSpan::code(targetLabel)}));
    if (!swaps.isEmpty())
        m_doc.code(swaps.join(QLatin1Char('\n')), QStringLiteral("sql"),
                   ReportDocument::compose(tr("Databases that already existed on the target were renamed aside, not dropped. "
                                              "To swap them back (on the target, %1, connected to another database):"),
                                           {ReportSpan::code(targetLabel)}));
    if (drops.isEmpty() && swaps.isEmpty())
        m_doc.paragraph(line(tr("This session created no database on the target: nothing to drop there.")));
}

void ReportBuilder::addWarnings()
{
    m_doc.heading(2, line(tr("Warnings")), QStringLiteral("warnings"));
    // The end state's reasons are the warnings a reader must see (a change left on the source, a step that
    // warned, a copy not verified, a difference), with those the session recorded.
    if (m_end.reasons.isEmpty()) {
        m_doc.paragraph(line(tr("No warnings.")), ReportTone::Muted);
        return;
    }
    for (const QString &w : m_end.reasons)
        m_doc.banner(line(kWarn + QLatin1Char(' ') + w), isSuccess(m_end.outcome) ? ReportTone::Warning : ReportTone::Bad);
}

void ReportBuilder::addCommands()
{
    m_doc.heading(2, line(tr("Appendix: commands")), QStringLiteral("commands"));
    const QJsonArray commands = arr(m_record, "commands");
    if (commands.isEmpty()) {
        m_doc.paragraph(line(tr("No external command was run.")), ReportTone::Muted);
        return;
    }
    int failed = 0;
    for (const auto &x : commands) {
        const QJsonObject c = x.toObject();
        if (!c.value(QStringLiteral("cancelled")).toBool() && c.value(QStringLiteral("exitCode")).toInt(-1) != 0)
            ++failed;
    }
    m_doc.paragraph(line(tr("Commands run: %1 \u00B7 not successful: %2. Each is shown exactly as it ran (no secret is "
                            "ever placed in a command line), under its exit code, duration, start time, host and purpose.")
                             .arg(commands.size())
                             .arg(failed)));
    // One block per command, long lines wrapped: a command is read whole, never squeezed into a column.
    int n = 0;
    for (const auto &x : commands) {
        const QJsonObject c = x.toObject();
        ++n;
        const int id = c.value(QStringLiteral("id")).toInt(n);
        const int exitCode = c.value(QStringLiteral("exitCode")).toInt(-1);
        const bool cancelled = c.value(QStringLiteral("cancelled")).toBool();
        QString exit;
        ReportTone tone = ReportTone::None;
        if (cancelled) {
            exit = kCancel + QLatin1Char(' ') + tr("cancelled");
            tone = ReportTone::Muted;
        } else if (exitCode == 0) {
            exit = kOk + QLatin1Char(' ') + tr("exit code %1").arg(0);
        } else if (exitCode < 0) {
            exit = kBad + QLatin1Char(' ') + (str(c, "finished").isEmpty() ? tr("did not finish") : tr("killed"));
            tone = ReportTone::Bad;
        } else {
            exit = kBad + QLatin1Char(' ') + tr("exit code %1").arg(exitCode);
            tone = ReportTone::Bad;
        }
        // Short facts first (they line up from one block to the next), then where and why.
        QStringList facts{exit};
        const QString duration = durationBetween(str(c, "started"), str(c, "finished"));
        if (!duration.isEmpty())
            facts << duration;
        const QDateTime started = parseTime(str(c, "started"));
        if (started.isValid())
            facts << started.toUTC().toString(QStringLiteral("HH:mm:ss")) + QStringLiteral(" UTC");
        if (!str(c, "host").isEmpty())
            facts << str(c, "host");
        if (!str(c, "purpose").isEmpty())
            facts << str(c, "purpose");
        const ReportLine caption{ReportSpan::strong(QStringLiteral("#%1").arg(id)),
                                 ReportSpan::plain(QStringLiteral(" \u00B7 ") + facts.join(QStringLiteral(" \u00B7 ")))};
        m_doc.code(str(c, "command").isEmpty() ? kDash : str(c, "command"), QStringLiteral("sh"), caption, tone);
        const QString tail = str(c, "stderrTail");
        if (!tail.trimmed().isEmpty())
            m_doc.code(tail, QStringLiteral("text"),
                       line(tr("stderr of command %1 (%2 lines)").arg(id).arg(tail.trimmed().count(QLatin1Char('\n')) + 1)),
                       ReportTone::Muted, true);
    }
}

void ReportBuilder::addFooter()
{
    const QString format = str(m_record, "format");
    m_doc.paragraph(ReportDocument::compose(tr("Rendered by pgcrossing %1 from the session record %2 (%3). The JSON "
                                               "record is the truth; this report is generated from it."),
                                            {ReportSpan::plain(QStringLiteral(PGCROSSING_VERSION_STRING)),
                                             ReportSpan::code(str(m_record, "id")),
                                             ReportSpan::plain(format.isEmpty() ? tr("unknown format") : format)}),
                    ReportTone::Muted);
}

} // namespace pgcrossing
