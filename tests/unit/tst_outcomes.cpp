// The typed outcomes of model/: every enum round-trips through its JSON code and has a word for the
// user; the codes are the ones session records already hold; a verification as the verifier wrote it
// reads into typed values and writes back the same JSON.
#include "model/SessionRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

using namespace pgcrossing;

namespace {

template <typename E>
void checkTable(const QStringList &expectedCodes)
{
    QStringList codes;
    for (const E value : valuesOf<E>()) {
        const QString code = codeOf(value);
        codes << code;
        QVERIFY2(!wordOf(value).isEmpty(), qPrintable(code));
        QVERIFY2(fromCode<E>(code) == value, qPrintable(code));
    }
    QCOMPARE(codes, expectedCodes);
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
    QVERIFY(!fromCode<E>(QStringLiteral("no-such-code")).has_value());
}

// A verification exactly as VerifyStep and DatabaseVerifier wrote it before the types existed: one row
// of every shape (equal, differs with keys, strict, missing, extra, a table that failed, a database
// that could not be compared) and inventory rows of every status.
QJsonObject writtenByTheVerifier()
{
    // Backticks stand for double quotes (moc cannot read a raw string literal).
    const char *json =
        "{\n"
        "      `verdict`: `error`, `method`: `record-hash`, `millis`: 812,\n"
        "      `summary`: {`equal`: 1, `differs`: 1, `missingOnTarget`: 1, `extraOnTarget`: 1, `error`: 2, `inventoryDifferences`: 3},\n"
        "      `tables`: [\n"
        "        {`database`: `shop`, `schema`: `public`, `table`: `a`, `keyColumns`: [`id`], `sourceRows`: 3, `targetRows`: 3,\n"
        "         `sourceHash`: `11`, `targetHash`: `11`, `status`: `equal`, `sourceSha256`: `ab`, `targetSha256`: `ab`,\n"
        "         `message`: `strict sha256 identical`},\n"
        "        {`database`: `shop`, `schema`: `public`, `table`: `b`, `keyColumns`: [`k1`, `k2`], `sourceRows`: 5, `targetRows`: 4,\n"
        "         `sourceHash`: `12`, `targetHash`: `13`, `status`: `differs`, `message`: `5 rows on the source, 4 on the target`,\n"
        "         `differingKeys`: [{`key`: `(1,x)`, `kind`: `changed`}, {`key`: `(2,y)`, `kind`: `missing-on-target`},\n"
        "                           {`key`: `(3,z)`, `kind`: `extra-on-target`}]},\n"
        "        {`database`: `shop`, `schema`: `public`, `table`: `c`, `keyColumns`: [], `status`: `missing-on-target`,\n"
        "         `message`: `the table does not exist on the target`},\n"
        "        {`database`: `shop`, `schema`: `s p`, `table`: `d`, `keyColumns`: [`id`], `status`: `extra-on-target`,\n"
        "         `message`: `the table exists only on the target`},\n"
        "        {`database`: `shop`, `schema`: `public`, `table`: `e`, `keyColumns`: [`id`], `sourceRows`: -1, `targetRows`: 2,\n"
        "         `sourceHash`: ``, `targetHash`: `14`, `status`: `error`, `message`: `permission denied`},\n"
        "        {`database`: `gone`, `status`: `error`, `message`: `database \\`gone\\` does not exist`}\n"
        "      ],\n"
        "      `inventory`: [\n"
        "        {`database`: `shop`, `kind`: `index`, `key`: `public.a_pkey`, `source`: `CREATE UNIQUE INDEX …`,\n"
        "         `target`: `CREATE UNIQUE INDEX …`, `status`: `equal`},\n"
        "        {`database`: `shop`, `kind`: `size`, `key`: `shop`, `source`: `9000000`, `target`: `8000000`, `status`: `info`,\n"
        "         `message`: `sizes differ after a restore (no bloat); not a difference`},\n"
        "        {`database`: `shop`, `kind`: `sequence`, `key`: `public.a_id_seq`, `source`: `40`, `target`: `3`, `status`: `differs`,\n"
        "         `message`: `the target's sequence is behind the source's`},\n"
        "        {`database`: `shop`, `kind`: `extension`, `key`: `pg_jieba`, `source`: `1.1.1`, `status`: `missing-on-target`},\n"
        "        {`database`: `shop`, `kind`: `view`, `key`: `public.v`, `target`: `5d41402abc4b2a76`, `status`: `extra-on-target`}\n"
        "      ]\n"
        "    }\n";
    return QJsonDocument::fromJson(QByteArray(json).replace('`', '"')).object();
}

} // namespace

