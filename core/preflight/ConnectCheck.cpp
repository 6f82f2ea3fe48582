#include "ConnectCheck.h"

#include "postgres/PgClient.h"

namespace pgcrossing {

QList<CheckResult> ConnectCheck::run(PreflightContext &ctx) const
{
    const bool isSource = m_side == PreflightContext::Side::Source;
    const PgClient &pg = ctx.pg(m_side);
    CheckResult c = CheckResult::make(isSource ? QStringLiteral("source.connect") : QStringLiteral("target.connect"),
                         isSource ? tr("PostgreSQL on the source answers") : tr("PostgreSQL on the target answers"),
                         CheckResult::Severity::Blocker);
    c.expected = tr("a login as %1 on %2").arg(pg.connection().user, pg.label());
    const PgResult r = pg.query({}, QStringLiteral("SELECT current_setting('server_version_num'), version()"));
    if (!r.ok) {
        c.status = CheckResult::Status::Failed;
        c.found = r.error;
        // Only an unknown key may be trusted; a changed one is always refused.
        if (r.ssh.kind == SshError::Kind::HostKeyUnknown)
            c.hostKeyFingerprint = r.ssh.fingerprint;
        c.remedy = isSource ? tr("Check the host, container name, port, user and password of the source; the error "
                                 "above comes from the first layer that failed.")
                            : tr("Check the host, container name, port, user and password of the target; the error "
                                 "above comes from the first layer that failed.");
        return {c};
    }
    ctx.versionNum(m_side) = r.value(0, 0).toInt();
    c.found = r.value(0, 1).section(QLatin1Char('\n'), 0, 0).trimmed();
    return {c};
}

} // namespace pgcrossing
