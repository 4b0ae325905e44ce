// Tests of small units used around the connector: the service URL policy, log type lists,
// retry backoff, rate-limit header parsing, secret redaction, the in-memory secret store and
// secret key names.

#include "backoffpolicy.h"
#include "logtype.h"
#include "memorysecretstore.h"
#include "mimecastresponse.h"
#include "profilesettings.h"
#include "secretstore.h"
#include "urlpolicy.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <optional>

using namespace bridge;
using Status = SecretStore::Status;

Q_DECLARE_METATYPE(QList<bridge::LogType>)

class TestUrlPolicyAndMisc : public QObject
{
    Q_OBJECT

private slots:
    void serviceUrlAccepted_data();
    void serviceUrlAccepted();
    void serviceUrlRejected_data();
    void serviceUrlRejected();
    void loopbackHost_data();
    void loopbackHost();

    void logTypeListValid_data();
    void logTypeListValid();
    void logTypeListInvalid_data();
    void logTypeListInvalid();

    void backoffDoublesToCap_data();
    void backoffDoublesToCap();
    void backoffJitterVaries();
    void backoffAttemptLimit();

    void millisecondsHeader_data();
    void millisecondsHeader();
    void redactSecretsText_data();
    void redactSecretsText();

    void memoryStoreAsynchronous();
    void memoryStoreForcedStatus_data();
    void memoryStoreForcedStatus();
    void memoryStoreRemove();
    void memoryStoreContextGone();
    void secretKeyNameFormat_data();
    void secretKeyNameFormat();
    void profileDemoFlagSaved();
};

void TestUrlPolicyAndMisc::serviceUrlAccepted_data()
{
    QTest::addColumn<QString>("url");

    QTest::newRow("https global") << QStringLiteral("https://api.services.mimecast.com");
    QTest::newRow("https with path") << QStringLiteral("https://eu-api.mimecast.com/");
    QTest::newRow("https private address") << QStringLiteral("https://10.0.0.1:8443");
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080");
    QTest::newRow("http 127.5.6.7") << QStringLiteral("http://127.5.6.7");
    QTest::newRow("http [::1]") << QStringLiteral("http://[::1]:9000");
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8443");
    QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST/");
    QTest::newRow("HTTPS upper case") << QStringLiteral("HTTPS://api.services.mimecast.com");
}

void TestUrlPolicyAndMisc::serviceUrlAccepted()
{
    QFETCH(QString, url);

    QCOMPARE(validateServiceUrl(QUrl(url)), QString());
}

void TestUrlPolicyAndMisc::serviceUrlRejected_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("hidden");

    const auto row
            = [](const char *name, const char *url, const char *shown, const char *hidden = "") {
                  QTest::newRow(name) << QString::fromLatin1(url) << QString::fromLatin1(shown)
                                      << QString::fromLatin1(hidden);
              };
    row("http 10.0.0.1", "http://10.0.0.1", "http://10.0.0.1");
    row("http example.com", "http://example.com/api", "http://example.com/api");
    row("http mimecast", "http://api.services.mimecast.com", "http://api.services.mimecast.com");
    row("http 128.0.0.1", "http://128.0.0.1", "http://128.0.0.1");
    row("http 127.0.0.1 as subdomain", "http://127.0.0.1.example.com",
        "http://127.0.0.1.example.com");
    row("ftp loopback", "ftp://127.0.0.1", "ftp://127.0.0.1");
    row("ftp example.com", "ftp://example.com", "ftp://example.com");
    row("https user and password", "https://admin:hunter2secret@api.example.com",
        "https://api.example.com", "hunter2secret");
    row("http user on loopback", "http://tester@127.0.0.1:8080", "http://127.0.0.1:8080", "tester");
    row("no host", "https://", "https:");
    row("file URL", "file:///etc/hosts", "file:///etc/hosts");
}

void TestUrlPolicyAndMisc::serviceUrlRejected()
{
    QFETCH(QString, url);
    QFETCH(QString, shown);
    QFETCH(QString, hidden);

    const QString message = validateServiceUrl(QUrl(url));
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.contains(shown), qPrintable(message));
    if (!hidden.isEmpty())
        QVERIFY2(!message.contains(hidden), qPrintable(message));
}

