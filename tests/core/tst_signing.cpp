// Tests of Mimecast API 1.0 request signing: known-answer HMAC-SHA1 vectors, signatures that
// faulty clients produce, secret key decoding, the headers ApiV1Authenticator sets, and the
// x-mc-date format under a Portuguese process locale.

#include "mimecastauth.h"
#include "mimecastsigning.h"
#include "mimecasttime.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkRequest>
#include <QTest>
#include <QTimeZone>

using namespace bridge;

namespace {

const QString urlLogsPath = QStringLiteral("/api/ttp/url/get-logs");

QJsonObject loadSigningVectors()
{
    QFile file(QStringLiteral(MB_SOURCE_DIR "/tests/data/signing-vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Failed to open %s: %s", qPrintable(file.fileName()),
               qPrintable(file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("Invalid JSON in %s: %s", qPrintable(file.fileName()),
               qPrintable(error.errorString()));
    return document.object();
}

QString text(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

// Extracts the signature from an Authorization header "MC <accessKey>:<signature>".
QString signatureOf(const QByteArray &authorization)
{
    const QString header = QString::fromLatin1(authorization);
    return header.mid(header.lastIndexOf(QLatin1Char(':')) + 1);
}

} // namespace

class TestSigning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void knownVectors_data();
    void knownVectors();
    void undecodedSecretDiffers_data();
    void undecodedSecretDiffers();
    void wrongInputsDiffer_data();
    void wrongInputsDiffer();

    void decodeSecretAccepts_data();
    void decodeSecretAccepts();
    void decodeSecretRejects_data();
    void decodeSecretRejects();

    void authenticatorHeaders_data();
    void authenticatorHeaders();
    void authenticatorSignsSentValues();
    void authenticatorFreshRequestId();

    void signingDateEnglish_data();
    void signingDateEnglish();

private:
    QJsonObject m_vectors;
};

void TestSigning::initTestCase()
{
    m_vectors = loadSigningVectors();
    QVERIFY(!m_vectors.value(u"vectors").toArray().isEmpty());
    QVERIFY(!m_vectors.value(u"wrongInputs").toObject().value(u"variants").toArray().isEmpty());

    // The date tests only prove something when the process really runs in Portuguese.
    QCOMPARE(QLocale().language(), QLocale::Portuguese);
    QCOMPARE(QLocale::system().language(), QLocale::Portuguese);
    const QDateTime friday(QDate(2026, 12, 4), QTime(15, 27, 59), QTimeZone::utc());
    QVERIFY(QLocale().toString(friday, QStringLiteral("ddd")) != u"Fri");
}

void TestSigning::knownVectors_data()
{
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QString>("accessKey");
    QTest::addColumn<QString>("appKey");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("stringToSign");
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("authorization");

    const QJsonArray vectors = m_vectors.value(u"vectors").toArray();
    for (const QJsonValue &value : vectors) {
        const QJsonObject vector = value.toObject();
        QTest::newRow(qPrintable(text(vector, "name")))
                << text(vector, "secretKey") << text(vector, "accessKey") << text(vector, "appKey")
                << text(vector, "date") << text(vector, "requestId") << text(vector, "path")
                << text(vector, "stringToSign") << text(vector, "signature")
                << text(vector, "authorization");
    }
}

void TestSigning::knownVectors()
{
    QFETCH(QString, secretKey);
    QFETCH(QString, accessKey);
    QFETCH(QString, appKey);
    QFETCH(QString, date);
    QFETCH(QString, requestId);
    QFETCH(QString, path);
    QFETCH(QString, stringToSign);
    QFETCH(QString, signature);
    QFETCH(QString, authorization);

    const std::optional<QByteArray> key = decodeSecretKey(secretKey);
    QVERIFY(key.has_value());
    QCOMPARE(key->toBase64(), secretKey.toLatin1());

    QCOMPARE(signingInput(date, requestId, path, appKey), stringToSign);

    const QString computed = computeSignature(*key, date, requestId, path, appKey);
    QCOMPARE(computed, signature);
    QCOMPARE(authorizationHeader(accessKey, computed), authorization);
}

void TestSigning::undecodedSecretDiffers_data()
{
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QString>("appKey");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("wrongSignature");

    const QJsonArray vectors = m_vectors.value(u"vectors").toArray();
    for (const QJsonValue &value : vectors) {
        const QJsonObject vector = value.toObject();
        QTest::newRow(qPrintable(text(vector, "name")))
                << text(vector, "secretKey") << text(vector, "appKey") << text(vector, "date")
                << text(vector, "requestId") << text(vector, "path")
                << text(vector, "signatureWithUndecodedSecret");
    }
}

void TestSigning::undecodedSecretDiffers()
{
    QFETCH(QString, secretKey);
    QFETCH(QString, appKey);
    QFETCH(QString, date);
    QFETCH(QString, requestId);
    QFETCH(QString, path);
    QFETCH(QString, wrongSignature);

    const std::optional<QByteArray> key = decodeSecretKey(secretKey);
    QVERIFY(key.has_value());
    QVERIFY(computeSignature(*key, date, requestId, path, appKey) != wrongSignature);

    // The stored value really is the HMAC keyed with the base64 text itself.
    QCOMPARE(computeSignature(secretKey.toLatin1(), date, requestId, path, appKey), wrongSignature);
}

void TestSigning::wrongInputsDiffer_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("appKey");
    QTest::addColumn<QString>("wrongSignature");

    const QJsonArray variants
            = m_vectors.value(u"wrongInputs").toObject().value(u"variants").toArray();
    for (const QJsonValue &value : variants) {
        const QJsonObject variant = value.toObject();
        QTest::newRow(qPrintable(text(variant, "name")))
                << text(variant, "date") << text(variant, "requestId") << text(variant, "path")
                << text(variant, "appKey") << text(variant, "signature");
    }
}

void TestSigning::wrongInputsDiffer()
{
    QFETCH(QString, date);
    QFETCH(QString, requestId);
    QFETCH(QString, path);
    QFETCH(QString, appKey);
    QFETCH(QString, wrongSignature);

    const QJsonObject base = m_vectors.value(u"wrongInputs").toObject().value(u"base").toObject();
    const std::optional<QByteArray> key = decodeSecretKey(text(base, "secretKey"));
    QVERIFY(key.has_value());

    const QString correct = computeSignature(*key, text(base, "date"), text(base, "requestId"),
                                             text(base, "path"), text(base, "appKey"));
    QVERIFY(correct != wrongSignature);

    // The signer is sensitive to the changed input: it reproduces the faulty client's value.
    QCOMPARE(computeSignature(*key, date, requestId, path, appKey), wrongSignature);
}

void TestSigning::decodeSecretAccepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray bytes = QByteArray::fromHex(
            "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f2073796e746865746963"
            "2d7365637265742d6279746573");
    const QString plain = QString::fromLatin1(bytes.toBase64());

    QTest::newRow("plain") << plain << bytes;
    QTest::newRow("trailing newline") << plain + u'\n' << bytes;
    QTest::newRow("trailing CRLF") << plain + u"\r\n" << bytes;
    QTest::newRow("surrounding spaces") << u"  " + plain + u"  " << bytes;
    QTest::newRow("surrounding tabs") << u"\t" + plain + u"\t\n" << bytes;
    QTest::newRow("wrapped at 40") << plain.left(40) + u'\n' + plain.mid(40) << bytes;
    QTest::newRow("plus and slash")
            << QStringLiteral("+/8+fw==") << QByteArray::fromHex("fbff3e7f");
}

void TestSigning::decodeSecretAccepts()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);

    const std::optional<QByteArray> decoded = decodeSecretKey(input);
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, expected);
}

