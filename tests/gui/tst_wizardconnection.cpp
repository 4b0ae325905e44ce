// The first five pages of the setup wizard, driven through their widgets offscreen against the
// Mimecast simulator on 127.0.0.1. The cases cover both API versions, demo mode, each failing
// check, inline validation, Cancel and region detection. Accessible names and screenshots are
// checked in English and Brazilian Portuguese.

#include "apppaths.h"
#include "connectioncheck.h"
#include "demoservices.h"
#include "languages.h"
#include "memorysecretstore.h"
#include "mimecastclient.h"
#include "mimecastsimulator.h"
#include "onboardingsession.h"
#include "regiondiscovery.h"
#include "setupwizard.h"
#include "urlpolicy.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace bridge;

namespace {

constexpr int checkTimeoutMs = 15000;

// A wizard with its session, an in-memory secret store and the demo services.
struct Harness
{
    Harness()
        : session(AppPaths(folder.path()), &store, &demo)
        , wizard(&session)
    {
        wizard.show();
    }

    QWidget *page() const { return wizard.currentPage(); }
    QAbstractButton *nextButton() const { return wizard.button(QWizard::NextButton); }

    QTemporaryDir folder;
    MemorySecretStore store;
    DemoServices demo;
    OnboardingSession session;
    SetupWizard wizard;
};

template<typename T> T *widget(QWidget *page, const char *name)
{
    T *found = page->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("No %s named %s on %s", T::staticMetaObject.className(), name,
                 page->metaObject()->className());
    return found;
}

QString translate(const char *context, const char *source, int count = -1)
{
    return QCoreApplication::translate(context, source, nullptr, count);
}

// Moves from the welcome page to the connection page of api.
bool openConnectionPage(Harness &harness, int api)
{
    if (harness.wizard.currentId() != SetupWizard::Welcome)
        return false;
    harness.nextButton()->click();
    if (harness.wizard.currentId() != SetupWizard::ApiVersion)
        return false;
    auto *radio = widget<QRadioButton>(harness.page(), api == 1 ? "v1Radio" : "v2Radio");
    if (!radio)
        return false;
    radio->click();
    harness.nextButton()->click();
    return harness.wizard.currentId()
            == (api == 1 ? SetupWizard::ConnectionV1 : SetupWizard::ConnectionV2);
}

// Selects "Custom URL" on a connection page and types url.
bool enterCustomUrl(QWidget *page, const QString &url)
{
    auto *combo = widget<QComboBox>(page, "regionCombo");
    auto *edit = widget<QLineEdit>(page, "urlEdit");
    if (!combo || !edit)
        return false;
    combo->setCurrentIndex(combo->count() - 1);
    if (!edit->isEnabled())
        return false;
    edit->clear();
    QTest::keyClicks(edit, url);
    return edit->text() == url;
}

bool fillV2(Harness &harness, const QUrl &baseUrl, const QString &secret)
{
    QWidget *page = harness.page();
    auto *id = widget<QLineEdit>(page, "clientIdEdit");
    auto *secretEdit = widget<QLineEdit>(page, "clientSecretEdit");
    if (!id || !secretEdit || !enterCustomUrl(page, baseUrl.toString()))
        return false;
    id->setText(demo::clientId());
    secretEdit->setText(secret);
    return true;
}

bool fillV1(Harness &harness, const QUrl &baseUrl, const QString &secretKey)
{
    QWidget *page = harness.page();
    if (!enterCustomUrl(page, baseUrl.toString()))
        return false;
    const QList<QPair<const char *, QString>> fields {{"appIdEdit", demo::appId()},
                                                      {"appKeyEdit", demo::appKey()},
                                                      {"accessKeyEdit", demo::accessKey()},
                                                      {"secretKeyEdit", secretKey}};
    for (const auto &[name, value] : fields) {
        auto *edit = widget<QLineEdit>(page, name);
        if (!edit)
            return false;
        edit->setText(value);
    }
    return true;
}

QString labelText(QWidget *page, const QString &name)
{
    auto *label = page->findChild<QLabel *>(name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
}

bool isTestRunning(QWidget *page)
{
    auto *cancel = widget<QPushButton>(page, "cancelButton");
    return cancel && !cancel->isHidden();
}

// Runs ConnectionCheck directly with the session's settings, for the messages the page must
// show word for word.
QList<ConnectionCheck::Step> referenceSteps(OnboardingSession &session)
{
    QObject owner;
    QString error;
    MimecastClient *client = session.createMimecastClient(&owner, &error);
    if (!client) {
        qWarning("No reference client: %s", qPrintable(error));
        return {};
    }
    ConnectionCheck check(client, session.settings.logTypes);
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    check.start();
    if (finished.isEmpty() && !finished.wait(checkTimeoutMs))
        return {};
    return check.steps();
}

// Every widget that takes keyboard focus has an accessible name.
void verifyAccessibleNames(QWidget *page)
{
    const QList<QWidget *> children = page->findChildren<QWidget *>();
    int focusable = 0;
    for (QWidget *child : children) {
        if (!(child->focusPolicy() & Qt::TabFocus))
            continue;
        // Internal parts of composite widgets (such as a combo box's line edit) are named by
        // their owner.
        if (child->objectName().isEmpty() || child->objectName().startsWith(u"qt_"))
            continue;
        ++focusable;
        QVERIFY2(!child->accessibleName().trimmed().isEmpty(),
                 qPrintable(QStringLiteral("%1 on %2 has no accessible name")
                                    .arg(child->objectName(),
                                         QString::fromLatin1(page->metaObject()->className()))));
    }
    QVERIFY(focusable > 0);
}

// Names of the widgets in the page's focus chain, starting at first, for the listed ones only.
QStringList focusOrder(QWidget *first, const QStringList &names)
{
    QStringList order;
    QWidget *current = first;
    for (int step = 0; step < 200 && current; ++step) {
        if (names.contains(current->objectName()) && !order.contains(current->objectName()))
            order.append(current->objectName());
        current = current->nextInFocusChain();
        if (current == first)
            break;
    }
    return order;
}

void saveScreenshot(QWidget *page, const QString &language, const QString &name)
{
    const QString folder = QStringLiteral(MB_BINARY_DIR) + u"/screenshots/" + language;
    QVERIFY(QDir().mkpath(folder));
    // Lets pending layout requests run, so error labels hidden since the last layout pass do
    // not leave gaps.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(page->window()->grab().save(folder + u'/' + name + u".png"));
}

void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR");
}

} // namespace

class WizardConnectionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { m_simulator.setFaults(MimecastFaults()); }
    void cleanup() { installTranslations(QStringLiteral("en")); }

    void languageComboSwitches();
    void happyPathV2_data() { addLanguageRows(); }
    void happyPathV2();
    void happyPathV1_data() { addLanguageRows(); }
    void happyPathV1();
    void demoButton_data() { addLanguageRows(); }
    void demoButton();
    void failingCredentials_data();
    void failingCredentials();
    void forbiddenLogType_data() { addLanguageRows(); }
    void forbiddenLogType();
    void lastLogTypeStaysOn();
    void inlineValidation_data();
    void inlineValidation();
    void cancelHangingCheck_data() { addLanguageRows(); }
    void cancelHangingCheck();
    void backCancelsCheck();
    void detectRegion_data() { addLanguageRows(); }
    void detectRegion();
    void pagesAndScreenshots_data() { addLanguageRows(); }
    void pagesAndScreenshots();

private:
    MimecastSimulator m_simulator;
};

void WizardConnectionTest::initTestCase()
{
    QVERIFY2(m_simulator.listen(), qPrintable(m_simulator.errorString()));
    QVERIFY(m_simulator.loadDataSet(MimecastSimulator::demoDataFolder()));
    m_simulator.shiftRecordTimesToNow();
}