void TestUrlPolicyAndMisc::loopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.5.6.7") << QStringLiteral("127.5.6.7") << true;
    QTest::newRow("127.255.255.255") << QStringLiteral("127.255.255.255") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LocalHost") << QStringLiteral("LocalHost") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
    QTest::newRow("long ::1") << QStringLiteral("0:0:0:0:0:0:0:1") << true;
    QTest::newRow("zero-padded ::1") << QStringLiteral("0000::0001") << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("1.127.0.0") << QStringLiteral("1.127.0.0") << false;
    QTest::newRow("127.0.0") << QStringLiteral("127.0.0") << false;
    QTest::newRow("127.0.0.256") << QStringLiteral("127.0.0.256") << false;
    QTest::newRow("127.0.0.1.example.com") << QStringLiteral("127.0.0.1.example.com") << false;
    QTest::newRow("localhost.example.com") << QStringLiteral("localhost.example.com") << false;
    QTest::newRow("notlocalhost") << QStringLiteral("notlocalhost") << false;
    QTest::newRow("::") << QStringLiteral("::") << false;
    QTest::newRow("::2") << QStringLiteral("::2") << false;
    QTest::newRow("1::1") << QStringLiteral("1::1") << false;
    QTest::newRow("example.com") << QStringLiteral("example.com") << false;
}

void TestUrlPolicyAndMisc::loopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);

    QCOMPARE(isLoopbackHost(host), loopback);
}

void TestUrlPolicyAndMisc::logTypeListValid_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QList<LogType>>("expected");

    QTest::newRow("one") << QStringLiteral("url") << QList<LogType> {LogType::Url};
    QTest::newRow("two") << QStringLiteral("attachment,url")
                         << QList<LogType> {LogType::Attachment, LogType::Url};
    QTest::newRow("all in given order")
            << QStringLiteral("url,impersonation,attachment")
            << QList<LogType> {LogType::Url, LogType::Impersonation, LogType::Attachment};
    QTest::newRow("spaces and case") << QStringLiteral(" URL , Attachment ")
                                     << QList<LogType> {LogType::Url, LogType::Attachment};
    QTest::newRow("repeated") << QStringLiteral("url,url,impersonation")
                              << QList<LogType> {LogType::Url, LogType::Impersonation};
    QTest::newRow("trailing comma")
            << QStringLiteral("impersonation,") << QList<LogType> {LogType::Impersonation};
}

void TestUrlPolicyAndMisc::logTypeListValid()
{
    QFETCH(QString, list);
    QFETCH(QList<LogType>, expected);

    QString invalidName;
    const std::optional<QList<LogType>> types = parseLogTypeList(list, &invalidName);
    QVERIFY2(types.has_value(), qPrintable(invalidName));
    QCOMPARE(*types, expected);
}

void TestUrlPolicyAndMisc::logTypeListInvalid_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("invalidName");

    QTest::newRow("unknown") << QStringLiteral("dlp") << QStringLiteral("dlp");
    QTest::newRow("unknown second")
            << QStringLiteral("url, clicks ,attachment") << QStringLiteral("clicks");
    QTest::newRow("plural") << QStringLiteral("urls") << QStringLiteral("urls");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only commas") << QStringLiteral(",,") << QStringLiteral(",,");
}

void TestUrlPolicyAndMisc::logTypeListInvalid()
{
    QFETCH(QString, list);
    QFETCH(QString, invalidName);

    QString reported = QStringLiteral("unset");
    QVERIFY(!parseLogTypeList(list, &reported).has_value());
    QCOMPARE(reported, invalidName);
}

void TestUrlPolicyAndMisc::backoffDoublesToCap_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("baseMs");

    const QList<QPair<int, qint64>> steps = {
            {1, 2000},   {2, 4000},   {3, 8000},   {4, 16000},   {5, 32000},   {6, 64000},
            {7, 128000}, {8, 256000}, {9, 300000}, {10, 300000}, {31, 300000}, {1000, 300000},
    };
    for (const auto &[attempt, baseMs] : steps)
        QTest::newRow(qPrintable(u"attempt " + QString::number(attempt))) << attempt << baseMs;
}

void TestUrlPolicyAndMisc::backoffDoublesToCap()
{
    QFETCH(int, attempt);
    QFETCH(qint64, baseMs);

    // Jitter takes up to a fifth off the doubled delay and never adds to it.
    const BackoffPolicy policy;
    qint64 minimum = baseMs;
    qint64 maximum = 0;
    for (int sample = 0; sample < 300; ++sample) {
        const qint64 delay = policy.delayForAttempt(attempt);
        minimum = std::min(minimum, delay);
        maximum = std::max(maximum, delay);
    }
    QVERIFY2(minimum >= baseMs - baseMs / 5, qPrintable(QString::number(minimum)));
    QVERIFY2(maximum <= baseMs, qPrintable(QString::number(maximum)));
}

