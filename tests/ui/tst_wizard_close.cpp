// Closing the wizard never loses the user's work without asking: Escape (or the window's close) with a
// setup entered and nothing run asks — Stay keeps the window, Discard closes and keeps nothing, Keep as
// draft closes and leaves a draft without any password that the Start page offers next time, reopening
// the same hosts and choices. Past the Run button nothing is asked: the session record keeps it all.
#include "EndpointForm.h"
#include "HostsPage.h"
#include "MigrationWizard.h"
#include "Sandbox.h"
#include "StartPage.h"
#include "DatabasesPage.h"
#include "ModePage.h"
#include "session/SetupDraft.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace pgcrossing;
using namespace pgcrossing::test;

namespace {
const int kStepTimeout = 120000;

// Answers the close question (once it is shown) with the button whose text starts with `word`.
void answerCloseQuestion(QObject *context, const QString &word, bool *asked)
{
    QTimer::singleShot(0, context, [word, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("closeQuestion"));
        for (QAbstractButton *b : box->buttons())
            if (b->text().remove(QLatin1Char('&')).startsWith(word)) {
                *asked = true;
                b->click();
                return;
            }
        QFAIL(qPrintable(QStringLiteral("no button %1").arg(word)));
    });
}

} // namespace

class TstWizardClose : public QObject {
    Q_OBJECT

    QTemporaryDir m_sessions;

    std::unique_ptr<MigrationWizard> openWizard()
    {
        auto w = std::make_unique<MigrationWizard>();
        w->setSessionsRoot(m_sessions.path());
        w->resize(1024, 700);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return nullptr;
        return w;
    }

    // A new migration with both SSH hosts typed in and a password on the source.
    void typeHosts(MigrationWizard &w)
    {
        w.startPage()->chooseNew();
        w.next();
        QCOMPARE(w.currentId(), int(MigrationWizard::Hosts));
        const Sandbox &s = Sandbox::instance();
        const EndpointSecrets secret = sandboxPgSecret();
        w.hostsPage()->sourceForm()->setEndpoint(
            sandboxSshEndpoint(QStringLiteral("source"), QStringLiteral("PGX_SRC_SSH_HOST"), s.intValue(QStringLiteral("PGX_SRC_PGPORT"))), secret);
        w.hostsPage()->targetForm()->setEndpoint(
            sandboxSshEndpoint(QStringLiteral("target"), QStringLiteral("PGX_DST_SSH_HOST"), s.intValue(QStringLiteral("PGX_DST_PGPORT"))), secret);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(Sandbox::instance().isUp(), "the sandbox is not up");
        QVERIFY(m_sessions.isValid());
    }

    void escapeAsksAndStayKeepsTheWindow()
    {
        auto w = openWizard();
        QVERIFY(w);
        typeHosts(*w);
        bool asked = false;
        answerCloseQuestion(w.get(), QStringLiteral("Stay"), &asked);
        QTest::keyClick(w.get(), Qt::Key_Escape);
        QVERIFY(asked);
        QVERIFY(w->isVisible());
        QCOMPARE(w->currentId(), int(MigrationWizard::Hosts));
        QCOMPARE(w->hostsPage()->sourceForm()->endpoint().ssh.host, Sandbox::instance().value(QStringLiteral("PGX_SRC_SSH_HOST")));
        QVERIFY(!QFile::exists(w->draftPath()));
    }

    void keepAsDraftThenReopenIt()
    {
        const Sandbox &s = Sandbox::instance();
        QString draftPath;
        {
            auto w = openWizard();
            QVERIFY(w);
            typeHosts(*w);
            bool asked = false;
            answerCloseQuestion(w.get(), QStringLiteral("Keep as draft"), &asked);
            QTest::keyClick(w.get(), Qt::Key_Escape);
            QVERIFY(asked);
            QVERIFY(!w->isVisible());
            draftPath = w->draftPath();
        }
        QFile f(draftPath);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(draftPath));
        const QByteArray json = f.readAll();
        QVERIFY(json.contains(s.value(QStringLiteral("PGX_SRC_SSH_HOST")).toUtf8()));
        // No secret in the draft, in any form.
        QVERIFY(!json.contains(s.value(QStringLiteral("PGX_PG_PASSWORD")).toUtf8()));
        QVERIFY(!json.contains("assword\":"));