void WizardConnectionTest::languageComboSwitches()
{
    Harness harness;
    auto *combo = widget<QComboBox>(harness.page(), "languageCombo");
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(1), QStringLiteral("Portugu\u00eas (Brasil)"));
    QCOMPARE(combo->currentIndex(), 0);

    // Pages retranslate on the LanguageChange event: the API 1.0 region names come from the
    // catalogue, which translates "Germany".
    auto *regions
            = widget<QComboBox>(harness.wizard.page(SetupWizard::ConnectionV1), "regionCombo");
    QVERIFY(regions);
    const int germany = regions->findData(QStringLiteral("de"));
    QVERIFY(regions->itemText(germany).startsWith(u"Germany"));

    combo->setCurrentIndex(1);
    QCOMPARE(QLocale().name(), QStringLiteral("pt_BR"));
    QTRY_VERIFY(regions->itemText(germany).startsWith(u"Alemanha"));
    QCOMPARE(combo->currentIndex(), 1);

    combo->setCurrentIndex(0);
    QCOMPARE(QLocale().name(), QStringLiteral("en_US"));
    QTRY_VERIFY(regions->itemText(germany).startsWith(u"Germany"));
    QCOMPARE(combo->currentIndex(), 0);
}

void WizardConnectionTest::happyPathV2()
{
    QFETCH(QString, language);
    installTranslations(language);
    Harness harness;
    QVERIFY(openConnectionPage(harness, 2));
    QVERIFY(fillV2(harness, m_simulator.baseUrl(), demo::clientSecret()));
    QVERIFY(harness.nextButton()->isEnabled());

    harness.nextButton()->click();
    QCOMPARE(harness.wizard.currentId(), int(SetupWizard::ConnectionTest));
    QCOMPARE(harness.session.settings.apiVersion, 2);
    QCOMPARE(harness.session.settings.baseUrl, m_simulator.baseUrl());
    QVERIFY(harness.session.settings.region.isEmpty());
    QCOMPARE(harness.session.mimecast.clientId, demo::clientId());

    QWidget *page = harness.page();
    QTRY_VERIFY_WITH_TIMEOUT(!isTestRunning(page), checkTimeoutMs);
    QCOMPARE(labelText(page, QStringLiteral("credentialsMessageLabel")),
             translate("ConnectionCheck", "The client ID and client secret were accepted."));
    for (const LogType type : allLogTypes) {
        QCOMPARE(labelText(page, logTypeName(type) + u"MessageLabel"),
                 translate("ConnectionCheck", "The %1 | Read permission is granted.")
                         .arg(requiredPermission(type)));
    }
    QVERIFY(harness.nextButton()->isEnabled());
    harness.nextButton()->click();
    QCOMPARE(harness.wizard.currentId(), int(SetupWizard::Preview));
}

void WizardConnectionTest::happyPathV1()
{
    QFETCH(QString, language);
    installTranslations(language);
    Harness harness;
    QVERIFY(openConnectionPage(harness, 1));
    QVERIFY(fillV1(harness, m_simulator.baseUrl(), demo::secretKey()));
    QVERIFY(harness.nextButton()->isEnabled());

    harness.nextButton()->click();
    QCOMPARE(harness.wizard.currentId(), int(SetupWizard::ConnectionTest));
    QCOMPARE(harness.session.settings.apiVersion, 1);
    QCOMPARE(harness.session.mimecast.secretKey, demo::secretKey());

    QWidget *page = harness.page();
    QTRY_VERIFY_WITH_TIMEOUT(!isTestRunning(page), checkTimeoutMs);
    const QList<ConnectionCheck::Step> reference = referenceSteps(harness.session);
    QCOMPARE(reference.size(), 4);
    QVERIFY(reference.first().passed);
    QCOMPARE(labelText(page, QStringLiteral("credentialsMessageLabel")), reference.first().message);
    QVERIFY(harness.nextButton()->isEnabled());
    harness.nextButton()->click();
    QCOMPARE(harness.wizard.currentId(), int(SetupWizard::Preview));
}