void TestUrlPolicyAndMisc::backoffJitterVaries()
{
    const BackoffPolicy policy;
    QList<qint64> delays;
    for (int sample = 0; sample < 50; ++sample)
        delays.append(policy.delayForAttempt(3));
    std::sort(delays.begin(), delays.end());
    // With jitter, 50 draws from 1601 possible values are all equal with negligible probability.
    QVERIFY(delays.first() != delays.last());
}

void TestUrlPolicyAndMisc::backoffAttemptLimit()
{
    BackoffPolicy policy;
    QVERIFY(policy.allowsAttempt(6));
    QVERIFY(!policy.allowsAttempt(7));

    policy.maxAttempts = 0;
    QVERIFY(policy.allowsAttempt(10000));
}

void TestUrlPolicyAndMisc::millisecondsHeader_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("2500") << QByteArray("2500") << qint64(2500);
    QTest::newRow("padded") << QByteArray(" 2500 ") << qint64(2500);
    QTest::newRow("2500.0") << QByteArray("2500.0") << qint64(2500);
    QTest::newRow("0") << QByteArray("0") << qint64(0);
    QTest::newRow("above 32 bits") << QByteArray("5000000000") << qint64(5000000000);
    QTest::newRow("abc") << QByteArray("abc") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("-5") << QByteArray("-5") << qint64(-1);
    QTest::newRow("number then text") << QByteArray("2500ms") << qint64(-1);
}

void TestUrlPolicyAndMisc::millisecondsHeader()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);

    QCOMPARE(parseMillisecondsHeader(value), expected);
}

void TestUrlPolicyAndMisc::redactSecretsText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one secret twice") << QStringLiteral("key s3cr3tValue and again s3cr3tValue.")
                                      << QStringList {QStringLiteral("s3cr3tValue")}
                                      << QStringLiteral("key *** and again ***.");
    QTest::newRow("two secrets") << QStringLiteral("id=AKtestAccess key=c2VjcmV0")
                                 << QStringList {QStringLiteral("AKtestAccess"),
                                                 QStringLiteral("c2VjcmV0")}
                                 << QStringLiteral("id=*** key=***");
    QTest::newRow("access_token in JSON")
            << QStringLiteral(R"({"access_token": "eyJhbGciOi.abc", "expires_in": 1800})")
            << QStringList() << QStringLiteral(R"({"access_token":"***", "expires_in": 1800})");
    QTest::newRow("client_secret in JSON")
            << QStringLiteral(R"({"client_secret":"topsecret"})") << QStringList()
            << QStringLiteral(R"({"client_secret":"***"})");
    QTest::newRow("no secret present")
            << QStringLiteral("HTTP 502 Bad Gateway") << QStringList {QStringLiteral("s3cr3tValue")}
            << QStringLiteral("HTTP 502 Bad Gateway");
}

void TestUrlPolicyAndMisc::redactSecretsText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, secrets);
    QFETCH(QString, expected);

    QCOMPARE(redactSecrets(text, secrets), expected);
}

void TestUrlPolicyAndMisc::memoryStoreAsynchronous()
{
    MemorySecretStore store;
    QObject context;
    std::optional<SecretStore::Result> written;
    store.write(QStringLiteral("k"), QStringLiteral("value-1"), &context,
                [&written](const SecretStore::Result &result) { written = result; });
    QVERIFY(!written.has_value());
    QTRY_VERIFY(written.has_value());
    QCOMPARE(written->status, Status::Ok);
    QCOMPARE(store.entryCount(), 1);

    std::optional<SecretStore::Result> read;
    store.read(QStringLiteral("k"), &context,
               [&read](const SecretStore::Result &result) { read = result; });
    QVERIFY(!read.has_value());
    QTRY_VERIFY(read.has_value());
    QCOMPARE(read->status, Status::Ok);
    QCOMPARE(read->value, QStringLiteral("value-1"));

    std::optional<SecretStore::Result> missing;
    store.read(QStringLiteral("other"), &context,
               [&missing](const SecretStore::Result &result) { missing = result; });
    QTRY_VERIFY(missing.has_value());
    QCOMPARE(missing->status, Status::NotFound);
    QVERIFY(missing->value.isEmpty());
}

void TestUrlPolicyAndMisc::memoryStoreForcedStatus_data()
{
    QTest::addColumn<Status>("status");

    QTest::newRow("NoBackend") << Status::NoBackend;
    QTest::newRow("AccessDenied") << Status::AccessDenied;
    QTest::newRow("TooLarge") << Status::TooLarge;
    QTest::newRow("OtherError") << Status::OtherError;
}

