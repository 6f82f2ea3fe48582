#pragma once
#include "Check.h"

#include <QCoreApplication>

namespace pgcrossing {

// One server answers: SSH, the container and the login all work, shown as one row per side whose found
// text is the error of the first layer that failed. Reads server_version_num into the context; the
// checks that query the servers run only when both answered. An unknown SSH host key leaves its
// fingerprint in the row (hostKeyFingerprint), so a front end can offer to trust it.
class ConnectCheck : public Check {
    // The texts keep the context they were first translated under.
    Q_DECLARE_TR_FUNCTIONS(PreflightRunner)
public:
    explicit ConnectCheck(PreflightContext::Side side) : m_side(side) {}

    bool appliesTo(const PreflightContext &) const override { return true; }
    QList<CheckResult> run(PreflightContext &ctx) const override;

private:
    PreflightContext::Side m_side;
};

} // namespace pgcrossing
