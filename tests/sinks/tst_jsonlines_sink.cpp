// JsonLinesSink on real files: appended lines, owner-only permissions, sync, and the results
// for a missing folder and a failing write.

#include "jsonlinessink.h"
#include "sinktestsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace bridge;
using namespace bridge::test;

class JsonLinesSinkTest : public QObject
{
    Q_OBJECT

private slots:
    void sinkIdentity();
    void appendsLines();
    void createsOwnerOnlyFile();
    void missingFolderFails();
    void writeErrorRetries();
};

void JsonLinesSinkTest::sinkIdentity()
{
    JsonLinesSink sink(QStringLiteral("/tmp/unused.jsonl"));
    QCOMPARE(sink.name(), QStringLiteral("jsonl"));
    QVERIFY(sink.maxBatchSize() > 0);
}

void JsonLinesSinkTest::appendsLines()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("alerts.jsonl"));
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("{\"earlier\":true}\n");
    }

    JsonLinesSink sink(path);
    std::optional<QList<DeliveryResult>> results
            = deliverAndWait(&sink, {sampleItem(1), sampleItem(2), sampleItem(3)});
    QVERIFY(results.has_value());
    for (const DeliveryResult &result : *results)
        QCOMPARE(outcomeName(result.outcome), QStringLiteral("delivered"));
    results = deliverAndWait(&sink, {sampleItem(4), sampleItem(5)});
    QVERIFY(results.has_value());
    QCOMPARE(sink.syncCount(), 2);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 7); // six lines and the empty piece after the last newline
    QCOMPARE(lines.at(0), QByteArray("{\"earlier\":true}"));
    QVERIFY(lines.last().isEmpty());
    for (int number = 1; number <= 5; ++number) {
        const QJsonObject alert = QJsonDocument::fromJson(lines.at(number)).object();
        QCOMPARE(alert, sampleAlert(number));
    }
}

void JsonLinesSinkTest::createsOwnerOnlyFile()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("new.jsonl"));
    JsonLinesSink sink(path);
    QVERIFY(deliverAndWait(&sink, {sampleItem(1)}).has_value());

    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
}

void JsonLinesSinkTest::missingFolderFails()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString missing = folder.filePath(QStringLiteral("absent"));
    JsonLinesSink sink(missing + QStringLiteral("/alerts.jsonl"));
    const std::optional<QList<DeliveryResult>> results = deliverAndWait(&sink, {sampleItem(1)});
    QVERIFY(results.has_value());
    QCOMPARE(outcomeName(results->first().outcome), QStringLiteral("failed"));
    QVERIFY(results->first().message.contains(missing));
    QVERIFY(results->first().message.contains(u"does not exist"));
    QVERIFY(!QFile::exists(missing));
}

void JsonLinesSinkTest::writeErrorRetries()
{
    // Every write to /dev/full fails with ENOSPC.
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("/dev/full is not available");
    JsonLinesSink sink(QStringLiteral("/dev/full"));
    const std::optional<QList<DeliveryResult>> results
            = deliverAndWait(&sink, {sampleItem(1), sampleItem(2)});
    QVERIFY(results.has_value());
    for (const DeliveryResult &result : *results) {
        QCOMPARE(outcomeName(result.outcome), QStringLiteral("retry"));
        QVERIFY(result.message.contains(u"/dev/full"));
        QVERIFY2(result.message.contains(u"space", Qt::CaseInsensitive),
                 qPrintable(result.message));
    }
    QCOMPARE(sink.syncCount(), 0);
}

QTEST_MAIN(JsonLinesSinkTest)
#include "tst_jsonlines_sink.moc"