void TestSigning::decodeSecretRejects_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("prose") << QStringLiteral("this is not base64!");
    QTest::newRow("empty") << QString();
    QTest::newRow("only whitespace") << QStringLiteral(" \n\t ");
    QTest::newRow("space inside") << QStringLiteral("AQID BAUG");
    QTest::newRow("url-safe alphabet") << QStringLiteral("-_8-fw==");
    QTest::newRow("missing padding") << QStringLiteral("AQIDBA");
    QTest::newRow("only padding") << QStringLiteral("====");
    QTest::newRow("exclamation mark") << QStringLiteral("AQID!AUG");
}

void TestSigning::decodeSecretRejects()
{
    QFETCH(QString, input);

    QVERIFY(!decodeSecretKey(input).has_value());
}

void TestSigning::authenticatorHeaders_data()
{
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QString>("accessKey");
    QTest::addColumn<QString>("appId");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");

    const QJsonObject base = m_vectors.value(u"wrongInputs").toObject().value(u"base").toObject();
    const QString secret = text(base, "secretKey");
    const QString accessKey = text(base, "accessKey");
    const QString appId = text(base, "appId");
    const QDateTime utcNow(QDate(2026, 12, 4), QTime(15, 27, 59), QTimeZone::utc());
    const QDateTime saoPauloNow(QDate(2026, 12, 4), QTime(12, 27, 59),
                                QTimeZone(QByteArrayLiteral("America/Sao_Paulo")));
    const QByteArray urlHeader = "MC SYNTHETIC-ACCESS-KEY-0001:BpU1e5/21xVY/eBlhKK10Gr5V1o=";

    QTest::newRow("url logs") << secret << accessKey << appId << utcNow << urlLogsPath << urlHeader;
    QTest::newRow("attachment logs")
            << secret << accessKey << appId << utcNow
            << QStringLiteral("/api/ttp/attachment/get-logs")
            << QByteArray("MC SYNTHETIC-ACCESS-KEY-0001:Hklmz8aJB90HBp9DUB6Ye4xFF5E=");
    QTest::newRow("impersonation logs")
            << secret << accessKey << appId << utcNow
            << QStringLiteral("/api/ttp/impersonation/get-logs")
            << QByteArray("MC SYNTHETIC-ACCESS-KEY-0001:Yk/Y5hrA+Ks8ZsfOpqRtOM+l7r8=");
    QTest::newRow("clock in Sao Paulo time")
            << secret << accessKey << appId << saoPauloNow << urlLogsPath << urlHeader;
    QTest::newRow("pasted secret with newline")
            << u"  " + secret + u"\n"
            << accessKey << appId << utcNow << urlLogsPath << urlHeader;
    QTest::newRow("padded keys and id") << secret << u" " + accessKey + u" " << u" " + appId
                                        << utcNow << urlLogsPath << urlHeader;
}

