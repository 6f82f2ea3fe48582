#pragma once
#include "migration/Step.h"

#include <QCoreApplication>

namespace pgcrossing {

// The chosen owner (--owner ROLE): after a restore without ownership, every schema, table (partitions
// too), view, sequence, routine, type, operator, collation, conversion, statistics object, text-search
// object and large object of the new database that is not an extension's is given
// to ROLE (owned sequences follow their table; what the restoring user does not own, such as the public
// schema of pg_database_owner, keeps its owner), so the applications' role owns what it uses. Runs as the
// restoring superuser, so extensions are created as usual; they keep their owner.
class ReassignOwnerStep : public Step {
    Q_DECLARE_TR_FUNCTIONS(ReassignOwnerStep)

public:
    ReassignOwnerStep(QString database, QString owner) : m_db(std::move(database)), m_owner(std::move(owner)) {}
    QString id() const override { return QStringLiteral("owner:") + m_db; }
    QString title() const override { return tr("Give the objects of %1 to %2").arg(m_db, m_owner); }
    double weight() const override { return 0.5; }
    bool touchesTarget() const override { return true; }
    StepResult run(StepContext &ctx) override;
    static QString sql(const QString &owner);

private:
    QString m_db;
    QString m_owner;
};

} // namespace pgcrossing
