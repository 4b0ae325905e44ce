// Tests of Mimecast time handling: parsing record dates with every offset form, formatting
// request times in UTC whatever the host's TZ is, the from/to of a get-logs request, and
// showing a UTC instant in local time.

#include "logtype.h"
#include "mimecasttime.h"
#include "ttplogfetcher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace bridge;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int msec = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), QTimeZone::utc());
}

// Switches the process time zone (TZ) for the object's lifetime and restores it afterwards.
class ScopedTimeZone
{
public:
    explicit ScopedTimeZone(const QByteArray &zone)
        : m_hadValue(qEnvironmentVariableIsSet("TZ"))
        , m_previous(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~ScopedTimeZone()
    {
        if (m_hadValue)
            qputenv("TZ", m_previous);
        else
            qunsetenv("TZ");
        tzset();
    }
    ScopedTimeZone(const ScopedTimeZone &) = delete;
    ScopedTimeZone &operator=(const ScopedTimeZone &) = delete;

private:
    bool m_hadValue;
    QByteArray m_previous;
};

} // namespace

class TestTime : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void parseSameInstant_data();
    void parseSameInstant();

    void formatIgnoresHostZone_data();
    void formatIgnoresHostZone();
    void requestWindowUtc_data();
    void requestWindowUtc();

    void saoPauloPreviousDay();
    void isoUtcHasZ_data();
    void isoUtcHasZ();
};

void TestTime::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("+0000") << QStringLiteral("2026-12-04T12:30:00+0000")
                           << utc(2026, 12, 4, 12, 30, 0);
    QTest::newRow("Z") << QStringLiteral("2026-12-04T12:30:00Z") << utc(2026, 12, 4, 12, 30, 0);
    QTest::newRow("+00:00") << QStringLiteral("2026-12-04T12:30:00+00:00")
                            << utc(2026, 12, 4, 12, 30, 0);
    QTest::newRow("-0300") << QStringLiteral("2026-12-04T09:30:00-0300")
                           << utc(2026, 12, 4, 12, 30, 0);
    QTest::newRow("-03:00") << QStringLiteral("2026-12-04T09:30:00-03:00")
                            << utc(2026, 12, 4, 12, 30, 0);
    QTest::newRow("+0700") << QStringLiteral("2026-12-04T19:30:00+0700")
                           << utc(2026, 12, 4, 12, 30, 0);
    QTest::newRow("+0530") << QStringLiteral("2026-12-04T18:00:00+0530")
                           << utc(2026, 12, 4, 12, 30, 0);
    QTest::newRow("-0300 previous local day")
            << QStringLiteral("2026-12-03T23:59:59-0300") << utc(2026, 12, 4, 2, 59, 59);
    QTest::newRow("+0700 next local day")
            << QStringLiteral("2026-12-05T02:00:00+0700") << utc(2026, 12, 4, 19, 0, 0);
    QTest::newRow("fraction 3 digits")
            << QStringLiteral("2026-12-04T12:30:00.250+0000") << utc(2026, 12, 4, 12, 30, 0, 250);
    QTest::newRow("fraction 1 digit")
            << QStringLiteral("2026-12-04T12:30:00.5Z") << utc(2026, 12, 4, 12, 30, 0, 500);
    QTest::newRow("fraction 6 digits") << QStringLiteral("2026-12-04T12:30:00.123456+00:00")
                                       << utc(2026, 12, 4, 12, 30, 0, 123);
    QTest::newRow("leap day") << QStringLiteral("2028-02-29T00:00:00+0000")
                              << utc(2028, 2, 29, 0, 0, 0);
    QTest::newRow("epoch when given")
            << QStringLiteral("1970-01-01T00:00:00+0000") << utc(1970, 1, 1, 0, 0, 0);
    QTest::newRow("space separator")
            << QStringLiteral("2026-12-04 12:30:00+0000") << utc(2026, 12, 4, 12, 30, 0);
    QTest::newRow("surrounding spaces")
            << QStringLiteral("  2026-12-04T12:30:00Z ") << utc(2026, 12, 4, 12, 30, 0);
    QTest::newRow("fraction 9 digits")
            << QStringLiteral("2026-12-04T12:30:00.999999999Z") << utc(2026, 12, 4, 12, 30, 0, 999);
}