void WizardConnectionTest::demoButton()
{
    QFETCH(QString, language);
    installTranslations(language);
    Harness harness;
    auto *button = widget<QPushButton>(harness.page(), "demoButton");
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(harness.wizard.currentId(), int(SetupWizard::ApiVersion));
    QVERIFY(harness.session.isDemo());
    QVERIFY(harness.wizard.findChild<QLabel *>(QStringLiteral("demoBanner")));

    harness.nextButton()->click();
    QCOMPARE(harness.wizard.currentId(), int(SetupWizard::ConnectionV2));
    QWidget *page = harness.page();
    auto *combo = widget<QComboBox>(page, "regionCombo");
    QVERIFY(combo);
    QCOMPARE(combo->currentIndex(), combo->count() - 1);
    QCOMPARE(widget<QLineEdit>(page, "urlEdit")->text(), harness.demo.mimecastUrl().toString());
    QCOMPARE(widget<QLineEdit>(page, "clientIdEdit")->text(), demo::clientId());
    QCOMPARE(widget<QLineEdit>(page, "clientSecretEdit")->text(), demo::clientSecret());
    QCOMPARE(widget<QLineEdit>(page, "clientSecretEdit")->echoMode(), QLineEdit::Password);
    QVERIFY(harness.nextButton()->isEnabled());

    harness.nextButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(harness.nextButton()->isEnabled(), checkTimeoutMs);
    harness.nextButton()->click();
    QCOMPARE(harness.wizard.currentId(), int(SetupWizard::Preview));
}

void WizardConnectionTest::failingCredentials_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("api");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("englishFragment");

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("pt_BR")}) {
        const QByteArray suffix = language.toLatin1();
        QTest::addRow("wrong client secret %s", suffix.constData())
                << language << 2 << QString() << QStringLiteral("wrong-secret")
                << int(MimecastError::Kind::CredentialsRejected)
                << QStringLiteral("client ID or client secret");
        // Valid base64, but not the key the simulator expects.
        QTest::addRow("wrong 1.0 key %s", suffix.constData())
                << language << 1 << QString() << QStringLiteral("d3Jvbmcta2V5")
                << int(MimecastError::Kind::SignatureRejected)
                << QStringLiteral("rejected the request signature");
        QTest::addRow("wrong base URL %s", suffix.constData())
                << language << 1 << QStringLiteral("/wrong") << demo::secretKey()
                << int(MimecastError::Kind::EndpointNotFound)
                << QStringLiteral("Check the region or base URL");
    }
}

void WizardConnectionTest::failingCredentials()
{
    QFETCH(QString, language);
    QFETCH(int, api);
    QFETCH(QString, path);
    QFETCH(QString, secret);
    QFETCH(int, kind);
    QFETCH(QString, englishFragment);
    installTranslations(language);

    Harness harness;
    QVERIFY(openConnectionPage(harness, api));
    QUrl url = m_simulator.baseUrl();
    url.setPath(path);
    QVERIFY(api == 1 ? fillV1(harness, url, secret) : fillV2(harness, url, secret));
    harness.nextButton()->click();
    QCOMPARE(harness.wizard.currentId(), int(SetupWizard::ConnectionTest));

    QWidget *page = harness.page();
    QTRY_VERIFY_WITH_TIMEOUT(!isTestRunning(page), checkTimeoutMs);
    QVERIFY(!harness.nextButton()->isEnabled());

    const QList<ConnectionCheck::Step> reference = referenceSteps(harness.session);
    QCOMPARE(reference.size(), 1);
    QCOMPARE(int(reference.first().error.kind), kind);
    QCOMPARE(labelText(page, QStringLiteral("credentialsMessageLabel")), reference.first().message);
    if (language == u"en") {
        QVERIFY2(reference.first().message.contains(englishFragment),
                 qPrintable(reference.first().message));
    }
    // The log types are not called after the credentials failed.
    QCOMPARE(labelText(page, QStringLiteral("urlStatusLabel")),
             translate("bridge::ConnectionTestPage", "Not run"));
    QVERIFY(!widget<QCheckBox>(page, "urlCollectCheck")->isVisible());
    QVERIFY(widget<QPushButton>(page, "rerunButton")->isVisible());
}

