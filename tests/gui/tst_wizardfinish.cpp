// The wizard's destination and summary pages against the in-process Sophos simulator and a
// memory keychain. Covered: the Sophos credential test and tenant picker, the ingest URL and
// file checks, and the summary's keychain entry names. Finish is checked storing the secrets
// and the profile, failing cleanly, and keeping the credentials for the session only.

#include "desktopremedy.h"
#include "destinationpage.h"
#include "languages.h"
#include "profilesettings.h"
#include "simulatorcredentials.h"
#include "sophossimulator.h"
#include "summarypage.h"
#include "urlpolicy.h"
#include "wizardtesting.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTextEdit>

using namespace bridge;
using namespace bridge::testing;

namespace {

constexpr int testTimeoutMs = 10000;

template<typename T> T *child(QWidget *page, const char *name)
{
    return page->findChild<T *>(QLatin1String(name));
}

// A keychain that stores the first writes in memory and rejects every write after them.
class FailingSecretStore : public SecretStore
{
public:
    FailingSecretStore(int successfulWrites, Status failure)
        : m_successfulWrites(successfulWrites)
        , m_failure(failure)
    { }

    void read(const QString &key, QObject *context, Callback callback) override
    {
        Result result;
        result.status = m_values.contains(key) ? Status::Ok : Status::NotFound;
        result.value = m_values.value(key);
        deliver(context, std::move(callback), result);
    }

    void write(const QString &key, const QString &value, QObject *context,
               Callback callback) override
    {
        attemptedKeys.append(key);
        Result result;
        if (m_values.size() < m_successfulWrites) {
            m_values.insert(key, value);
            result.status = Status::Ok;
        } else {
            result.status = m_failure;
            result.detail = QStringLiteral("write rejected by the test");
        }
        deliver(context, std::move(callback), result);
    }

    void remove(const QString &key, QObject *context, Callback callback) override
    {
        m_values.remove(key);
        Result result;
        result.status = Status::Ok;
        deliver(context, std::move(callback), result);
    }

    QStringList attemptedKeys;
    QStringList storedKeys() const { return m_values.keys(); }

private:
    static void deliver(QObject *context, Callback callback, const Result &result)
    {
        QMetaObject::invokeMethod(
                context, [callback = std::move(callback), result] { callback(result); },
                Qt::QueuedConnection);
    }

    QHash<QString, QString> m_values;
    int m_successfulWrites;
    Status m_failure;
};

// Reads one key from a store, waiting for the queued callback.
SecretStore::Result readSecret(SecretStore *store, const QString &key)
{
    SecretStore::Result result;
    bool done = false;
    QObject context;
    store->read(key, &context, [&](const SecretStore::Result &reply) {
        result = reply;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, testTimeoutMs))
        result.detail = QStringLiteral("timed out"); // status stays OtherError
    return result;
}

// The texts of every label and text box in the wizard.
QStringList visibleTexts(QWidget *wizard)
{
    QStringList texts;
    for (const QLabel *label : wizard->findChildren<QLabel *>())
        texts.append(label->text());
    for (const QTextEdit *edit : wizard->findChildren<QTextEdit *>())
        texts.append(edit->toPlainText());
    for (const QPlainTextEdit *edit : wizard->findChildren<QPlainTextEdit *>())
        texts.append(edit->toPlainText());
    return texts;
}

QStringList secretValues(const OnboardingSession &session)
{
    QStringList values = session.mimecast.secretValues();
    values.append(session.mimecast.clientId);
    values.append(session.mimecast.appId);
    for (const QString &value : session.destinationSecrets)
        values.append(value);
    values.removeAll(QString());
    return values;
}

void addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR");
}

} // namespace

class WizardFinishTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QVERIFY(installTranslations(QStringLiteral("en"))); }

    void partnerPicksTenant_data() { addLanguages(); }
    void partnerPicksTenant();
    void wrongSecretShowsError();
    void tenantAccountNeedsNoPicker();
    void cancelStopsTest();
    void ingestUrlValidated();
    void outputFileFolderChecked();
    void summaryNamesEntriesOnly_data() { addLanguages(); }
    void summaryNamesEntriesOnly();
    void finishStoresSecretsAndProfile_data() { addLanguages(); }
    void finishStoresSecretsAndProfile();
    void failingStoreKeepsWizardOpen_data() { addLanguages(); }
    void failingStoreKeepsWizardOpen();
    void unavailableKeychainNeedsSessionOnly_data() { addLanguages(); }
    void unavailableKeychainNeedsSessionOnly();
    void demoFinishStoresNoSecret();
    void existingProfileWarns();
    void pagesAreAccessible_data() { addLanguages(); }
    void pagesAreAccessible();
    void pagesRetranslateAtRunTime();
};

void WizardFinishTest::partnerPicksTenant()
{
    QFETCH(QString, language);
    QVERIFY(installTranslations(language));
    WizardFixture fixture;
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    SetupWizard *wizard = fixture.open(SetupWizard::Destination);
    auto *page = fixture.page<DestinationPage>();
    QVERIFY(page);
    QVERIFY(child<QRadioButton>(page, "sophosRadio")->isChecked());
    QVERIFY(!fixture.button(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QLineEdit>(page, "clientSecretEdit")->echoMode() == QLineEdit::Password);
    child<QCheckBox>(page, "revealSecretCheck")->setChecked(true);
    QVERIFY(child<QLineEdit>(page, "clientSecretEdit")->echoMode() == QLineEdit::Normal);
    child<QCheckBox>(page, "revealSecretCheck")->setChecked(false);
    QCOMPARE(child<QLineEdit>(page, "apiUrlEdit")->text(), fixture.demo.sophosUrl().toString());

    QSignalSpy finished(page, &DestinationPage::testFinished);
    child<QPushButton>(page, "testButton")->click();
    QVERIFY(page->isTesting());
    QVERIFY(child<QPushButton>(page, "cancelTestButton")->isEnabled());
    QVERIFY(finished.wait(testTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), true);

    QSortFilterProxyModel *tenants = page->tenantProxy();
    QCOMPARE(tenants->rowCount(), 3);
    auto *view = child<QTableView>(page, "tenantView");
    QVERIFY(view->isVisible());
    QVERIFY(!fixture.button(QWizard::NextButton)->isEnabled());

    const SophosTenant chosen = fixture.demo.sophos()->tenants().at(1);
    child<QLineEdit>(page, "tenantFilterEdit")->setText(chosen.name.toUpper());
    QCOMPARE(tenants->rowCount(), 1);
    QCOMPARE(tenants->index(0, DestinationPage::TenantIdColumn).data().toString(), chosen.id);
    QVERIFY(!fixture.button(QWizard::NextButton)->isEnabled());

    view->selectRow(0);
    QVERIFY(fixture.button(QWizard::NextButton)->isEnabled());
    QVERIFY(saveScreenshot(wizard, language, QStringLiteral("destination")));

    fixture.button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentId(), int(SetupWizard::Summary));
    QCOMPARE(fixture.session.settings.destination, QStringLiteral("sophos-case"));
    QCOMPARE(fixture.session.settings.sophosTenant, chosen.id);
    QCOMPARE(fixture.session.sophosTenantName, chosen.name);
    QCOMPARE(fixture.session.settings.sophosApiUrl, fixture.demo.sophosUrl());
    QCOMPARE(fixture.session.destinationSecrets.value(QStringLiteral("SOPHOS_CLIENT_SECRET")),
             demo::sophosClientSecret());
}

