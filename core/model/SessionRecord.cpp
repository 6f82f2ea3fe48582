#include "SessionRecord.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace pgcrossing {

namespace {
QString iso(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); }
QDateTime fromIso(const QJsonValue &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }
QString s(const QJsonObject &o, const char *k) { return o.value(QLatin1String(k)).toString(); }
} // namespace

SessionRecord SessionRecord::create(const Endpoint &source, const Endpoint &target, const PlanOptions &options)
{
    SessionRecord r;
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.id = r.createdAt.toString(QStringLiteral("yyyyMMdd-HHmmss-")) +
           QUuid::createUuid().toString(QUuid::Id128).left(6);
    r.toolVersion = QStringLiteral(PGCROSSING_VERSION_STRING);
    r.source = source;
    r.source.role = QStringLiteral("source");
    r.target = target;
    r.target.role = QStringLiteral("target");
    r.options = options;
    return r;
}

StepRecord *SessionRecord::step(const QString &id)
{
    for (auto &s : steps)
        if (s.id == id)
            return &s;
    return nullptr;
}

TargetState *SessionRecord::targetState(const QString &database)
{
    for (auto &t : targets)
        if (t.database == database)
            return &t;
    targets.append(TargetState{database});
    return &targets.last();
}

SourceChange *SessionRecord::change(const QString &id)
{
    for (auto &c : changes)
        if (c.id == id)
            return &c;
    return nullptr;
}

QJsonObject SessionRecord::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("format")] = QStringLiteral("pgcrossing-session/1");
    o[QStringLiteral("id")] = id;
    o[QStringLiteral("createdAt")] = iso(createdAt);
    o[QStringLiteral("finishedAt")] = iso(finishedAt);
    o[QStringLiteral("toolVersion")] = toolVersion;
    o[QStringLiteral("outcome")] = codeOf(outcome());   // the end state, for readers of the JSON
    o[QStringLiteral("run")] = codeOf(run);
    o[QStringLiteral("outcomeMessage")] = outcomeMessage;
    o[QStringLiteral("source")] = source.toJson();
    o[QStringLiteral("target")] = target.toJson();
    o[QStringLiteral("options")] = options.toJson();
    o[QStringLiteral("environment")] = environment;
    o[QStringLiteral("preflight")] = preflight;
    QJsonArray st;
    for (const auto &x : steps)
        st.append(QJsonObject{{QStringLiteral("id"), x.id}, {QStringLiteral("title"), x.title},
                              {QStringLiteral("status"), codeOf(x.status)}, {QStringLiteral("touchesSource"), x.touchesSource},
                              {QStringLiteral("touchesTarget"), x.touchesTarget}, {QStringLiteral("started"), iso(x.started)},
                              {QStringLiteral("finished"), iso(x.finished)}, {QStringLiteral("message"), x.message},
                              {QStringLiteral("details"), x.details}});
    o[QStringLiteral("steps")] = st;
    QJsonArray cmds;
    for (const auto &c : commands)
        cmds.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("host"), c.host},
                                {QStringLiteral("command"), c.command}, {QStringLiteral("purpose"), c.purpose},
                                {QStringLiteral("started"), iso(c.started)}, {QStringLiteral("finished"), iso(c.finished)},
                                {QStringLiteral("exitCode"), c.exitCode}, {QStringLiteral("cancelled"), c.cancelled},
                                {QStringLiteral("stderrTail"), c.stderrTail}});
    o[QStringLiteral("commands")] = cmds;
    QJsonArray ch;
    for (const auto &c : changes)
        ch.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("database"), c.database},
                              {QStringLiteral("description"), c.description}, {QStringLiteral("applySql"), c.applySql},
                              {QStringLiteral("revertSql"), c.revertSql}, {QStringLiteral("applied"), iso(c.applied)},
                              {QStringLiteral("reverted"), c.reverted}, {QStringLiteral("revertedAt"), iso(c.revertedAt)},
                              {QStringLiteral("revertDatabase"), c.revertDatabase}});
    o[QStringLiteral("sourceChanges")] = ch;
    QJsonArray ar;
    for (const auto &a : artifacts)
        ar.append(QJsonObject{{QStringLiteral("kind"), a.kind}, {QStringLiteral("database"), a.database},
                              {QStringLiteral("host"), a.host}, {QStringLiteral("path"), a.path},
                              {QStringLiteral("bytes"), a.bytes}, {QStringLiteral("sha256"), a.sha256}});
    o[QStringLiteral("artifacts")] = ar;
    QJsonArray tg;
    for (const auto &t : targets)
        tg.append(QJsonObject{{QStringLiteral("database"), t.database},
                              {QStringLiteral("createdBySession"), t.createdBySession},
                              {QStringLiteral("complete"), t.complete},
                              {QStringLiteral("renamedAsideTo"), t.renamedAsideTo},
                              {QStringLiteral("empty"), t.empty}});
    o[QStringLiteral("targets")] = tg;
    o[QStringLiteral("verification")] = verification.toJson();
    o[QStringLiteral("warnings")] = QJsonArray::fromStringList(warnings);
    return o;
}

