// Repeated polls over overlapping windows: Mimecast's from is inclusive and some records are
// indexed late, so each poll starts a minute before the checkpoint and the dedup key removes the
// repeats. An event on the window edge must be delivered once, and a late event with the same
// timestamp must not be lost.

#include "mimecastclient.h"
#include "mimecastsimulator.h"
#include "mimecasttime.h"
#include "recordprocessor.h"
#include "simulatorcredentials.h"
#include "ttplogfetcher.h"
#include "windowplanner.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace bridge;

namespace {

QByteArray clickRecord(const QString &messageId, const QString &date, const QString &scanResult)
{
    const QJsonObject record {
            {QStringLiteral("userEmailAddress"), QStringLiteral("user01@example.com")},
            {QStringLiteral("fromUserEmailAddress"), QStringLiteral("sender01@example.org")},
            {QStringLiteral("url"), QStringLiteral("https://www.example.net/invoice")},
            {QStringLiteral("ttpDefinition"),
             QStringLiteral("Default Inbound URL Protect Definition")},
            {QStringLiteral("subject"), QStringLiteral("Invoice")},
            {QStringLiteral("action"), QStringLiteral("block")},
            {QStringLiteral("scanResult"), scanResult},
            {QStringLiteral("date"), date},
            {QStringLiteral("creationMethod"), QStringLiteral("User Click")},
            {QStringLiteral("messageId"), messageId},
    };
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

QDateTime at(const QString &time)
{
    return *parseMimecastTime(QStringLiteral("2026-12-04T") + time + QStringLiteral("+0000"));
}

} // namespace

class PollOverlapTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void plannerOverlapsCheckpoint();
    void plannerBackfillSplitsDays();
    void plannerNothingDueYet();
    void boundaryEventDeliveredOnce();
    void emptyPageMidWindowKeepsRecords();

private:
    // Runs one poll at now: every window the planner gives, all pages, then the dedup filter.
    // Returns false when a window failed.
    bool poll(const QDateTime &now);

    MimecastSimulator m_simulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiV2Authenticator> m_authenticator;
    std::unique_ptr<MimecastClient> m_client;
    RecordProcessor m_processor;
    WindowPlanner m_planner;
    std::optional<QDateTime> m_checkpoint;
    QSet<QString> m_seenKeys;
    QStringList m_delivered;
    QStringList m_clean;
};

void PollOverlapTest::initTestCase()
{
    QVERIFY2(m_simulator.listen(), qPrintable(m_simulator.errorString()));
    MimecastCredentials credentials;
    credentials.api = MimecastApi::V2;
    credentials.clientId = demo::clientId();
    credentials.clientSecret = demo::clientSecret();
    m_authenticator
            = std::make_unique<ApiV2Authenticator>(&m_network, m_simulator.baseUrl(), credentials);
    m_client = std::make_unique<MimecastClient>(&m_network, m_simulator.baseUrl(),
                                                m_authenticator.get());
    m_planner.backfillSeconds = 5 * 60;
}

void PollOverlapTest::plannerOverlapsCheckpoint()
{
    WindowPlanner planner;
    const QList<TimeWindow> windows
            = planner.plan(at(QStringLiteral("15:05:00")), at(QStringLiteral("15:11:00")));
    QCOMPARE(windows.size(), 1);
    QCOMPARE(windows.first().from, at(QStringLiteral("15:04:00")));
    QCOMPARE(windows.first().to, at(QStringLiteral("15:10:00")));
}

void PollOverlapTest::plannerBackfillSplitsDays()
{
    WindowPlanner planner;
    planner.backfillSeconds = 3 * 24 * 60 * 60 + 3600;
    const QDateTime now = at(QStringLiteral("12:00:00"));
    const QList<TimeWindow> windows = planner.plan(std::nullopt, now);
    QCOMPARE(windows.size(), 4);
    QCOMPARE(windows.last().to, now.addSecs(-60));
    QCOMPARE(windows.first().from, now.addSecs(-60 - planner.backfillSeconds));
    for (int index = 1; index < windows.size(); ++index)
        QCOMPARE(windows.at(index).from, windows.at(index - 1).to);
    for (const TimeWindow &window : windows)
        QVERIFY(window.from.secsTo(window.to) <= planner.maxWindowSeconds);
}

void PollOverlapTest::plannerNothingDueYet()
{
    WindowPlanner planner;
    // The lag and the overlap cancel out: a poll right at the checkpoint has nothing to fetch.
    QVERIFY(planner.plan(at(QStringLiteral("15:05:00")), at(QStringLiteral("15:05:00"))).isEmpty());

    const QList<TimeWindow> windows
            = planner.plan(at(QStringLiteral("15:05:00")), at(QStringLiteral("15:05:30")));
    QCOMPARE(windows.size(), 1);
    QCOMPARE(windows.first().from, at(QStringLiteral("15:04:00")));
    QCOMPARE(windows.first().to, at(QStringLiteral("15:04:30")));
}