void TestSigning::authenticatorHeaders()
{
    QFETCH(QString, secretKey);
    QFETCH(QString, accessKey);
    QFETCH(QString, appId);
    QFETCH(QDateTime, now);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);

    MimecastCredentials credentials;
    credentials.api = MimecastApi::V1;
    credentials.appId = appId;
    credentials.appKey = QStringLiteral("aaaabbbb-cccc-dddd-eeee-ffff00001111");
    credentials.accessKey = accessKey;
    credentials.secretKey = secretKey;

    ApiV1Authenticator authenticator(credentials);
    authenticator.setClock([now] { return now; });
    authenticator.setRequestIdGenerator(
            [] { return QStringLiteral("3f1c2a9e-7b44-4c1d-9e0a-5d2b8f6c1a07"); });

    QNetworkRequest request;
    authenticator.authorize(request, path);

    QCOMPARE(request.rawHeader("x-mc-date"), QByteArray("Fri, 04 Dec 2026 15:27:59 UTC"));
    QCOMPARE(request.rawHeader("x-mc-req-id"), QByteArray("3f1c2a9e-7b44-4c1d-9e0a-5d2b8f6c1a07"));
    QCOMPARE(request.rawHeader("x-mc-app-id"), QByteArray("00000000-1111-2222-3333-444444444444"));
    QCOMPARE(request.rawHeader("Authorization"), authorization);
}

void TestSigning::authenticatorSignsSentValues()
{
    const QJsonObject base = m_vectors.value(u"wrongInputs").toObject().value(u"base").toObject();
    MimecastCredentials credentials;
    credentials.api = MimecastApi::V1;
    credentials.appId = text(base, "appId");
    credentials.appKey = text(base, "appKey");
    credentials.accessKey = text(base, "accessKey");
    credentials.secretKey = text(base, "secretKey");

    // A lower-case id with braces, and a clock reading with milliseconds, must both be sent
    // exactly as they were signed.
    ApiV1Authenticator authenticator(credentials);
    authenticator.setClock(
            [] { return QDateTime(QDate(2031, 7, 9), QTime(8, 3, 1, 999), QTimeZone::utc()); });
    authenticator.setRequestIdGenerator(
            [] { return QStringLiteral("{0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d}"); });

    QNetworkRequest request;
    authenticator.authorize(request, urlLogsPath);

    const QByteArray date = request.rawHeader("x-mc-date");
    const QByteArray requestId = request.rawHeader("x-mc-req-id");
    QCOMPARE(date, QByteArray("Wed, 09 Jul 2031 08:03:01 UTC"));
    QCOMPARE(requestId, QByteArray("{0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d}"));

    const std::optional<QByteArray> key = decodeSecretKey(credentials.secretKey);
    QVERIFY(key.has_value());
    const QString expected
            = computeSignature(*key, QString::fromLatin1(date), QString::fromLatin1(requestId),
                               urlLogsPath, credentials.appKey);
    QCOMPARE(signatureOf(request.rawHeader("Authorization")), expected);
}

