#pragma once
#include "Check.h"

#include <QCoreApplication>
#include <QList>

namespace pgcrossing {

// What the two login roles must be allowed to do for the chosen mode, read from the catalogs before
// anything runs — a non-superuser otherwise fails half-way, after the target was half built. The
// source role must read every table and sequence pg_dump dumps (SELECT, USAGE on the schema, past
// row-level security) and its large objects; pg_dumpall (backup of globals, or roles created on the
// target) reads pg_authid, which only a superuser may; holding writes runs ALTER DATABASE … SET
// default_transaction_read_only (owner) and pg_terminate_backend (pg_signal_backend), and stop-write
// reads other users' session states (pg_read_all_stats). The target role must create the databases
// (CREATEDB) owned by their source owners and restore object ownership (membership in those roles),
// create the missing roles (CREATEROLE; superuser for superuser/replication/bypassrls roles and for
// the GRANTED BY of their memberships), and own a database it renames aside. One row per side, a
// blocker listing each missing right; the remedy holds the statements a superuser would run.
class PrivilegesCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(PrivilegesCheck)
public:
    // source.privileges always; target.privileges for the modes that write the target. Only for databases
    // that exist (the source.databases row passed).
    bool appliesTo(const PreflightContext &ctx) const override { return ctx.serversAnswer() && ctx.dumps() && ctx.databasesExist; }
    QList<CheckResult> run(PreflightContext &ctx) const override;
};

} // namespace pgcrossing