bool PollOverlapTest::poll(const QDateTime &now)
{
    const QList<TimeWindow> windows = m_planner.plan(m_checkpoint, now);
    for (const TimeWindow &window : windows) {
        TtpLogFetcher fetcher(m_client.get(), LogType::Url, window.from, window.to, {});
        QList<QList<PageElement>> pages;
        connect(&fetcher, &TtpLogFetcher::pageReceived, this,
                [&pages](LogType, const QList<PageElement> &elements) { pages.append(elements); });
        QSignalSpy finished(&fetcher, &TtpLogFetcher::finished);
        QSignalSpy failed(&fetcher, &TtpLogFetcher::failed);
        fetcher.start();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 10000))
            return false;
        if (!failed.isEmpty())
            return false;

        for (const QList<PageElement> &page : std::as_const(pages)) {
            for (const PageElement &element : page) {
                const RecordOutcome outcome = m_processor.process(LogType::Url, element);
                const QString messageId = element.text(RecordField::MessageId);
                if (outcome.kind == RecordOutcome::Kind::Clean) {
                    m_clean.append(messageId);
                } else if (outcome.kind == RecordOutcome::Kind::Alert
                           && !m_seenKeys.contains(outcome.alert.key)) {
                    m_seenKeys.insert(outcome.alert.key);
                    m_delivered.append(messageId);
                }
            }
        }
        m_checkpoint = window.to;
    }
    return true;
}

void PollOverlapTest::boundaryEventDeliveredOnce()
{
    const QByteArray clean
            = clickRecord(QStringLiteral("<e1@mail.example.com>"),
                          QStringLiteral("2026-12-04T15:01:00+0000"), QStringLiteral("clean"));
    const QByteArray early
            = clickRecord(QStringLiteral("<e2@mail.example.com>"),
                          QStringLiteral("2026-12-04T15:03:00+0000"), QStringLiteral("malicious"));
    const QByteArray onEdge
            = clickRecord(QStringLiteral("<e3@mail.example.com>"),
                          QStringLiteral("2026-12-04T15:04:59+0000"), QStringLiteral("malicious"));
    // Same second as the edge record, but indexed only after the first poll ran.
    const QByteArray late
            = clickRecord(QStringLiteral("<e4@mail.example.com>"),
                          QStringLiteral("2026-12-04T15:04:59+0000"), QStringLiteral("malicious"));

    m_simulator.setRecords(LogType::Url, {clean, early, onEdge});
    QVERIFY(poll(at(QStringLiteral("15:06:00"))));
    QCOMPARE(m_checkpoint, at(QStringLiteral("15:05:00")));

    m_simulator.setRecords(LogType::Url, {clean, early, onEdge, late});
    QVERIFY(poll(at(QStringLiteral("15:11:00"))));
    QVERIFY(poll(at(QStringLiteral("15:16:00"))));

    const QStringList expected
            = {QStringLiteral("<e2@mail.example.com>"), QStringLiteral("<e3@mail.example.com>"),
               QStringLiteral("<e4@mail.example.com>")};
    QCOMPARE(m_delivered, expected);
    QVERIFY(m_clean.contains(QStringLiteral("<e1@mail.example.com>")));
    QCOMPARE(m_checkpoint, at(QStringLiteral("15:15:00")));
}

void PollOverlapTest::emptyPageMidWindowKeepsRecords()
{
    // A page without records that still names a next page must not end the window, or the
    // checkpoint would move past the records behind it.
    QList<QByteArray> records;
    for (int minute = 0; minute < 12; ++minute) {
        records.append(clickRecord(
                QStringLiteral("<gap%1@mail.example.com>").arg(minute),
                QStringLiteral("2026-12-04T14:%1:00+0000").arg(minute, 2, 10, QLatin1Char('0')),
                QStringLiteral("malicious")));
    }
    m_simulator.setRecords(LogType::Url, records);
    m_simulator.faults().emptyPageCount = 1;

    TtpLogFetcher::Options options;
    options.pageSize = 5;
    TtpLogFetcher fetcher(m_client.get(), LogType::Url, at(QStringLiteral("14:00:00")),
                          at(QStringLiteral("15:00:00")), options);
    int received = 0;
    connect(&fetcher, &TtpLogFetcher::pageReceived, this,
            [&received](LogType, const QList<PageElement> &elements) {
                received += int(elements.size());
            });
    QSignalSpy finished(&fetcher, &TtpLogFetcher::finished);
    fetcher.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(received, 12);
    m_simulator.setFaults(MimecastFaults());
}

QTEST_GUILESS_MAIN(PollOverlapTest)
#include "tst_poll_overlap.moc"
