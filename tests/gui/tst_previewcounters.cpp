// Preview counters: counting outcomes and the one-line summary in the default locale's format.

#include "languages.h"
#include "previewcounters.h"

#include <QTest>

using namespace bridge;

class PreviewCountersTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { installTranslations(QStringLiteral("en")); }

    void countsOutcomes();
    void formatsEnglishNumbers();
    void formatsBrazilianNumbers();
};

void PreviewCountersTest::countsOutcomes()
{
    PreviewCounters counters;
    counters.add(RecordOutcome::Kind::Alert);
    counters.add(RecordOutcome::Kind::Clean);
    counters.add(RecordOutcome::Kind::Clean);
    counters.add(RecordOutcome::Kind::Rejected);

    QCOMPARE(counters.fetched, 4);
    QCOMPARE(counters.alerts, 1);
    QCOMPARE(counters.clean, 2);
    QCOMPARE(counters.rejected, 1);
}

void PreviewCountersTest::formatsEnglishNumbers()
{
    QVERIFY(installTranslations(QStringLiteral("en")));
    const PreviewCounters counters {1234567, 1200000, 34, 34533};
    QCOMPARE(counters.summaryText(),
             QStringLiteral("Fetched: 1,234,567 · Clean: 1,200,000 · Rejected: 34 · "
                            "Alerts: 34,533"));
}

void PreviewCountersTest::formatsBrazilianNumbers()
{
    QVERIFY(installTranslations(QStringLiteral("pt_BR")));
    const PreviewCounters counters {1234567, 1200000, 34, 34533};
    const QString text = counters.summaryText();
    // The words come from the catalogue, and the numbers use the Brazilian group separator.
    QVERIFY2(text.contains(QStringLiteral("1.234.567")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1.200.000")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("34.533")), qPrintable(text));
}

QTEST_GUILESS_MAIN(PreviewCountersTest)
#include "tst_previewcounters.moc"