SessionRecord SessionRecord::fromJson(const QJsonObject &o)
{
    SessionRecord r;
    r.id = s(o, "id");
    r.createdAt = fromIso(o.value(QStringLiteral("createdAt")));
    r.finishedAt = fromIso(o.value(QStringLiteral("finishedAt")));
    r.toolVersion = s(o, "toolVersion");
    // An outcome this version does not know (or none): the session did not finish as far as we can tell.
    // A record from before "run" was kept: its outcome was the run's.
    r.run = fromCode(s(o, o.contains(QLatin1String("run")) ? "run" : "outcome"), SessionOutcome::Running);
    r.outcomeMessage = s(o, "outcomeMessage");
    r.source = Endpoint::fromJson(o.value(QStringLiteral("source")).toObject());
    r.source.role = QStringLiteral("source");
    r.target = Endpoint::fromJson(o.value(QStringLiteral("target")).toObject());
    r.target.role = QStringLiteral("target");
    r.options = PlanOptions::fromJson(o.value(QStringLiteral("options")).toObject());
    r.environment = o.value(QStringLiteral("environment")).toObject();
    r.preflight = o.value(QStringLiteral("preflight")).toArray();
    for (const auto &v : o.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject x = v.toObject();
        r.steps.append(StepRecord{s(x, "id"), s(x, "title"), fromCode(s(x, "status"), StepStatus::Pending),
                                  x.value(QStringLiteral("touchesSource")).toBool(),
                                  x.value(QStringLiteral("touchesTarget")).toBool(), fromIso(x.value(QStringLiteral("started"))),
                                  fromIso(x.value(QStringLiteral("finished"))), s(x, "message"), s(x, "details")});
    }
    for (const auto &v : o.value(QStringLiteral("commands")).toArray()) {
        const QJsonObject x = v.toObject();
        CommandRecord c;
        c.id = x.value(QStringLiteral("id")).toInt();
        c.host = s(x, "host");
        c.command = s(x, "command");
        c.purpose = s(x, "purpose");
        c.started = fromIso(x.value(QStringLiteral("started")));
        c.finished = fromIso(x.value(QStringLiteral("finished")));
        c.exitCode = x.value(QStringLiteral("exitCode")).toInt(-1);
        c.cancelled = x.value(QStringLiteral("cancelled")).toBool();
        c.stderrTail = s(x, "stderrTail");
        r.commands << c;
    }
    for (const auto &v : o.value(QStringLiteral("sourceChanges")).toArray()) {
        const QJsonObject x = v.toObject();
        r.changes.append(SourceChange{s(x, "id"), s(x, "database"), s(x, "description"), s(x, "applySql"),
                                      s(x, "revertSql"), fromIso(x.value(QStringLiteral("applied"))),
                                      x.value(QStringLiteral("reverted")).toBool(),
                                      fromIso(x.value(QStringLiteral("revertedAt"))), s(x, "revertDatabase")});
    }
    for (const auto &v : o.value(QStringLiteral("artifacts")).toArray()) {
        const QJsonObject x = v.toObject();
        r.artifacts.append(Artifact{s(x, "kind"), s(x, "database"), s(x, "host"), s(x, "path"),
                                    qint64(x.value(QStringLiteral("bytes")).toDouble()), s(x, "sha256")});
    }
    for (const auto &v : o.value(QStringLiteral("targets")).toArray()) {
        const QJsonObject x = v.toObject();
        r.targets.append(TargetState{s(x, "database"), x.value(QStringLiteral("createdBySession")).toBool(),
                                     x.value(QStringLiteral("complete")).toBool(), s(x, "renamedAsideTo"),
                                     x.value(QStringLiteral("empty")).toBool()});
    }
    r.verification = Verification::fromJson(o.value(QStringLiteral("verification")).toObject());
    for (const auto &v : o.value(QStringLiteral("warnings")).toArray())
        r.warnings << v.toString();
    return r;
}

bool SessionRecord::save(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0 || !f.commit()) {
        if (error)
            *error = QCoreApplication::translate("SessionRecord", "cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool SessionRecord::load(const QString &path, SessionRecord *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("SessionRecord", "cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("SessionRecord", "%1 is not a session record: %2").arg(path, pe.errorString());
        return false;
    }
    *out = fromJson(doc.object());
    return true;
}

} // namespace pgcrossing
