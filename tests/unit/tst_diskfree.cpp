// DiskFree on this machine for real: a folder that does not exist yet is measured at its nearest existing
// parent, a hostile path reaches df intact, and df's rows are read right when names hold spaces.
#include "remote/DiskFree.h"
#include "remote/LocalShell.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgcrossing;

class TstDiskFree : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void measuresTheNearestExistingParent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString wanted = dir.filePath(QStringLiteral("not yet/d'été; $HOME \"ü\"/deeper"));
        LocalShell shell;
        const DiskFree d = DiskFree::measure(shell, wanted);
        QVERIFY2(d.ok, qPrintable(d.error));
        QCOMPARE(d.path, wanted);
        QCOMPARE(d.measured, dir.path());
        QVERIFY(d.freeBytes > 0);
        QVERIFY(!d.mount.isEmpty());
        QVERIFY(!QDir(dir.filePath(QStringLiteral("not yet"))).exists()); // measuring creates nothing
    }

    void spacesInDeviceAndMountNames()
    {
        const DiskFree d = DiskFree::parse(QStringLiteral("/x"),
                                           "/mnt/my disk\n"
                                           "Filesystem     1024-blocks  Used Available Capacity Mounted on\n"
                                           "//nas/share x      1000000 400000    600000      40% /mnt/my disk\n");
        QVERIFY(d.ok);
        QCOMPARE(d.freeBytes, qint64(600000) * 1024);
        QCOMPARE(d.filesystem, QStringLiteral("//nas/share x"));
        QCOMPARE(d.mount, QStringLiteral("/mnt/my disk"));
        QCOMPARE(d.measured, QStringLiteral("/mnt/my disk"));
    }

    void garbageIsAnError()
    {
        const DiskFree d = DiskFree::parse(QStringLiteral("/x"), "/x\nsomething else\n");
        QVERIFY(!d.ok);
        QVERIFY(!d.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstDiskFree)
#include "tst_diskfree.moc"
