#include "PlanSummary.h"

#include "WizardState.h"

#include <QDir>

namespace pgcrossing {

namespace {
// Step numbers as a reader writes them: 3–5, 7.
QString stepNumbers(const QList<int> &numbers)
{
    QStringList parts;
    for (int i = 0; i < numbers.size();) {
        int j = i;
        while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1)
            ++j;
        parts << (j > i ? QStringLiteral("%1–%2").arg(numbers[i]).arg(numbers[j]) : QString::number(numbers[i]));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

QString PlanSummary::html(const WizardState &s, const PlanOptions &o)
{
    const Plan plan = MigrationSession::plan(o, s.session ? s.session->dir() : QDir::tempPath());
    QStringList items, sourceTitles;
    QList<int> source, target;
    int checkNoWriters = 0, holdWrites = 0;
    for (int i = 0; i < plan.steps.size(); ++i) {
        const auto &step = plan.steps[i];
        const int n = i + 1;
        QStringList touches;
        if (step->touchesSource()) {
            source << n;
            sourceTitles << step->title().toHtmlEscaped();
            touches << tr("changes the source");
        }
        if (step->touchesTarget()) {
            target << n;
            touches << tr("writes the target");
        }
        if (step->id() == QLatin1String("check-no-writers"))
            checkNoWriters = n;
        if (step->id() == QLatin1String("hold-writes"))
            holdWrites = n;
        QString item = step->title().toHtmlEscaped();
        if (!touches.isEmpty())
            item += QStringLiteral(" <i>— %1</i>").arg(touches.join(QStringLiteral(", ")));
        items << QStringLiteral("<li>%1</li>").arg(item);
    }
    QStringList dbs;
    for (const DatabaseMapping &m : o.databases)
        dbs << (m.source == m.target ? m.source : m.source + QStringLiteral(" → ") + m.target).toHtmlEscaped();
    // What each side undergoes first, so who stops the writes is read before the list.
    QString html = QStringLiteral("<b>%1</b> %2").arg(tr("Source %1:").arg(s.source.fullLabel().toHtmlEscaped()),
                                              source.isEmpty() ? tr("only read, never changed.")
                                                               : (source.size() == 1 ? tr("changed by: %1 (step %2; recorded, undone from the report).")
                                                                                     : tr("changed by: %1 (steps %2; recorded, undone from the report)."))
                                                                     .arg(sourceTitles.join(QStringLiteral(", ")), stepNumbers(source)));
    // Stop-write: who stops the writes, and what pgcrossing does about them.
    if (o.mode == PlanOptions::Mode::StopWrite && holdWrites == 0)
        html += QStringLiteral("<br><b>%1</b> %2")
                    .arg(tr("You stop the writes:"),
                         tr("pgcrossing does not stop them (Hold writes is off). Before you click Run, stop the applications "
                            "that write to the source databases yourself. Step %1 then checks that no session is writing: one "
                            "in a transaction or running a statement stops the run before anything is copied; idle "
                            "connections are a warning.")
                             .arg(checkNoWriters));
    else if (o.mode == PlanOptions::Mode::StopWrite)
        html += QStringLiteral("<br><b>%1</b> %2")
                    .arg(tr("pgcrossing stops the writes:"),
                         tr("step %1 makes the source databases read-only and ends their other sessions; step %2 checks that "
                            "nothing writes any more. The applications keep failing to write until you point them at the "
                            "target (the hold is undone if the run fails, and from the report).")
                             .arg(holdWrites)
                             .arg(checkNoWriters));
    html += QStringLiteral("<br><b>%1</b> %2").arg(tr("Target %1:").arg(s.target.fullLabel().toHtmlEscaped()),
                                                  target.isEmpty() ? tr("not touched.")
                                                                   : (target.size() == 1 ? tr("written by step %1.") : tr("written by steps %1."))
                                                                         .arg(stepNumbers(target)));
    if (o.replaceExisting)
        html += QStringLiteral("<br>") + tr("Existing target databases with these names are renamed aside, not dropped.");
    // Then every step, numbered, one a line, each saying what it touches.
    html += QStringLiteral("<br>") + tr("<b>%n step(s)</b> for %1:", nullptr, int(plan.steps.size())).arg(dbs.join(QStringLiteral(", ")));
    html += QStringLiteral("<ol style='margin-top:2px; margin-bottom:0px'>%1</ol>").arg(items.join(QString()));
    return html;
}

} // namespace pgcrossing