void TestUrlPolicyAndMisc::memoryStoreForcedStatus()
{
    QFETCH(Status, status);

    MemorySecretStore store;
    QObject context;
    std::optional<SecretStore::Result> stored;
    store.write(QStringLiteral("k"), QStringLiteral("v"), &context,
                [&stored](const SecretStore::Result &result) { stored = result; });
    QTRY_VERIFY(stored.has_value());

    store.setForcedStatus(status);
    std::optional<SecretStore::Result> read;
    std::optional<SecretStore::Result> written;
    std::optional<SecretStore::Result> removed;
    store.read(QStringLiteral("k"), &context,
               [&read](const SecretStore::Result &result) { read = result; });
    store.write(QStringLiteral("k2"), QStringLiteral("v2"), &context,
                [&written](const SecretStore::Result &result) { written = result; });
    store.remove(QStringLiteral("k"), &context,
                 [&removed](const SecretStore::Result &result) { removed = result; });
    QTRY_VERIFY(removed.has_value());

    QVERIFY(read.has_value());
    QCOMPARE(read->status, status);
    QVERIFY(read->value.isEmpty());
    QVERIFY(written.has_value());
    QCOMPARE(written->status, status);
    QCOMPARE(removed->status, status);
    // A failed write stores nothing and a failed remove deletes nothing.
    QCOMPARE(store.entryCount(), 1);
}

void TestUrlPolicyAndMisc::memoryStoreRemove()
{
    MemorySecretStore store;
    QObject context;
    std::optional<SecretStore::Result> first;
    std::optional<SecretStore::Result> second;
    store.write(QStringLiteral("k"), QStringLiteral("v"), &context,
                [](const SecretStore::Result &) {});
    store.remove(QStringLiteral("k"), &context,
                 [&first](const SecretStore::Result &result) { first = result; });
    store.remove(QStringLiteral("k"), &context,
                 [&second](const SecretStore::Result &result) { second = result; });
    QTRY_VERIFY(second.has_value());
    QVERIFY(first.has_value());
    QCOMPARE(first->status, Status::Ok);
    QCOMPARE(second->status, Status::NotFound);
    QCOMPARE(store.entryCount(), 0);
}

void TestUrlPolicyAndMisc::memoryStoreContextGone()
{
    MemorySecretStore store;
    auto context = std::make_unique<QObject>();
    QObject witness;
    bool called = false;
    bool witnessCalled = false;
    store.read(QStringLiteral("k"), context.get(),
               [&called](const SecretStore::Result &) { called = true; });
    store.read(QStringLiteral("k"), &witness,
               [&witnessCalled](const SecretStore::Result &) { witnessCalled = true; });
    context.reset();

    // The witness callback was queued after the dropped one, so once it ran the other is gone.
    QTRY_VERIFY(witnessCalled);
    QVERIFY(!called);
}

void TestUrlPolicyAndMisc::secretKeyNameFormat_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("connector");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("default") << QStringLiteral("mimecast")
                           << QStringLiteral("secret-key")
                           << QStringLiteral("mimecast-bridge/v1/default/mimecast/secret-key");
    QTest::newRow("other connector")
            << QStringLiteral("acme") << QStringLiteral("sophos") << QStringLiteral("client-secret")
            << QStringLiteral("mimecast-bridge/v1/acme/sophos/client-secret");
    QTest::newRow("percent in profile")
            << QStringLiteral("lab%2") << QStringLiteral("mimecast") << QStringLiteral("access-key")
            << QStringLiteral("mimecast-bridge/v1/lab%2/mimecast/access-key");
}

void TestUrlPolicyAndMisc::secretKeyNameFormat()
{
    QFETCH(QString, profile);
    QFETCH(QString, connector);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    QCOMPARE(secretKeyName(profile, connector, field), expected);
}

void TestUrlPolicyAndMisc::profileDemoFlagSaved()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    ProfileSettings settings;
    settings.name = QStringLiteral("demo");
    settings.demo = true;
    QString error;
    QVERIFY2(settings.save(folder.path(), &error), qPrintable(error));

    // The file itself must carry the flag: QSettings treats a group named "General" specially,
    // and its in-process cache would hide a key that a fresh start cannot read back.
    QFile file(ProfileSettings::filePath(folder.path(), settings.name));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY2(content.contains("[profile]\ndemo=true"), content.constData());

    const std::optional<ProfileSettings> loaded
            = ProfileSettings::load(folder.path(), settings.name);
    QVERIFY(loaded);
    QVERIFY(loaded->demo);

    settings.demo = false;
    QVERIFY(settings.save(folder.path(), &error));
    QVERIFY(!ProfileSettings::load(folder.path(), settings.name)->demo);
}

QTEST_GUILESS_MAIN(TestUrlPolicyAndMisc)

#include "tst_url_policy_and_misc.moc"