void TestTime::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const std::optional<QDateTime> parsed = parseMimecastTime(text);
    QVERIFY(parsed.has_value());
    QVERIFY(parsed->isValid());
    QCOMPARE(parsed->toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

void TestTime::parseInvalid_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("yesterday") << QStringLiteral("yesterday");
    QTest::newRow("month 13") << QStringLiteral("2026-13-04T12:30:00+0000");
    QTest::newRow("day 32") << QStringLiteral("2026-12-32T12:30:00+0000");
    QTest::newRow("Feb 29 non-leap") << QStringLiteral("2026-02-29T12:30:00+0000");
    QTest::newRow("hour 25") << QStringLiteral("2026-12-04T25:30:00+0000");
    QTest::newRow("minute 60") << QStringLiteral("2026-12-04T12:60:00+0000");
    QTest::newRow("no offset") << QStringLiteral("2026-12-04T12:30:00");
    QTest::newRow("date only") << QStringLiteral("2026-12-04");
    QTest::newRow("offset hours 99") << QStringLiteral("2026-12-04T12:30:00+9900");
    QTest::newRow("offset minutes 75") << QStringLiteral("2026-12-04T12:30:00+0075");
    QTest::newRow("three-digit offset") << QStringLiteral("2026-12-04T12:30:00+000");
    QTest::newRow("epoch seconds") << QStringLiteral("1796390879");
    QTest::newRow("RFC 1123") << QStringLiteral("Fri, 04 Dec 2026 15:27:59 GMT");
    QTest::newRow("trailing text") << QStringLiteral("2026-12-04T12:30:00+0000 UTC");
    QTest::newRow("fraction 10 digits") << QStringLiteral("2026-12-04T12:30:00.1234567890Z");
    QTest::newRow("empty fraction") << QStringLiteral("2026-12-04T12:30:00.Z");
    QTest::newRow("one-digit offset minute") << QStringLiteral("2026-12-04T12:30:00+00:0");
    QTest::newRow("offset without minutes") << QStringLiteral("2026-12-04T12:30:00+00");
    QTest::newRow("non-ASCII digit") << QStringLiteral("2026-12-0\u0664T12:30:00Z");
    QTest::newRow("one-digit day") << QStringLiteral("2026-12-4T12:30:00Z");
}

void TestTime::parseInvalid()
{
    QFETCH(QString, text);

    QVERIFY(!parseMimecastTime(text).has_value());
}

void TestTime::parseSameInstant_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("+0000") << QStringLiteral("2026-12-04T12:30:00+0000");
    QTest::newRow("Z") << QStringLiteral("2026-12-04T12:30:00Z");
    QTest::newRow("+00:00") << QStringLiteral("2026-12-04T12:30:00+00:00");
    QTest::newRow("-0300") << QStringLiteral("2026-12-04T09:30:00-0300");
}

void TestTime::parseSameInstant()
{
    QFETCH(QString, text);

    // Every spelling of one instant formats back to the documented request form.
    const std::optional<QDateTime> parsed = parseMimecastTime(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(formatMimecastTime(*parsed), QStringLiteral("2026-12-04T12:30:00+0000"));
}

void TestTime::formatIgnoresHostZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QTime>("localWallTime");

    QTest::newRow("America/Sao_Paulo") << QByteArray("America/Sao_Paulo") << QTime(12, 27, 59);
    QTest::newRow("Asia/Jakarta") << QByteArray("Asia/Jakarta") << QTime(22, 27, 59);
    QTest::newRow("UTC") << QByteArray("UTC") << QTime(15, 27, 59);
}

