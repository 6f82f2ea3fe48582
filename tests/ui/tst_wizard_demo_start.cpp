// "Try the demo" when no demo runs yet: the wizard starts the two local PostgreSQL servers itself (off
// the UI thread), lands on the Hosts page with both sides filled in and answering, and stops the
// servers when it closes.
#include "CliRun.h"
#include "EndpointForm.h"
#include "HostsPage.h"
#include "MigrationWizard.h"
#include "StartPage.h"

#include <QDir>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing;
using namespace pgcrossing::test;

class TstWizardDemoStart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wizardStartsAndStopsTheDemo()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir base(QDir::tempPath() + QStringLiteral("/pgx_demo_XXXXXX"));
        QVERIFY(base.isValid());
        // The servers run as the postgres user, who must reach their folder.
        QVERIFY(QFile::setPermissions(base.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                                       QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                       QFileDevice::ExeOther));
        const QString dir = base.filePath(QStringLiteral("demo"));
        qputenv("PGCROSSING_DEMO_DIR", dir.toUtf8());
        QTemporaryDir sessions;
        {
            MigrationWizard w;
            w.setSessionsRoot(sessions.path());
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.startPage()->chooseDemo();
            w.next(); // starts the servers; the page goes on by itself once they run
            QCOMPARE(w.currentId(), int(MigrationWizard::Start));
            QVERIFY(!w.startPage()->isEnabled()); // no second click while it starts
            // Started, or refused with the demo's own words on the Start page (said at once, not after the bound).
            QTRY_VERIFY_WITH_TIMEOUT(w.currentId() == int(MigrationWizard::Hosts) || w.startPage()->isEnabled(), 300000);
            QVERIFY2(w.currentId() == int(MigrationWizard::Hosts), qPrintable(w.startPage()->demoNote()->text()));
            QCOMPARE(w.hostsPage()->sourceForm()->endpoint().pg.port, 55442);
            QCOMPARE(w.hostsPage()->targetForm()->endpoint().pg.port, 55443);
            w.hostsPage()->sourceForm()->testConnection();
            w.hostsPage()->targetForm()->testConnection();
            QTRY_VERIFY_WITH_TIMEOUT(w.hostsPage()->isComplete(), 120000);
            QVERIFY(w.hostsPage()->sourceForm()->resultText().contains(QStringLiteral("PostgreSQL 15")));
            QVERIFY(processArgvContains(dir.toUtf8()));
        }
        // The wizard closed: its demo servers are gone.
        QVERIFY(!processArgvContains(dir.toUtf8()));
    }
};

QTEST_MAIN(TstWizardDemoStart)
#include "tst_wizard_demo_start.moc"
