#pragma once
#include "model/CatalogFacts.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTreeWidget;

namespace pgcrossing {

class MigrationWizard;

// The source's databases with their sizes: pick which to carry and the name each gets on the target
// (existing target databases flagged), include the roles they need; below, the selected database's
// tables by size with a bar each, so the DBA sees where the bytes are.
class DatabasesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit DatabasesPage(MigrationWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // Ticks exactly these source databases (tests, plans).
    void select(const QStringList &names);
    QTreeWidget *databaseList() const { return m_list; }
    QTableWidget *tableSizes() const { return m_tables; }
    QLabel *tablesTitle() const { return m_tablesTitle; }

private:
    void showTables(const QString &db);
    void updateSummary();
    MigrationWizard *m_wizard;
    QTreeWidget *m_list;
    QCheckBox *m_roles;
    QLineEdit *m_owner;
    QLabel *m_summary;
    QLabel *m_tablesTitle;
    QTableWidget *m_tables;
    QFutureWatcher<QList<TableInfo>> m_watch;
    QString m_watchDb;
    QString m_watchError;
    QHash<QString, QList<TableInfo>> m_cache;
};

} // namespace pgcrossing