void TestSigning::authenticatorFreshRequestId()
{
    MimecastCredentials credentials;
    credentials.api = MimecastApi::V1;
    credentials.appId = QStringLiteral("00000000-1111-2222-3333-444444444444");
    credentials.appKey = QStringLiteral("aaaabbbb-cccc-dddd-eeee-ffff00001111");
    credentials.accessKey = QStringLiteral("SYNTHETIC-ACCESS-KEY-0001");
    credentials.secretKey = QStringLiteral(
            "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyBzeW50aGV0aWMtc2VjcmV0LWJ5dGVz");

    // Without a generator the authenticator makes its own id for every request.
    ApiV1Authenticator authenticator(credentials);
    QNetworkRequest first;
    QNetworkRequest second;
    authenticator.authorize(first, urlLogsPath);
    authenticator.authorize(second, urlLogsPath);

    QVERIFY(!first.rawHeader("x-mc-req-id").isEmpty());
    QVERIFY(first.rawHeader("x-mc-req-id") != second.rawHeader("x-mc-req-id"));
    QVERIFY(first.rawHeader("Authorization") != second.rawHeader("Authorization"));
}

void TestSigning::signingDateEnglish_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QString>("expected");

    const auto utc = [](int year, int month, int day, int hour, int minute, int second) {
        return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc());
    };

    QTest::newRow("Fri Dec") << utc(2026, 12, 4, 15, 27, 59)
                             << QStringLiteral("Fri, 04 Dec 2026 15:27:59 UTC");
    QTest::newRow("Sat Jan") << utc(2026, 1, 3, 5, 7, 11)
                             << QStringLiteral("Sat, 03 Jan 2026 05:07:11 UTC");
    QTest::newRow("Thu Feb") << utc(2026, 2, 5, 10, 14, 22)
                             << QStringLiteral("Thu, 05 Feb 2026 10:14:22 UTC");
    QTest::newRow("Sun Mar") << utc(2026, 3, 1, 0, 0, 0)
                             << QStringLiteral("Sun, 01 Mar 2026 00:00:00 UTC");
    QTest::newRow("Thu Apr") << utc(2026, 4, 9, 20, 28, 44)
                             << QStringLiteral("Thu, 09 Apr 2026 20:28:44 UTC");
    QTest::newRow("Mon May") << utc(2026, 5, 11, 1, 35, 55)
                             << QStringLiteral("Mon, 11 May 2026 01:35:55 UTC");
    QTest::newRow("Sat Jun") << utc(2026, 6, 13, 6, 42, 6)
                             << QStringLiteral("Sat, 13 Jun 2026 06:42:06 UTC");
    QTest::newRow("Wed Jul") << utc(2026, 7, 15, 11, 49, 17)
                             << QStringLiteral("Wed, 15 Jul 2026 11:49:17 UTC");
    QTest::newRow("Mon Aug") << utc(2026, 8, 17, 16, 56, 28)
                             << QStringLiteral("Mon, 17 Aug 2026 16:56:28 UTC");
    QTest::newRow("Sat Sep") << utc(2026, 9, 19, 21, 3, 39)
                             << QStringLiteral("Sat, 19 Sep 2026 21:03:39 UTC");
    QTest::newRow("Wed Oct") << utc(2026, 10, 21, 2, 10, 50)
                             << QStringLiteral("Wed, 21 Oct 2026 02:10:50 UTC");
    QTest::newRow("Tue Nov") << utc(2015, 11, 24, 12, 50, 11)
                             << QStringLiteral("Tue, 24 Nov 2015 12:50:11 UTC");
    QTest::newRow("offset -03:00 crosses midnight")
            << QDateTime(QDate(2026, 12, 3), QTime(23, 59, 59), Qt::OffsetFromUTC, -3 * 3600)
            << QStringLiteral("Fri, 04 Dec 2026 02:59:59 UTC");
    QTest::newRow("Sao Paulo zone") << QDateTime(QDate(2026, 12, 4), QTime(12, 27, 59),
                                                 QTimeZone(QByteArrayLiteral("America/Sao_Paulo")))
                                    << QStringLiteral("Fri, 04 Dec 2026 15:27:59 UTC");
}

void TestSigning::signingDateEnglish()
{
    QFETCH(QDateTime, instant);
    QFETCH(QString, expected);

    QCOMPARE(formatSigningDate(instant), expected);
}

// Runs the tests in Brazilian Portuguese. The environment is set before QCoreApplication, so Qt's
// system locale follows it, and so does the C library locale when pt_BR is installed. The default
// QLocale is set as well.
int main(int argc, char *argv[])
{
    qputenv("LC_ALL", "pt_BR.UTF-8");
    qputenv("LANG", "pt_BR.UTF-8");
    qputenv("LANGUAGE", "pt_BR");
    QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale(QStringLiteral("pt_BR")));

    TestSigning test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_signing.moc"