void TestTime::formatIgnoresHostZone()
{
    QFETCH(QByteArray, zone);
    QFETCH(QTime, localWallTime);
    const ScopedTimeZone scopedZone(zone);

    const qint64 instantMs = utc(2026, 12, 4, 15, 27, 59).toMSecsSinceEpoch();
    const QDateTime asUtc = QDateTime::fromMSecsSinceEpoch(instantMs, QTimeZone::utc());
    const QDateTime asLocal = QDateTime::fromMSecsSinceEpoch(instantMs);
    QCOMPARE(asLocal.timeSpec(), Qt::LocalTime);
    // Proves that the TZ change reached Qt, so the checks below compare different wall times.
    QCOMPARE(asLocal.time(), localWallTime);

    QCOMPARE(formatMimecastTime(asUtc), QStringLiteral("2026-12-04T15:27:59+0000"));
    QCOMPARE(formatMimecastTime(asLocal), QStringLiteral("2026-12-04T15:27:59+0000"));
}

void TestTime::requestWindowUtc_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("type");

    for (const char *zone : {"America/Sao_Paulo", "Asia/Jakarta", "UTC"}) {
        for (const LogType type : allLogTypes) {
            const QByteArray name = QByteArray(zone) + ' ' + logTypeName(type).toLatin1();
            QTest::newRow(name.constData()) << QByteArray(zone) << int(type);
        }
    }
}

void TestTime::requestWindowUtc()
{
    QFETCH(QByteArray, zone);
    QFETCH(int, type);
    const ScopedTimeZone scopedZone(zone);

    // The fetcher receives instants in the host's local time, as QDateTime::currentDateTime()
    // returns them.
    const qint64 nowMs = utc(2026, 12, 4, 15, 27, 59).toMSecsSinceEpoch();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
    const QDateTime from = now.addSecs(-5 * 60);

    const QJsonObject body = TtpLogFetcher::requestBody(LogType(type), from, now, 100, QString());
    const QJsonObject filters = body.value(u"data").toArray().first().toObject();

    QCOMPARE(filters.value(u"from").toString(), QStringLiteral("2026-12-04T15:22:59+0000"));
    QCOMPARE(filters.value(u"to").toString(), QStringLiteral("2026-12-04T15:27:59+0000"));
    QCOMPARE(filters.value(u"oldestFirst").toBool(false), true);
}

void TestTime::saoPauloPreviousDay()
{
    const std::optional<QDateTime> parsed
            = parseMimecastTime(QStringLiteral("2026-12-03T23:59:59-0300"));
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->toMSecsSinceEpoch(), utc(2026, 12, 4, 2, 59, 59).toMSecsSinceEpoch());
    QCOMPARE(formatIsoUtc(*parsed), QStringLiteral("2026-12-04T02:59:59Z"));

    const QTimeZone saoPaulo(QByteArrayLiteral("America/Sao_Paulo"));
    QVERIFY(saoPaulo.isValid());
    const QDateTime local = parsed->toTimeZone(saoPaulo);
    QCOMPARE(local.date(), QDate(2026, 12, 3));
    QCOMPARE(local.time(), QTime(23, 59, 59));
    QCOMPARE(local.toString(QStringLiteral("dd/MM")), QStringLiteral("03/12"));

    // The same record written in UTC shows on the same local day.
    const std::optional<QDateTime> fromUtc
            = parseMimecastTime(QStringLiteral("2026-12-04T02:59:59+0000"));
    QVERIFY(fromUtc.has_value());
    QCOMPARE(fromUtc->toTimeZone(saoPaulo).date(), QDate(2026, 12, 3));
}

void TestTime::isoUtcHasZ_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QString>("expected");

    QTest::newRow("UTC") << utc(2026, 12, 4, 12, 30, 0) << QStringLiteral("2026-12-04T12:30:00Z");
    QTest::newRow("offset -03:00")
            << QDateTime(QDate(2026, 12, 4), QTime(9, 30), Qt::OffsetFromUTC, -3 * 3600)
            << QStringLiteral("2026-12-04T12:30:00Z");
    QTest::newRow("Jakarta zone") << QDateTime(QDate(2026, 12, 4), QTime(19, 30),
                                               QTimeZone(QByteArrayLiteral("Asia/Jakarta")))
                                  << QStringLiteral("2026-12-04T12:30:00Z");
}

void TestTime::isoUtcHasZ()
{
    QFETCH(QDateTime, instant);
    QFETCH(QString, expected);

    QCOMPARE(formatIsoUtc(instant), expected);
}

QTEST_GUILESS_MAIN(TestTime)

#include "tst_time.moc"
