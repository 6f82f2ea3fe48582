#include "PlanSummary.h"

#include "WizardState.h"

#include <QDir>

namespace pgcrossing {

QString PlanSummary::html(const WizardState &s, const PlanOptions &o)
{
    const Plan plan = MigrationSession::plan(o, s.session ? s.session->dir() : QDir::tempPath());
    QStringList source, target;
    for (const auto &step : plan.steps) {
        if (step->touchesSource())
            source << step->title().toHtmlEscaped();
        if (step->touchesTarget())
            target << step->title().toHtmlEscaped();
    }
    QStringList dbs;
    for (const DatabaseMapping &m : o.databases)
        dbs << (m.source == m.target ? m.source : m.source + QStringLiteral(" → ") + m.target).toHtmlEscaped();
    QString html = tr("<b>%n step(s)</b> for %1.", nullptr, int(plan.steps.size())).arg(dbs.join(QStringLiteral(", ")));
    html += QStringLiteral("<br><b>%1</b> %2").arg(tr("Source %1:").arg(s.source.fullLabel().toHtmlEscaped()),
                                                  source.isEmpty() ? tr("only read, never changed.")
                                                                   : tr("changed by: %1 (recorded, undone from the report).")
                                                                         .arg(source.join(QStringLiteral("; "))));
    html += QStringLiteral("<br><b>%1</b> %2").arg(tr("Target %1:").arg(s.target.fullLabel().toHtmlEscaped()),
                                                  target.isEmpty() ? tr("not touched.")
                                                                   : tr("written by: %1.").arg(target.join(QStringLiteral("; "))));
    if (o.replaceExisting)
        html += QStringLiteral("<br>") + tr("Existing target databases with these names are renamed aside, not dropped.");
    return html;
}

} // namespace pgcrossing
