#pragma once
#include "migration/Step.h"
#include "model/PlanOptions.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace pgcrossing {

// Creates on the target the roles the chosen databases need (NeededRoles) that it lacks, from
// `pg_dumpall --roles-only`, with their attributes and memberships; the source's other roles are not copied. A role that already exists on the target is reported and left
// exactly as it is (never ALTERed: that could change a password the target's users rely on).
class CopyGlobalsStep : public Step {
    Q_DECLARE_TR_FUNCTIONS(CopyGlobalsStep)

public:
    explicit CopyGlobalsStep(PlanOptions options) : m_options(std::move(options)) {}
    QString id() const override { return QStringLiteral("copy-roles"); }
    QString title() const override { return tr("Create missing roles on the target"); }
    double weight() const override { return 0.3; }
    bool touchesTarget() const override { return true; }
    StepResult run(StepContext &ctx) override;

    // Keeps the statements of a pg_dumpall roles script that concern roles in `create` (CREATE/ALTER
    // ROLE of those roles, GRANTs whose member is one of them); drops the rest. Exposed for tests.
    static QString filterRolesScript(const QString &script, const QSet<QString> &create);
    // Reads the role name a statement starts with, after `prefix` ("CREATE ROLE "), unquoting it.
    static QString leadingIdent(const QString &text, qsizetype from, qsizetype *end = nullptr);

private:
    PlanOptions m_options;
};

} // namespace pgcrossing