void WizardFinishTest::wrongSecretShowsError()
{
    WizardFixture fixture;
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    fixture.open(SetupWizard::Destination);
    auto *page = fixture.page<DestinationPage>();

    // The message the client itself produces for the same credentials.
    SophosEndpoints endpoints;
    endpoints.identityUrl = fixture.demo.sophosUrl();
    endpoints.apiUrl = fixture.demo.sophosUrl();
    QNetworkAccessManager network;
    SophosCentralClient client(&network, endpoints,
                               {demo::sophosClientId(), QStringLiteral("wrong-secret")});
    QString expected;
    client.whoami(
            [&](const SophosError &error, const SophosIdentity &) { expected = error.message; });
    QTRY_VERIFY_WITH_TIMEOUT(!expected.isEmpty(), testTimeoutMs);

    QSignalSpy finished(page, &DestinationPage::testFinished);
    child<QLineEdit>(page, "clientSecretEdit")->setText(QStringLiteral("wrong-secret"));
    child<QPushButton>(page, "testButton")->click();
    QVERIFY(finished.wait(testTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), false);
    // The request ids differ between the two calls.
    const QRegularExpression uuid(QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}"));
    QString labelText = child<QLabel>(page, "testStatusLabel")->text();
    QCOMPARE(labelText.replace(uuid, QStringLiteral("<id>")),
             expected.replace(uuid, QStringLiteral("<id>")));
    QVERIFY(!child<QLabel>(page, "testStatusLabel")->text().contains(u"wrong-secret"));
    QVERIFY(!child<QTableView>(page, "tenantView")->isVisible());
    QVERIFY(!fixture.button(QWizard::NextButton)->isEnabled());
}

void WizardFinishTest::tenantAccountNeedsNoPicker()
{
    WizardFixture fixture;
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    fixture.demo.sophos()->setIdType(SophosIdType::Tenant);
    SetupWizard *wizard = fixture.open(SetupWizard::Destination);
    auto *page = fixture.page<DestinationPage>();

    QSignalSpy finished(page, &DestinationPage::testFinished);
    page->startTest();
    QVERIFY(finished.wait(testTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!child<QTableView>(page, "tenantView")->isVisible());
    QVERIFY(!child<QLineEdit>(page, "tenantFilterEdit")->isVisible());
    QVERIFY(fixture.button(QWizard::NextButton)->isEnabled());

    // Editing the credentials requires a new test.
    QTest::keyClick(child<QLineEdit>(page, "clientIdEdit"), Qt::Key_X);
    QVERIFY(!fixture.button(QWizard::NextButton)->isEnabled());
    page->startTest();
    QVERIFY(finished.wait(testTimeoutMs));
    QCOMPARE(finished.last().first().toBool(), false);
    QTest::keyClick(child<QLineEdit>(page, "clientIdEdit"), Qt::Key_Backspace);
    page->startTest();
    QVERIFY(finished.wait(testTimeoutMs));
    QCOMPARE(finished.last().first().toBool(), true);

    fixture.button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentId(), int(SetupWizard::Summary));
    QCOMPARE(fixture.session.settings.sophosTenant, fixture.demo.sophos()->callerId());
}

void WizardFinishTest::cancelStopsTest()
{
    WizardFixture fixture;
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    fixture.open(SetupWizard::Destination);
    auto *page = fixture.page<DestinationPage>();

    // A server that accepts connections and never sends a response.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const QString silentUrl = QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort());
    child<QLineEdit>(page, "identityUrlEdit")->setText(silentUrl);
    child<QLineEdit>(page, "apiUrlEdit")->setText(silentUrl);

    QSignalSpy finished(page, &DestinationPage::testFinished);
    page->startTest();
    QVERIFY(page->isTesting());
    QVERIFY(!finished.wait(300));
    child<QPushButton>(page, "cancelTestButton")->click();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!page->isTesting());
    QVERIFY(child<QPushButton>(page, "testButton")->isEnabled());
    QVERIFY(!fixture.button(QWizard::NextButton)->isEnabled());
}

