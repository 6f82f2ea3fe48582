#pragma once
#include <QWizardPage>

class QLabel;
class QRadioButton;

namespace pgcrossing {

class MigrationWizard;

// What to do: a new migration, the built-in demo (two local PostgreSQL instances with sample data), or a
// plan saved earlier (from "Export plan" or written for pgcrossing-cli).
class StartPage : public QWizardPage {
    Q_OBJECT
public:
    explicit StartPage(MigrationWizard *wizard);
    void refresh();                 // the demo choice follows the wizard's demo environment
    bool validatePage() override;
    void chooseDemo();              // as if the user picked "Try the demo"
    bool loadPlan(const QString &path, QString *error);

private:
    bool fillFromDemo(QString *error);
    MigrationWizard *m_wizard;
    QRadioButton *m_new;
    QRadioButton *m_demo;
    QRadioButton *m_plan;
    QLabel *m_demoNote;
};

} // namespace pgcrossing
