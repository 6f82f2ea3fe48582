#pragma once
#include <QWizard>

class QLabel;

namespace pgcrossing {

// The desktop wizard: hosts → databases → preflight → mode → execution → verification → report.
// For now only its frame and a welcome page exist; the pages arrive with the wizard issue. It renders
// what the core library does and never runs a command itself.
class MigrationWizard : public QWizard {
    Q_OBJECT
public:
    explicit MigrationWizard(QWidget *parent = nullptr);
    // The demo: two local PostgreSQL instances described by the sandbox's env file.
    void setDemoEnvironment(const QString &envFile);

private:
    QLabel *m_text = nullptr;
};

} // namespace pgcrossing