void WizardFinishTest::ingestUrlValidated()
{
    WizardFixture fixture;
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    SetupWizard *wizard = fixture.open(SetupWizard::Destination);
    auto *page = fixture.page<DestinationPage>();
    child<QRadioButton>(page, "ingestRadio")->setChecked(true);
    auto *url = child<QLineEdit>(page, "ingestUrlEdit");
    auto *status = child<QLabel>(page, "ingestStatusLabel");
    QCOMPARE(url->text(), fixture.demo.ingestUrl().toString());
    QVERIFY(fixture.button(QWizard::NextButton)->isEnabled());

    url->setText(QStringLiteral("http://example.com/ingest"));
    QVERIFY(!fixture.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(status->text(), validateServiceUrl(QUrl(QStringLiteral("http://example.com/ingest"))));
    QVERIFY(!status->text().isEmpty());

    url->setText(QStringLiteral("https://ingest.example.com/v1"));
    QVERIFY(fixture.button(QWizard::NextButton)->isEnabled());
    child<QLineEdit>(page, "ingestKeyEdit")->clear();
    QVERIFY(!fixture.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!status->text().isEmpty());
    child<QLineEdit>(page, "ingestKeyEdit")->setText(QStringLiteral("ingest-key-value"));

    url->setText(fixture.demo.ingestUrl().toString());
    fixture.button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentId(), int(SetupWizard::Summary));
    QCOMPARE(fixture.session.settings.destination, QStringLiteral("https"));
    QCOMPARE(fixture.session.settings.ingestUrl, fixture.demo.ingestUrl());
    QCOMPARE(fixture.session.destinationSecrets.value(QStringLiteral("INGEST_KEY")),
             QStringLiteral("ingest-key-value"));
}

void WizardFinishTest::outputFileFolderChecked()
{
    WizardFixture fixture;
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    SetupWizard *wizard = fixture.open(SetupWizard::Destination);
    auto *page = fixture.page<DestinationPage>();
    child<QRadioButton>(page, "fileRadio")->setChecked(true);
    auto *path = child<QLineEdit>(page, "outputFileEdit");
    auto *status = child<QLabel>(page, "outputStatusLabel");

    // /proc accepts no new files, not even from root, so the check cannot pass by permission
    // bits alone.
    path->setText(QStringLiteral("/proc/mimecast-alerts.jsonl"));
    QVERIFY(!fixture.button(QWizard::NextButton)->isEnabled());
    QVERIFY(status->text().contains(u"/proc"));

    path->setText(fixture.folder.filePath(QStringLiteral("missing/alerts.jsonl")));
    QVERIFY(!fixture.button(QWizard::NextButton)->isEnabled());
    QVERIFY(status->text().contains(u"missing"));

    path->setText(QStringLiteral("alerts.jsonl"));
    QVERIFY(!fixture.button(QWizard::NextButton)->isEnabled());

    const QString good = fixture.folder.filePath(QStringLiteral("alerts.jsonl"));
    path->setText(good);
    QVERIFY(fixture.button(QWizard::NextButton)->isEnabled());
    QVERIFY(status->text().isEmpty());
    fixture.button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentId(), int(SetupWizard::Summary));
    QCOMPARE(fixture.session.settings.destination, QStringLiteral("jsonl"));
    QCOMPARE(fixture.session.settings.outputFile, good);
}

