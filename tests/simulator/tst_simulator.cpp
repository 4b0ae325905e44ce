#include "tst_simulator.h"

#include "testrecords.h"

#include <QTest>

using namespace bridge;
using namespace bridge::test;

void SimulatorTest::init()
{
    m_simulator = std::make_unique<MimecastSimulator>();
    QVERIFY(m_simulator->listen());

    const QList<int> minutes = {30, 10, 50, 20, 70, 40, 60};
    QList<QByteArray> lines;
    for (int i = 0; i < minutes.size(); ++i)
        lines.append(urlRecord(i + 1, minuteTime(minutes.at(i))));
    m_simulator->setRecords(LogType::Url, lines);

    m_client = std::make_unique<SimulatorClient>(m_simulator->baseUrl());
}

void SimulatorTest::cleanup()
{
    m_client.reset();
    m_simulator.reset();
}

QList<int> SimulatorTest::collectUrlWindow(const QString &from, const QString &to,
                                           std::optional<bool> oldestFirst, int pageSize,
                                           int *pageCount)
{
    const QString token = m_client->fetchToken();
    QList<int> numbers;
    QString pageToken;
    int pages = 0;
    do {
        const HttpResult page = m_client->postWithToken(
                logEndpointPath(LogType::Url),
                logsRequestBody(pageSize, pageToken, from, to, oldestFirst), token);
        if (page.status != 200 || ++pages > 100)
            break;
        numbers += recordNumbers(page.records(QStringLiteral("clickLogs")));
        pageToken = page.next();
    } while (!pageToken.isEmpty());
    if (pageCount)
        *pageCount = pages;
    return numbers;
}

QTEST_GUILESS_MAIN(SimulatorTest)
