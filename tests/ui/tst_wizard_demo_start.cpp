// "Try the demo" when no demo runs yet: the wizard starts the two local PostgreSQL servers itself (off
// the UI thread), lands on the Hosts page with both sides filled in and answering, and stops the
// servers when it closes — on the next free ports when something else holds its usual one. "Reset the demo" puts it back as new after a run left the source read-only
// and the target full.
#include "CliRun.h"
#include "EndpointForm.h"
#include "HostsPage.h"
#include "MigrationWizard.h"
#include "StartPage.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTcpServer>
#include <QTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing;
using namespace pgcrossing::test;

namespace {
// psql on one of the demo's clusters, as the sandbox script gives it.
QString demoSql(const QString &dir, const QString &side, const QString &sql)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGX_SANDBOX_DIR"), dir);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("bash"), {QStringLiteral(PGX_SOURCE_DIR "/tests/sandbox/sandbox.sh"), QStringLiteral("psql"), side,
                                     QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-d"), QStringLiteral("postgres"),
                                     QStringLiteral("-c"), sql});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}
} // namespace

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
        // Something else (another demo, a user's own server) already listens on the demo's usual port.
        QTcpServer squatter;
        const bool squatted = squatter.listen(QHostAddress::LocalHost, 55442);
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
            const int srcPort = w.hostsPage()->sourceForm()->endpoint().pg.port;
            const int dstPort = w.hostsPage()->targetForm()->endpoint().pg.port;
            QVERIFY2(srcPort != 55442 || !squatted, "the demo took a port something else listens on");
            QVERIFY(srcPort >= 55442 && srcPort < 55542);
            QVERIFY(dstPort >= 55443 && dstPort < 55543);
            QVERIFY(srcPort != dstPort);
            w.hostsPage()->sourceForm()->testConnection();
            w.hostsPage()->targetForm()->testConnection();
            QTRY_VERIFY_WITH_TIMEOUT(w.hostsPage()->isComplete(), 120000);
            QVERIFY(w.hostsPage()->sourceForm()->resultText().contains(QStringLiteral("PostgreSQL 15")));
            QVERIFY(processArgvContains(dir.toUtf8()));

            // A stop-write run with writes held leaves this behind: the source read-only, the target full.
            demoSql(dir, QStringLiteral("src"), QStringLiteral("ALTER DATABASE account SET default_transaction_read_only = on"));
            demoSql(dir, QStringLiteral("dst"), QStringLiteral("CREATE DATABASE account"));
            QCOMPARE(demoSql(dir, QStringLiteral("dst"), QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'account'")),
                     QStringLiteral("1"));
            w.back();
            QCOMPARE(w.currentId(), int(MigrationWizard::Start));
            QPushButton *reset = w.startPage()->resetDemoButton();
            QVERIFY(reset->isEnabled());
            bool asked = false;
            QTimer::singleShot(0, &w, [&asked] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QCOMPARE(box->objectName(), QStringLiteral("resetDemoQuestion"));
                for (QAbstractButton *b : box->buttons())
                    if (box->buttonRole(b) == QMessageBox::DestructiveRole) {
                        asked = true;
                        b->click();
                    }
            });
            QTest::mouseClick(reset, Qt::LeftButton);
            QVERIFY(asked);
            QVERIFY(!w.startPage()->isEnabled()); // no second click while it resets
            QTRY_VERIFY_WITH_TIMEOUT(w.startPage()->isEnabled(), 300000);
            QVERIFY2(w.startPage()->demoNote()->text().contains(QStringLiteral("as new")), qPrintable(w.startPage()->demoNote()->text()));
            QCOMPARE(demoSql(dir, QStringLiteral("dst"), QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'account'")),
                     QStringLiteral("0"));
            QCOMPARE(demoSql(dir, QStringLiteral("src"),
                             QStringLiteral("SELECT count(*) FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase "
                                            "WHERE d.datname = 'account'")),
                     QStringLiteral("0"));
            QCOMPARE(w.currentId(), int(MigrationWizard::Start)); // a reset does not move on by itself
        }
        // The wizard closed: its demo servers are gone.
        QVERIFY(!processArgvContains(dir.toUtf8()));
    }
};

QTEST_MAIN(TstWizardDemoStart)
#include "tst_wizard_demo_start.moc"
