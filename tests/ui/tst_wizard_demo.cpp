// The wizard frame on the demo: it opens on the Welcome page and tells the user where the demo's two
// servers are and how to drive them headlessly. Saves a screenshot when PGX_SCREENSHOT_DIR is set.
#include "MigrationWizard.h"
#include "Sandbox.h"

#include <QApplication>
#include <QLabel>
#include <QtTest>

using namespace pgcrossing;

class TstWizardDemo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void demoPageNamesBothServers()
    {
        const test::Sandbox &s = test::Sandbox::instance();
        QVERIFY2(s.isUp(), "the sandbox is not up");
        MigrationWizard wizard;
        wizard.setDemoEnvironment(s.dir() + QStringLiteral("/env"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QString text;
        for (const QLabel *l : wizard.findChildren<QLabel *>())
            text += l->text();
        QVERIFY2(text.contains(s.value(QStringLiteral("PGX_SRC_PGPORT"))) && text.contains(s.value(QStringLiteral("PGX_DST_PGPORT"))),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("pgcrossing-cli migrate")));
        const QString dir = qEnvironmentVariable("PGX_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(wizard.grab().save(dir + QStringLiteral("/wizard-demo.png")));
    }
};

QTEST_MAIN(TstWizardDemo)
#include "tst_wizard_demo.moc"
