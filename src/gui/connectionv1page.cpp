#include "connectionv1page.h"

#include "connectionfields.h"
#include "mimecastsigning.h"
#include "onboardingsession.h"
#include "regiondiscovery.h"
#include "setupwizard.h"
#include "ui_connectionv1page.h"

#include <QEvent>
#include <QSignalBlocker>

namespace bridge {

using namespace connectionfields;

ConnectionV1Page::ConnectionV1Page(OnboardingSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ConnectionV1Page>())
    , m_session(session)
{
    m_ui->setupUi(this);
    populateRegions(m_ui->regionCombo, MimecastApi::V1);
    bindRevealButton(m_ui->revealAppKeyButton, m_ui->appKeyEdit);
    bindRevealButton(m_ui->revealAccessKeyButton, m_ui->accessKeyEdit);
    bindRevealButton(m_ui->revealSecretKeyButton, m_ui->secretKeyEdit);
    for (QLabel *label : {m_ui->urlError, m_ui->appIdError, m_ui->appKeyError, m_ui->accessKeyError,
                          m_ui->secretKeyError}) {
        setUpErrorLabel(label);
    }
    m_ui->detectStatusLabel->setWordWrap(true);
    showDetectionBusy(false);

    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this,
            &ConnectionV1Page::regionChanged);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (isCustomRegion(m_ui->regionCombo))
            m_customUrl = text;
        validateFields();
    });
    for (QLineEdit *edit :
         {m_ui->appIdEdit, m_ui->appKeyEdit, m_ui->accessKeyEdit, m_ui->secretKeyEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &ConnectionV1Page::validateFields);
    }
    connect(m_ui->detectButton, &QPushButton::clicked, this, &ConnectionV1Page::startDetection);
    connect(m_ui->emailEdit, &QLineEdit::returnPressed, this, &ConnectionV1Page::startDetection);
    connect(m_ui->detectCancelButton, &QPushButton::clicked, this,
            &ConnectionV1Page::cancelDetection);
    regionChanged();
}

ConnectionV1Page::~ConnectionV1Page() = default;

void ConnectionV1Page::initializePage()
{
    const ProfileSettings &settings = m_session->settings;
    m_customUrl = settings.baseUrl.toString();
    restoreRegion(m_ui->regionCombo, settings);
    m_ui->appIdEdit->setText(m_session->mimecast.appId);
    m_ui->appKeyEdit->setText(m_session->mimecast.appKey);
    m_ui->accessKeyEdit->setText(m_session->mimecast.accessKey);
    m_ui->secretKeyEdit->setText(m_session->mimecast.secretKey);
    for (QToolButton *button :
         {m_ui->revealAppKeyButton, m_ui->revealAccessKeyButton, m_ui->revealSecretKeyButton}) {
        button->setChecked(false);
    }
    m_ui->detectStatusLabel->clear();
    regionChanged();
}

void ConnectionV1Page::cleanupPage()
{
    cancelDetection();
    QWizardPage::cleanupPage();
}

void ConnectionV1Page::regionChanged()
{
    showRegionUrl(m_ui->regionCombo, m_ui->urlEdit, MimecastApi::V1, m_customUrl);
    validateFields();
}

void ConnectionV1Page::validateFields()
{
    const auto missing = [](const QLineEdit *edit, const QString &message) {
        return edit->text().trimmed().isEmpty() ? message : QString();
    };

    const QString urlError
            = isCustomRegion(m_ui->regionCombo) ? customUrlError(m_ui->urlEdit->text()) : QString();
    const QString appIdError = missing(m_ui->appIdEdit, tr("Enter the application ID."));
    const QString appKeyError = missing(m_ui->appKeyEdit, tr("Enter the application key."));
    const QString accessKeyError = missing(m_ui->accessKeyEdit, tr("Enter the access key."));
    QString secretKeyError = missing(m_ui->secretKeyEdit, tr("Enter the secret key."));
    if (secretKeyError.isEmpty() && !decodeSecretKey(m_ui->secretKeyEdit->text())) {
        secretKeyError = tr("The secret key is not valid base64. Copy it again exactly as "
                            "Mimecast showed it, including any \"=\" at the end.");
    }

    showError(m_ui->urlError, urlError);
    showError(m_ui->appIdError, appIdError);
    showError(m_ui->appKeyError, appKeyError);
    showError(m_ui->accessKeyError, accessKeyError);
    showError(m_ui->secretKeyError, secretKeyError);

    const bool valid = urlError.isEmpty() && appIdError.isEmpty() && appKeyError.isEmpty()
            && accessKeyError.isEmpty() && secretKeyError.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        emit completeChanged();
    }
}

