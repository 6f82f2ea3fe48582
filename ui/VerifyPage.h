#pragma once
#include "migration/StepResult.h"
#include "model/Verification.h"
#include "remote/CancelToken.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTextBrowser;

namespace pgcrossing {

class MigrationWizard;

// The proof: one row per table (database, schema, table, rows and fingerprints on both sides, status),
// coloured and worded identical / different / only on the source / only on the target (differing row counts
// marked), fingerprints as short hex, a summary with the servers' versions, four filters (Identical ·
// Different · Source only · Target only) with counts, the differing keys of the selected table, and the
// inventory (extensions, sequences, indexes, constraints, sizes) in words with the selected item in full.
// "Verify again" compares both sides anew.
class VerifyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit VerifyPage(MigrationWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    void verifyAgain();
    // From Verify again until the page shows the new comparison (not only until the job ends).
    bool isRunning() const { return m_comparing; }
    void cancelAndWait();
    QTableWidget *tables() const { return m_tables; }
    QTableWidget *inventory() const { return m_inventory; }
    QLabel *summary() const { return m_summary; }
    QLabel *glance() const { return m_glance; }
    // The four filters, as compare tools name them; each shows how many rows of the tab shown it covers.
    enum class Show { Identical, Different, SourceOnly, TargetOnly };
    QCheckBox *filter(Show show) const;
    int countOf(Show show, bool inventory) const;
    QTabWidget *tabs() const { return m_tabs; }
    QTextBrowser *inventoryDetails() const { return m_inventoryDetails; }
    QPlainTextEdit *details() const { return m_details; }
    // The row of database/schema.table in the tables view, -1 if absent.
    int rowOf(const QString &database, const QString &schema, const QString &table) const;

Q_SIGNALS:
    void verified();

private:
    void render(const Verification &verification);
    void applyFilter();
    void showDetails();
    void showInventoryDetails();
    void updateFilterCounts();
    MigrationWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_glance;   // the verification at a glance: the report's bars
    QCheckBox *m_filters[4] = {};
    QPushButton *m_again;
    QTableWidget *m_tables;
    QPlainTextEdit *m_details;
    QTableWidget *m_inventory;
    QTextBrowser *m_inventoryDetails;
    QTabWidget *m_tabs;
    QFutureWatcher<StepResult> m_watch;
    bool m_comparing = false;
    CancelToken m_cancel;
    Verification m_shown;   // what the views show; rows keep their index into it
};

} // namespace pgcrossing
