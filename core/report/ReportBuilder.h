#pragma once
#include "ReportDocument.h"
#include "model/EndState.h"
#include "model/Verification.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace pgcrossing {

// Decides what a session report says, and in which order, from the JSON of a session record (the
// truth; see SessionRecord::toJson): outcome, basic facts, databases, environment, preflight, steps,
// verification, changes made on the source, files kept, state of the target databases, rollback steps
// derived from all of these, warnings and every command. It reads the JSON defensively — any field may
// be missing, since records come from older versions, crashed sessions and a verifier that evolves —
// and writes words a DBA expects, through tr() (context "Report"), with a word or icon beside every
// colour. Outcomes, statuses and verdicts are read into the model's enums (the verification through
// Verification::fromJson) and named by their one table of words, the same the pages and the CLI use. Renderers (MarkdownReport, HtmlReport) only format the ReportDocument it returns.
class ReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    // recordPath: where the JSON record lives, for the revert command; empty gives a placeholder.
    static ReportDocument build(const QJsonObject &record, const QString &recordPath = QString());

    static QString humanBytes(qint64 bytes);
    // How an end state stands out, the same in the report and on every page: Ok only for a plain
    // Succeeded, Warning with warnings or incomplete, Bad when failed, Muted when cancelled.
    static ReportTone outcomeTone(SessionOutcome outcome);
    // How one table's or inventory item's comparison stands out, the same in the report and on the Verify
    // page (its icon and colour): Ok when equal; Bad for every difference the verdict counts — differs, only
    // on the source and only on the target alike (each makes the verification Different and the session
    // Failed, so none may look milder than that); Error when it could not be compared; Info for what is
    // shown for the record only.
    static ReportTone statusTone(TableStatus status);
    static ReportTone statusTone(InventoryStatus status);
    static QString humanDuration(qint64 millis);
    // An SQL identifier in double quotes, with every double quote inside doubled.
    static QString quoteIdent(const QString &name);

private:
    ReportBuilder(const QJsonObject &record, const QString &recordPath);

    void addTitle();
    void addSession();
    void addDatabases();
    void addEnvironment();
    void addPreflight();
    void addSteps();
    void addVerification();
    void addSourceChanges();
    void addArtifacts();
    void addTargets();
    void addRollback();
    void addWarnings();
    void addCommands();
    void addFooter();

    QString modeWord() const;
    QString modeName() const;
    bool finished() const;
    QString timeText(const QString &iso) const;
    QString durationBetween(const QString &startIso, const QString &endIso) const;
    QString yesNo(bool value) const;
    QString verificationSummary() const;
    // The latest verification found a difference in this target database, or could not compare it.
    bool verifiedBad(const QJsonObject &target) const;

    QJsonObject m_record;
    QJsonObject m_options;
    EndState m_end;   // how the session ended, judged from the record
    Verification m_verification;
    QString m_recordPath;
    ReportDocument m_doc;
};

} // namespace pgcrossing