// The summary of a real (not demo) profile names the keychain entries, and no label or text
// box anywhere in the wizard shows a secret.
void WizardFinishTest::summaryNamesEntriesOnly()
{
    QFETCH(QString, language);
    QVERIFY(installTranslations(language));
    WizardFixture fixture;
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    fixture.session.settings.demo = false;
    fixture.session.settings.name = QStringLiteral("acme");
    SetupWizard *wizard = fixture.open(SetupWizard::Summary);
    auto *page = fixture.page<SummaryPage>();
    QVERIFY(page);
    QVERIFY(page->isFinalPage());
    QCOMPARE(child<QLineEdit>(page, "profileNameEdit")->text(), QStringLiteral("acme"));
    QCOMPARE(child<QSpinBox>(page, "pollIntervalSpin")->value(), 5);
    QCOMPARE(child<QSpinBox>(page, "pollIntervalSpin")->minimum(), 1);
    QCOMPARE(child<QSpinBox>(page, "pollIntervalSpin")->maximum(), 60);
    QCOMPARE(child<QSpinBox>(page, "backfillSpin")->value(), 24);
    QCOMPARE(child<QSpinBox>(page, "backfillSpin")->maximum(), 720);

    const QStringList expectedKeys {
            QStringLiteral("mimecast-bridge/v1/acme/mimecast/client-id"),
            QStringLiteral("mimecast-bridge/v1/acme/mimecast/client-secret"),
            QStringLiteral("mimecast-bridge/v1/acme/sophos/client-id"),
            QStringLiteral("mimecast-bridge/v1/acme/sophos/client-secret"),
    };
    QCOMPARE(page->secretKeyNames(), expectedKeys);
    const QString summary = child<QTextEdit>(page, "summaryEdit")->toPlainText();
    for (const QString &key : expectedKeys)
        QVERIFY2(summary.contains(key), qPrintable(key));
    QVERIFY(summary.contains(fixture.demo.mimecastUrl().toString()));

    child<QLineEdit>(page, "profileNameEdit")->setText(QStringLiteral("globex"));
    QVERIFY(child<QTextEdit>(page, "summaryEdit")
                    ->toPlainText()
                    .contains(u"mimecast-bridge/v1/globex/mimecast/client-secret"));

    const QStringList texts = visibleTexts(wizard);
    for (const QString &secret : secretValues(fixture.session)) {
        for (const QString &text : texts)
            QVERIFY2(!text.contains(secret), "a secret value appears in a widget");
    }

    child<QLineEdit>(page, "profileNameEdit")->setText(QStringLiteral("bad name/"));
    QVERIFY(!fixture.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(child<QLabel>(page, "profileNameStatusLabel")->isVisible());
    child<QLineEdit>(page, "profileNameEdit")->setText(QStringLiteral("acme"));
    QVERIFY(fixture.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(saveScreenshot(wizard, language, QStringLiteral("summary")));
}

void WizardFinishTest::finishStoresSecretsAndProfile()
{
    QFETCH(QString, language);
    QVERIFY(installTranslations(language));
    WizardFixture fixture;
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    fixture.session.settings.demo = false;
    fixture.session.settings.name = QStringLiteral("acme");
    fixture.session.settings.sophosTenant = demo::sophosTenantId(0);
    SetupWizard *wizard = fixture.open(SetupWizard::Summary);
    auto *page = fixture.page<SummaryPage>();
    child<QSpinBox>(page, "pollIntervalSpin")->setValue(15);
    child<QSpinBox>(page, "backfillSpin")->setValue(48);

    QSignalSpy created(wizard, &SetupWizard::profileCreated);
    fixture.button(QWizard::FinishButton)->click();
    QVERIFY(page->isSaving());
    QVERIFY(!fixture.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!fixture.button(QWizard::BackButton)->isEnabled());
    QVERIFY(wizard->isVisible());

    QVERIFY(created.wait(testTimeoutMs));
    QCOMPARE(created.first().first().toString(), QStringLiteral("acme"));
    QTRY_VERIFY(!wizard->isVisible());
    QCOMPARE(wizard->result(), int(QDialog::Accepted));

    QCOMPARE(fixture.memoryStore.entryCount(), 4);
    const QList<std::pair<QString, QString>> expected {
            {QStringLiteral("mimecast-bridge/v1/acme/mimecast/client-id"), demo::clientId()},
            {QStringLiteral("mimecast-bridge/v1/acme/mimecast/client-secret"),
             demo::clientSecret()},
            {QStringLiteral("mimecast-bridge/v1/acme/sophos/client-id"), demo::sophosClientId()},
            {QStringLiteral("mimecast-bridge/v1/acme/sophos/client-secret"),
             demo::sophosClientSecret()},
    };
    for (const auto &[key, value] : expected) {
        const SecretStore::Result result = readSecret(&fixture.memoryStore, key);
        QCOMPARE(result.status, SecretStore::Status::Ok);
        QVERIFY2(result.value == value, qPrintable(key));
    }

    const std::optional<ProfileSettings> saved
            = ProfileSettings::load(fixture.paths.configFolder(), QStringLiteral("acme"));
    QVERIFY(saved);
    QCOMPARE(saved->pollIntervalMinutes, 15);
    QCOMPARE(saved->backfillHours, 48);
    QCOMPARE(saved->baseUrl, fixture.demo.mimecastUrl());
    QCOMPARE(saved->sophosTenant, demo::sophosTenantId(0));
    QCOMPARE(saved->destination, QStringLiteral("sophos-case"));
    QVERIFY(!saved->demo);

    // The settings file contains no secret.
    QFile file(ProfileSettings::filePath(fixture.paths.configFolder(), QStringLiteral("acme")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString stored = QString::fromUtf8(file.readAll());
    for (const QString &secret : secretValues(fixture.session))
        QVERIFY2(!stored.contains(secret), "a secret value is in the settings file");
}

void WizardFinishTest::failingStoreKeepsWizardOpen()
{
    QFETCH(QString, language);
    QVERIFY(installTranslations(language));
    FailingSecretStore store(1, SecretStore::Status::AccessDenied);
    WizardFixture fixture(&store);
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    fixture.session.settings.demo = false;
    fixture.session.settings.name = QStringLiteral("acme");
    SetupWizard *wizard = fixture.open(SetupWizard::Summary);
    auto *page = fixture.page<SummaryPage>();

    QSignalSpy failed(page, &SummaryPage::saveFailed);
    QSignalSpy created(wizard, &SetupWizard::profileCreated);
    fixture.button(QWizard::FinishButton)->click();
    QVERIFY(failed.wait(testTimeoutMs));

    const QString failedKey = QStringLiteral("mimecast-bridge/v1/acme/mimecast/client-secret");
    QCOMPARE(
            store.attemptedKeys,
            QStringList({QStringLiteral("mimecast-bridge/v1/acme/mimecast/client-id"), failedKey}));
    QCOMPARE(store.storedKeys().size(), 1);
    QVERIFY(created.isEmpty());
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(SetupWizard::Summary));
    QVERIFY(!page->isSaving());
    QVERIFY(fixture.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(fixture.button(QWizard::BackButton)->isEnabled());

    const QString message = child<QLabel>(page, "finishStatusLabel")->text();
    QCOMPARE(failed.first().first().toString(), message);
    QVERIFY(message.contains(failedKey));
    QVERIFY(message.contains(describeSecretStoreStatus(SecretStore::Status::AccessDenied)));
    QVERIFY(message.contains(u"mimecast-bridge/v1/acme/mimecast/client-id"));
    QVERIFY(!ProfileSettings::load(fixture.paths.configFolder(), QStringLiteral("acme")));

    // Nothing more is written after the failure.
    QVERIFY(!failed.wait(300));
    QCOMPARE(store.attemptedKeys.size(), 2);
}

void WizardFinishTest::unavailableKeychainNeedsSessionOnly()
{
    QFETCH(QString, language);
    QVERIFY(installTranslations(language));
    WizardFixture fixture;
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    fixture.session.settings.demo = false;
    fixture.session.settings.name = QStringLiteral("acme");
    fixture.session.keychainState = OnboardingSession::KeychainState::Unavailable;
    SetupWizard *wizard = fixture.open(SetupWizard::Summary);
    auto *page = fixture.page<SummaryPage>();

    auto *notice = child<QLabel>(page, "keychainLabel");
    auto *sessionOnly = child<QCheckBox>(page, "sessionOnlyCheck");
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(keychainRemedyForCurrentDesktop()));
    QVERIFY(sessionOnly->isVisible());
    QVERIFY(!sessionOnly->isChecked());
    QVERIFY(!fixture.button(QWizard::FinishButton)->isEnabled());

    sessionOnly->setChecked(true);
    QVERIFY(fixture.session.sessionOnly);
    QVERIFY(fixture.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(page->secretKeyNames().isEmpty());

    QSignalSpy created(wizard, &SetupWizard::profileCreated);
    fixture.button(QWizard::FinishButton)->click();
    QVERIFY(created.wait(testTimeoutMs));
    QCOMPARE(fixture.memoryStore.entryCount(), 0);
    QVERIFY(ProfileSettings::load(fixture.paths.configFolder(), QStringLiteral("acme")));
}

void WizardFinishTest::demoFinishStoresNoSecret()
{
    WizardFixture fixture;
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    SetupWizard *wizard = fixture.open(SetupWizard::Summary);
    auto *page = fixture.page<SummaryPage>();
    QCOMPARE(child<QLineEdit>(page, "profileNameEdit")->text(), QStringLiteral("demo"));
    QVERIFY(child<QLabel>(page, "demoLabel")->isVisible());
    QVERIFY(page->secretKeyNames().isEmpty());

    QSignalSpy created(wizard, &SetupWizard::profileCreated);
    fixture.button(QWizard::FinishButton)->click();
    QVERIFY(created.wait(testTimeoutMs));
    QCOMPARE(created.first().first().toString(), QStringLiteral("demo"));
    QCOMPARE(fixture.memoryStore.entryCount(), 0);
    const std::optional<ProfileSettings> saved
            = ProfileSettings::load(fixture.paths.configFolder(), QStringLiteral("demo"));
    QVERIFY(saved);
    QVERIFY(saved->demo);
}

void WizardFinishTest::existingProfileWarns()
{
    WizardFixture fixture;
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    QVERIFY(fixture.paths.createFolders());
    ProfileSettings existing;
    existing.name = QStringLiteral("acme");
    QString error;
    QVERIFY2(existing.save(fixture.paths.configFolder(), &error), qPrintable(error));

    fixture.session.settings.name = QStringLiteral("acme");
    fixture.open(SetupWizard::Summary);
    auto *page = fixture.page<SummaryPage>();
    auto *status = child<QLabel>(page, "profileNameStatusLabel");
    QVERIFY(status->isVisible());
    QVERIFY(status->text().contains(u"acme"));
    QVERIFY(fixture.button(QWizard::FinishButton)->isEnabled());

    child<QLineEdit>(page, "profileNameEdit")->setText(QStringLiteral("globex"));
    QVERIFY(!status->isVisible());
}

void WizardFinishTest::pagesAreAccessible()
{
    QFETCH(QString, language);
    QVERIFY(installTranslations(language));
    for (const SetupWizard::PageId id : {SetupWizard::Destination, SetupWizard::Summary}) {
        WizardFixture fixture;
        QVERIFY2(fixture.started, qPrintable(fixture.startError));
        fixture.session.keychainState = OnboardingSession::KeychainState::Unavailable;
        fixture.open(id);
        const QStringList missing = widgetsWithoutAccessibleName(fixture.wizard->currentPage());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
    }
}

// Switching the language while a page is shown keeps the texts set in code and the accessible
// names that retranslateUi() resets.
void WizardFinishTest::pagesRetranslateAtRunTime()
{
    for (const SetupWizard::PageId id :
         {SetupWizard::Preview, SetupWizard::Destination, SetupWizard::Summary}) {
        WizardFixture fixture;
        QVERIFY2(fixture.started, qPrintable(fixture.startError));
        fixture.session.settings.demo = false;
        fixture.open(id);
        QWizardPage *page = fixture.wizard->currentPage();
        if (id == SetupWizard::Summary) {
            QVERIFY(!child<QTextEdit>(page, "summaryEdit")->toPlainText().isEmpty());
        }
        if (id == SetupWizard::Destination) {
            QVERIFY(!child<QLabel>(page, "testStatusLabel")->text().isEmpty());
        }

        for (const QString &language : {QStringLiteral("pt_BR"), QStringLiteral("en")}) {
            QVERIFY(installTranslations(language));
            QCoreApplication::processEvents();
            const QStringList missing = widgetsWithoutAccessibleName(page);
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
            if (id == SetupWizard::Summary) {
                const QString summary = child<QTextEdit>(page, "summaryEdit")->toPlainText();
                QVERIFY(summary.contains(u"mimecast-bridge/v1/demo/mimecast/client-secret"));
            }
            if (id == SetupWizard::Destination) {
                QVERIFY(!child<QLabel>(page, "testStatusLabel")->text().isEmpty());
            }
            if (id == SetupWizard::Preview) {
                QVERIFY(!child<QLabel>(page, "countersLabel")->text().isEmpty());
            }
        }
    }
}

QTEST_MAIN(WizardFinishTest)
#include "tst_wizardfinish.moc"