bool ConnectionV1Page::isComplete() const
{
    return m_valid && !(m_discovery && m_discovery->isRunning());
}

bool ConnectionV1Page::validatePage()
{
    storeRegion(m_ui->regionCombo, m_ui->urlEdit, &m_session->settings);
    MimecastCredentials &credentials = m_session->mimecast;
    credentials.api = MimecastApi::V1;
    credentials.appId = m_ui->appIdEdit->text().trimmed();
    credentials.appKey = m_ui->appKeyEdit->text().trimmed();
    credentials.accessKey = m_ui->accessKeyEdit->text().trimmed();
    credentials.secretKey = m_ui->secretKeyEdit->text().trimmed();
    return true;
}

void ConnectionV1Page::startDetection()
{
    if (m_discovery && m_discovery->isRunning())
        return;

    // A new object each time, because the discovery host changes when demo mode starts.
    delete m_discovery;
    m_discovery = new RegionDiscovery(m_session->network(), m_session->discoveryUrl, this);
    m_discovery->setApplicationId(m_ui->appIdEdit->text());
    m_discovery->setTransferTimeout(m_session->transferTimeoutMs());
    connect(m_discovery, &RegionDiscovery::finished, this, &ConnectionV1Page::showDetectionResult);

    QString error;
    if (!m_discovery->start(m_ui->emailEdit->text(), &error)) {
        m_ui->detectStatusLabel->setText(error);
        return;
    }
    m_ui->detectStatusLabel->setText(
            tr("Asking Mimecast for the region of %1…").arg(m_ui->emailEdit->text().trimmed()));
    showDetectionBusy(true);
}

void ConnectionV1Page::cancelDetection()
{
    if (m_discovery && m_discovery->isRunning())
        m_discovery->cancel();
}

void ConnectionV1Page::showDetectionResult(const RegionDiscovery::Result &result)
{
    showDetectionBusy(false);
    if (result.error.isError()) {
        m_ui->detectStatusLabel->setText(result.error.message);
        return;
    }

    if (selectRegionByHost(m_ui->regionCombo, MimecastApi::V1, result.apiBaseUrl)) {
        m_ui->detectStatusLabel->setText(
                tr("Region detected for %1: %2.")
                        .arg(result.emailAddress, m_ui->regionCombo->currentText()));
        return;
    }

    m_customUrl = result.apiBaseUrl.toString();
    selectRegion(m_ui->regionCombo, QString());
    m_ui->urlEdit->setText(m_customUrl);
    m_ui->detectStatusLabel->setText(tr("The account of %1 uses %2, which is not one of the "
                                        "presets, so it was entered as a custom URL.")
                                             .arg(result.emailAddress, m_customUrl));
}

void ConnectionV1Page::showDetectionBusy(bool busy)
{
    m_ui->detectProgress->setVisible(busy);
    m_ui->detectCancelButton->setVisible(busy);
    m_ui->detectButton->setEnabled(!busy);
    emit completeChanged();
}

int ConnectionV1Page::nextId() const
{
    return SetupWizard::ConnectionTest;
}

void ConnectionV1Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The detection result stays in the language it was reported in until the next one.
        const QString detectStatus = m_ui->detectStatusLabel->text();
        m_ui->retranslateUi(this);
        m_ui->detectStatusLabel->setText(detectStatus);
        {
            const QSignalBlocker blocker(m_ui->regionCombo);
            populateRegions(m_ui->regionCombo, MimecastApi::V1);
        }
        validateFields();
    }
    QWizardPage::changeEvent(event);
}

} // namespace bridge