class TstOutcomes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyEnumRoundTripsAndHasAWord()
    {
        checkTable<SessionOutcome>({"running", "succeeded", "succeeded-with-warnings", "failed", "cancelled", "interrupted"});
        checkTable<StepStatus>({"pending", "running", "ok", "warning", "failed", "cancelled", "skipped"});
        checkTable<VerificationVerdict>({"", "equal", "different", "error"});
        checkTable<TableStatus>({"equal", "differs", "missing-on-target", "extra-on-target", "error"});
        checkTable<InventoryStatus>({"equal", "info", "differs", "missing-on-target", "extra-on-target"});
        checkTable<DifferingKey::Kind>({"changed", "missing-on-target", "extra-on-target"});
    }

    void oneWordForOneFinding()
    {
        // The report, the Verify page and the inventory say the same word for the same status.
        QCOMPARE(wordOf(TableStatus::Differs), QStringLiteral("Different"));
        QCOMPARE(wordOf(TableStatus::Equal), QStringLiteral("Identical"));
        QCOMPARE(wordOf(InventoryStatus::Differs), wordOf(TableStatus::Differs));
        QCOMPARE(wordOf(InventoryStatus::MissingOnTarget), wordOf(TableStatus::MissingOnTarget));
        QCOMPARE(wordOf(InventoryStatus::ExtraOnTarget), wordOf(TableStatus::ExtraOnTarget));
        QVERIFY(isSuccess(SessionOutcome::SucceededWithWarnings));
        QVERIFY(!isSuccess(SessionOutcome::Failed));
        QVERIFY(isDone(StepStatus::Warning));
        QVERIFY(!isDone(StepStatus::Skipped));
        QVERIFY(!isDifference(InventoryStatus::Info));
    }

    void verificationReadsAndWritesTheSameJson()
    {
        const QJsonObject before = writtenByTheVerifier();
        QVERIFY(!before.isEmpty());
        const Verification v = Verification::fromJson(before);
        QCOMPARE(v.verdict, VerificationVerdict::Error);
        QCOMPARE(v.tables.size(), 6);
        QCOMPARE(v.tables[1].differingKeys.size(), 3);
        QCOMPARE(v.tables[1].differingKeys[2].kind, DifferingKey::Kind::ExtraOnTarget);
        QVERIFY(v.tables[5].isDatabaseRow());
        QVERIFY(!v.inventory[3].target.has_value());
        QCOMPARE(v.summary.inventoryDifferences, 3);
        QCOMPARE(QJsonDocument(v.toJson()).toJson(), QJsonDocument(before).toJson());

        // The counts agree with the rows they count.
        VerificationSummary counted;
        for (const TableDiff &t : v.tables)
            counted.count(t);
        for (const InventoryRow &i : v.inventory)
            counted.count(i);
        QCOMPARE(counted.toJson(), v.summary.toJson());
        QCOMPARE(Verification::verdictOf(counted), VerificationVerdict::Error);

        // Not verified: the empty object, both ways.
        QCOMPARE(Verification().toJson(), QJsonObject());
        QVERIFY(Verification::fromJson(QJsonObject()).isEmpty());
    }

    void recordKeepsItsCodes()
    {
        SessionRecord r;
        r.run = SessionOutcome::SucceededWithWarnings;
        r.steps << StepRecord{QStringLiteral("verify"), QStringLiteral("Verify"), StepStatus::Skipped};
        r.verification = Verification::fromJson(writtenByTheVerifier());
        const QJsonObject o = r.toJson();
        QCOMPARE(o.value(QStringLiteral("run")).toString(), QStringLiteral("succeeded-with-warnings"));
        // The JSON's outcome is the end state: this verification could not compare everything.
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QCOMPARE(o.value(QStringLiteral("steps")).toArray().first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("skipped"));
        QCOMPARE(o.value(QStringLiteral("verification")).toObject(), writtenByTheVerifier());
        const SessionRecord back = SessionRecord::fromJson(o);
        QCOMPARE(back.run, SessionOutcome::SucceededWithWarnings);
        QCOMPARE(back.steps.first().status, StepStatus::Skipped);
        QCOMPARE(back.toJson(), o);

        // Codes this version does not know read as what is honest: not finished, not run.
        QJsonObject odd = o;
        odd[QStringLiteral("run")] = QStringLiteral("exploded");
        QCOMPARE(SessionRecord::fromJson(odd).run, SessionOutcome::Running);
        QCOMPARE(SessionRecord::fromJson(odd).outcome(), SessionOutcome::Running);
        // A record from before the run was kept apart: its outcome was the run's.
        odd.remove(QStringLiteral("run"));
        odd[QStringLiteral("outcome")] = QStringLiteral("cancelled");
        QCOMPARE(SessionRecord::fromJson(odd).run, SessionOutcome::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TstOutcomes)
#include "tst_outcomes.moc"
