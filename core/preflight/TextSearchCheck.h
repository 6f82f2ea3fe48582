#pragma once
#include "Check.h"

#include <QCoreApplication>

namespace pgcrossing {

// Text-search configurations over an extension's parser (the jieba_search / content_tsv case, see
// TextSearchConfigs): pg_dump would ask that parser for its token names, which crashes the source server
// with pg_jieba. A blocker until the user lets the plan carry them apart (fixTextSearch), then a warning
// that says exactly what is lent on the source and for how long; a blocker whatever the choice when one
// cannot be carried (no identical configuration in the extension, or outside the public schema). For a
// backup no fix-up (it would leave the configuration out of the file): a blocker for pg_jieba, whose parser
// is known to crash, a warning for other parsers. A row per database.
class TextSearchCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(TextSearchCheck)
public:
    bool appliesTo(const PreflightContext &ctx) const override { return ctx.serversAnswer() && ctx.dumps(); }
    QList<CheckResult> run(PreflightContext &ctx) const override;

private:
    static CheckResult judge(const PreflightContext &ctx, const QString &database);
};

} // namespace pgcrossing