void WizardConnectionTest::forbiddenLogType()
{
    QFETCH(QString, language);
    installTranslations(language);
    m_simulator.faults().forbiddenTypes = {LogType::Url};

    Harness harness;
    QVERIFY(openConnectionPage(harness, 2));
    QVERIFY(fillV2(harness, m_simulator.baseUrl(), demo::clientSecret()));
    harness.nextButton()->click();
    QWidget *page = harness.page();
    QTRY_VERIFY_WITH_TIMEOUT(!isTestRunning(page), checkTimeoutMs);

    const QList<ConnectionCheck::Step> reference = referenceSteps(harness.session);
    QCOMPARE(reference.size(), 4);
    QCOMPARE(reference.last().name, QStringLiteral("url"));
    QCOMPARE(reference.last().error.kind, MimecastError::Kind::PermissionDenied);
    QCOMPARE(labelText(page, QStringLiteral("urlMessageLabel")), reference.last().message);
    QCOMPARE(labelText(page, QStringLiteral("urlStatusLabel")),
             translate("bridge::ConnectionTestPage", "Failed"));
    QCOMPARE(labelText(page, QStringLiteral("attachmentStatusLabel")),
             translate("bridge::ConnectionTestPage", "Passed"));
    QVERIFY(!harness.nextButton()->isEnabled());

    auto *collect = widget<QCheckBox>(page, "urlCollectCheck");
    QVERIFY(collect);
    QVERIFY(collect->isVisible());
    QVERIFY(collect->isChecked());
    QVERIFY(!widget<QCheckBox>(page, "attachmentCollectCheck")->isVisible());

    collect->click();
    QVERIFY(!collect->isChecked());
    QVERIFY(harness.nextButton()->isEnabled());
    QCOMPARE(harness.session.settings.logTypes,
             QList<LogType>({LogType::Attachment, LogType::Impersonation}));

    collect->click();
    QVERIFY(!harness.nextButton()->isEnabled());
    QCOMPARE(harness.session.settings.logTypes.size(), 3);

    collect->click();
    harness.nextButton()->click();
    QCOMPARE(harness.wizard.currentId(), int(SetupWizard::Preview));
}

void WizardConnectionTest::lastLogTypeStaysOn()
{
    m_simulator.faults().forbiddenTypes = {allLogTypes.begin(), allLogTypes.end()};
    Harness harness;
    QVERIFY(openConnectionPage(harness, 2));
    QVERIFY(fillV2(harness, m_simulator.baseUrl(), demo::clientSecret()));
    harness.nextButton()->click();
    QWidget *page = harness.page();
    QTRY_VERIFY_WITH_TIMEOUT(!isTestRunning(page), checkTimeoutMs);

    widget<QCheckBox>(page, "attachmentCollectCheck")->click();
    widget<QCheckBox>(page, "impersonationCollectCheck")->click();
    auto *url = widget<QCheckBox>(page, "urlCollectCheck");
    url->click();
    QVERIFY(url->isChecked());
    QCOMPARE(harness.session.settings.logTypes, QList<LogType>({LogType::Url}));
    QVERIFY(!harness.nextButton()->isEnabled());
    QVERIFY(labelText(page, QStringLiteral("summaryLabel")).contains(u"At least one log type"));
}

void WizardConnectionTest::inlineValidation_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("api");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("badValue");
    QTest::addColumn<QString>("goodValue");
    QTest::addColumn<QString>("errorLabel");

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("pt_BR")}) {
        const QByteArray suffix = language.toLatin1();
        QTest::addRow("empty client id %s", suffix.constData())
                << language << 2 << QStringLiteral("clientIdEdit") << QString() << demo::clientId()
                << QStringLiteral("clientIdError");
        QTest::addRow("plain http URL %s", suffix.constData())
                << language << 2 << QStringLiteral("urlEdit")
                << QStringLiteral("http://example.com") << m_simulator.baseUrl().toString()
                << QStringLiteral("urlError");
        QTest::addRow("secret key not base64 %s", suffix.constData())
                << language << 1 << QStringLiteral("secretKeyEdit") << QStringLiteral("not base64!")
                << demo::secretKey() << QStringLiteral("secretKeyError");
        QTest::addRow("empty application key %s", suffix.constData())
                << language << 1 << QStringLiteral("appKeyEdit") << QStringLiteral("  ")
                << demo::appKey() << QStringLiteral("appKeyError");
    }
}