        // Next time: the Start page offers it, ticked; Next reopens the same hosts, the password asked again.
        auto w = openWizard();
        QVERIFY(w);
        QRadioButton *draft = w->startPage()->draftChoice();
        QVERIFY(draft->isVisibleTo(w->startPage()));
        QVERIFY(draft->isChecked());
        QVERIFY2(draft->text().contains(s.value(QStringLiteral("PGX_SRC_SSH_HOST"))), qPrintable(draft->text()));
        w->next();
        QCOMPARE(w->currentId(), int(MigrationWizard::Hosts));
        const Endpoint src = w->hostsPage()->sourceForm()->endpoint();
        QCOMPARE(src.kind, Endpoint::Kind::Ssh);
        QCOMPARE(src.ssh.host, s.value(QStringLiteral("PGX_SRC_SSH_HOST")));
        QCOMPARE(src.container, s.value(QStringLiteral("PGX_CONTAINER")));
        QCOMPARE(w->hostsPage()->targetForm()->endpoint().pg.port, s.intValue(QStringLiteral("PGX_DST_PGPORT")));
        QVERIFY(w->hostsPage()->sourceForm()->secrets().pgPassword.isEmpty()); // not remembered: asked again
        QVERIFY(!QFile::exists(draftPath));                                      // taken up again

        // Discard: closes, and nothing is kept — not even a draft kept earlier.
        QString error;
        QVERIFY2((SetupDraft{w->currentSetup(), QDateTime::currentDateTimeUtc(), false}.save(draftPath, &error)), qPrintable(error));
        QVERIFY(QFile::exists(draftPath));
        bool asked = false;
        answerCloseQuestion(w.get(), QStringLiteral("Discard"), &asked);
        QVERIFY(w->close());
        QVERIFY(asked);
        QVERIFY(!QFile::exists(draftPath));
    }

    void aDraftOnTheDemoKeepsTheChoices()
    {
        // The sandbox stands in for the demo (its env file), as in tst_wizard_flow.
        const QString env = Sandbox::instance().dir() + QStringLiteral("/env");
        {
            auto w = openWizard();
            QVERIFY(w);
            w->setDemoEnvironment(env);
            w->next();
            QCOMPARE(w->currentId(), int(MigrationWizard::Hosts));
            w->hostsPage()->sourceForm()->testConnection();
            w->hostsPage()->targetForm()->testConnection();
            QTRY_VERIFY2_WITH_TIMEOUT(w->hostsPage()->isComplete(),
                                      qPrintable(w->hostsPage()->sourceForm()->resultText() + QStringLiteral(" | ") +
                                                 w->hostsPage()->targetForm()->resultText()),
                                      kStepTimeout);
            w->next();
            w->databasesPage()->select({QStringLiteral("knowledge_db")});
            QTRY_VERIFY_WITH_TIMEOUT(w->databasesPage()->tableSizes()->rowCount() > 0, kStepTimeout);
            w->next();
            QCOMPARE(w->currentId(), int(MigrationWizard::Mode));
            bool asked = false;
            answerCloseQuestion(w.get(), QStringLiteral("Keep as draft"), &asked);
            QVERIFY(w->close());
            QVERIFY(asked);
        }
        auto w = openWizard();
        QVERIFY(w);
        w->setDemoEnvironment(env);
        QVERIFY(w->startPage()->draftChoice()->isChecked());
        QVERIFY2(w->startPage()->draftChoice()->text().contains(QStringLiteral("knowledge_db")),
                 qPrintable(w->startPage()->draftChoice()->text()));
        w->next();
        QCOMPARE(w->currentId(), int(MigrationWizard::Hosts));
        QCOMPARE(w->hostsPage()->sourceForm()->endpoint().pg.port, Sandbox::instance().intValue(QStringLiteral("PGX_SRC_PGPORT")));
        QCOMPARE(w->state().options.databases.size(), 1);
        QCOMPARE(w->state().options.databases.first().source, QStringLiteral("knowledge_db"));
        // Nothing entered on the Start page: closing there asks nothing.
        w->back();
        QCOMPARE(w->currentId(), int(MigrationWizard::Start));
        QVERIFY(w->close());
    }
};

QTEST_MAIN(TstWizardClose)
#include "tst_wizard_close.moc"
