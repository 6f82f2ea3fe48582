#include "postgres/CsvReader.h"

#include <QtTest>

using namespace pgcrossing;

class TstCsvReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quotedFieldsNewlinesAndNulls()
    {
        const QByteArray csv = "a,b,c\n1,\"x,y\",\\N\n2,\"line1\nline2\",\"\\N\"\n3,\"say \"\"hi\"\"\",\n";
        const auto rows = CsvReader::parse(csv, QStringLiteral("\\N"));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].fields, (QStringList{"a", "b", "c"}));
        QCOMPARE(rows[1].fields, (QStringList{"1", "x,y", "\\N"}));
        QVERIFY(rows[1].nulls[2]);
        QCOMPARE(rows[2].fields[1], QStringLiteral("line1\nline2"));
        QVERIFY(!rows[2].nulls[2]); // quoted: the text \N, not NULL
        QCOMPARE(rows[3].fields[1], QStringLiteral("say \"hi\""));
        QCOMPARE(rows[3].fields[2], QString());
    }
    void unicode()
    {
        const auto rows = CsvReader::parse(QStringLiteral("名前\n数据库 ü\n").toUtf8(), QStringLiteral("\\N"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].fields[0], QStringLiteral("数据库 ü"));
    }
};

QTEST_APPLESS_MAIN(TstCsvReader)
#include "tst_csvreader.moc"