void WizardConnectionTest::inlineValidation()
{
    QFETCH(QString, language);
    QFETCH(int, api);
    QFETCH(QString, field);
    QFETCH(QString, badValue);
    QFETCH(QString, goodValue);
    QFETCH(QString, errorLabel);
    installTranslations(language);

    Harness harness;
    QVERIFY(openConnectionPage(harness, api));
    QVERIFY(api == 1 ? fillV1(harness, m_simulator.baseUrl(), demo::secretKey())
                     : fillV2(harness, m_simulator.baseUrl(), demo::clientSecret()));
    QWidget *page = harness.page();
    auto *label = page->findChild<QLabel *>(errorLabel);
    QVERIFY(label);
    QVERIFY(label->isHidden());
    QVERIFY(harness.nextButton()->isEnabled());

    auto *edit = page->findChild<QLineEdit *>(field);
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, badValue);

    QString expected;
    if (field == u"urlEdit")
        expected = validateServiceUrl(QUrl(badValue));
    else if (field == u"clientIdEdit")
        expected = translate("bridge::ConnectionV2Page",
                             "Enter the client ID of the API 2.0 application.");
    else if (field == u"appKeyEdit")
        expected = translate("bridge::ConnectionV1Page", "Enter the application key.");
    else
        expected = translate("bridge::ConnectionV1Page",
                             "The secret key is not valid base64. Copy it again exactly as "
                             "Mimecast showed it, including any \"=\" at the end.");
    QVERIFY(!label->isHidden());
    QCOMPARE(label->text(), expected);
    QVERIFY(!harness.nextButton()->isEnabled());

    edit->clear();
    QTest::keyClicks(edit, goodValue);
    QVERIFY(label->isHidden());
    QVERIFY(harness.nextButton()->isEnabled());
}

void WizardConnectionTest::cancelHangingCheck()
{
    QFETCH(QString, language);
    installTranslations(language);
    m_simulator.faults().hangCount = 1;

    Harness harness;
    // Cancel must not wait for the transfer timeout.
    harness.session.setTransferTimeoutMs(20000);
    QVERIFY(openConnectionPage(harness, 2));
    QVERIFY(fillV2(harness, m_simulator.baseUrl(), demo::clientSecret()));
    harness.nextButton()->click();
    QWidget *page = harness.page();
    QTRY_COMPARE_WITH_TIMEOUT(m_simulator.heldRequestCount(), 1, checkTimeoutMs);
    QVERIFY(isTestRunning(page));
    QVERIFY(widget<QProgressBar>(page, "progressBar")->isVisible());
    QVERIFY(!harness.nextButton()->isEnabled());

    QElapsedTimer elapsed;
    elapsed.start();
    QTest::mouseClick(widget<QPushButton>(page, "cancelButton"), Qt::LeftButton);
    QVERIFY(!isTestRunning(page));
    QVERIFY(elapsed.elapsed() < 2000);
    QCOMPARE(labelText(page, QStringLiteral("attachmentStatusLabel")),
             translate("bridge::ConnectionTestPage", "Cancelled"));
    QCOMPARE(labelText(page, QStringLiteral("summaryLabel")),
             translate("bridge::ConnectionTestPage",
                       "Cancelled. Run the tests again to check the connection."));
    QVERIFY(!harness.nextButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(m_simulator.heldRequestCount(), 0, 5000);

    auto *rerun = widget<QPushButton>(page, "rerunButton");
    QVERIFY(rerun->isVisible());
    QTest::mouseClick(rerun, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(harness.nextButton()->isEnabled(), checkTimeoutMs);
    QCOMPARE(labelText(page, QStringLiteral("urlStatusLabel")),
             translate("bridge::ConnectionTestPage", "Passed"));
}

void WizardConnectionTest::backCancelsCheck()
{
    m_simulator.faults().hangCount = 1;
    Harness harness;
    harness.session.setTransferTimeoutMs(20000);
    QVERIFY(openConnectionPage(harness, 2));
    QVERIFY(fillV2(harness, m_simulator.baseUrl(), demo::clientSecret()));
    harness.nextButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_simulator.heldRequestCount(), 1, checkTimeoutMs);

    harness.wizard.button(QWizard::BackButton)->click();
    QCOMPARE(harness.wizard.currentId(), int(SetupWizard::ConnectionV2));
    // The aborted call closes its connection, which releases the held request.
    QTRY_COMPARE_WITH_TIMEOUT(m_simulator.heldRequestCount(), 0, 5000);

    harness.nextButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(harness.nextButton()->isEnabled(), checkTimeoutMs);
}

void WizardConnectionTest::detectRegion()
{
    QFETCH(QString, language);
    installTranslations(language);
    Harness harness;
    harness.session.discoveryUrl = m_simulator.baseUrl();
    QVERIFY(openConnectionPage(harness, 1));
    QWidget *page = harness.page();
    auto *email = widget<QLineEdit>(page, "emailEdit");
    auto *detect = widget<QPushButton>(page, "detectButton");
    auto *status = widget<QLabel>(page, "detectStatusLabel");
    auto *combo = widget<QComboBox>(page, "regionCombo");
    QVERIFY(email && detect && status && combo);
    QVERIFY(combo->currentIndex() != combo->count() - 1);

    QTest::mouseClick(detect, Qt::LeftButton);
    QCOMPARE(status->text(), RegionDiscovery::validateEmailAddress(QString()));

    QTest::keyClicks(email, QStringLiteral("admin@customer.example"));
    QTest::mouseClick(detect, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(detect->isEnabled(), checkTimeoutMs);
    QVERIFY(!widget<QProgressBar>(page, "detectProgress")->isVisible());
    QCOMPARE(combo->currentIndex(), combo->count() - 1);
    QCOMPARE(widget<QLineEdit>(page, "urlEdit")->text(), m_simulator.baseUrl().toString());
    QVERIFY(status->text().contains(m_simulator.baseUrl().toString()));
}

void WizardConnectionTest::pagesAndScreenshots()
{
    QFETCH(QString, language);
    installTranslations(language);
    Harness harness;
    harness.wizard.resize(900, 700);

    QWidget *page = harness.page();
    verifyAccessibleNames(page);
    saveScreenshot(page, language, QStringLiteral("welcome"));

    harness.nextButton()->click();
    page = harness.page();
    verifyAccessibleNames(page);
    saveScreenshot(page, language, QStringLiteral("apiversion"));

    harness.nextButton()->click();
    page = harness.page();
    QCOMPARE(harness.wizard.currentId(), int(SetupWizard::ConnectionV2));
    QVERIFY(fillV2(harness, m_simulator.baseUrl(), demo::clientSecret()));
    verifyAccessibleNames(page);
    const QStringList v2Order {QStringLiteral("regionCombo"), QStringLiteral("urlEdit"),
                               QStringLiteral("clientIdEdit"), QStringLiteral("clientSecretEdit"),
                               QStringLiteral("revealClientSecretButton")};
    QCOMPARE(focusOrder(widget<QWidget>(page, "regionCombo"), v2Order), v2Order);
    saveScreenshot(page, language, QStringLiteral("connectionv2"));

    harness.wizard.back();
    widget<QRadioButton>(harness.page(), "v1Radio")->click();
    harness.nextButton()->click();
    page = harness.page();
    QCOMPARE(harness.wizard.currentId(), int(SetupWizard::ConnectionV1));
    QVERIFY(fillV1(harness, m_simulator.baseUrl(), QStringLiteral("not base64!")));
    verifyAccessibleNames(page);
    const QStringList v1Order {QStringLiteral("regionCombo"),   QStringLiteral("urlEdit"),
                               QStringLiteral("appIdEdit"),     QStringLiteral("appKeyEdit"),
                               QStringLiteral("accessKeyEdit"), QStringLiteral("secretKeyEdit"),
                               QStringLiteral("emailEdit"),     QStringLiteral("detectButton")};
    QCOMPARE(focusOrder(widget<QWidget>(page, "regionCombo"), v1Order), v1Order);
    saveScreenshot(page, language, QStringLiteral("connectionv1"));

    widget<QLineEdit>(page, "secretKeyEdit")->setText(demo::secretKey());
    m_simulator.faults().forbiddenTypes = {LogType::Impersonation};
    harness.nextButton()->click();
    page = harness.page();
    QTRY_VERIFY_WITH_TIMEOUT(!isTestRunning(page), checkTimeoutMs);
    verifyAccessibleNames(page);
    saveScreenshot(page, language, QStringLiteral("connectiontest"));
}

QTEST_MAIN(WizardConnectionTest)
#include "tst_wizardconnection.moc"
