#include "connectionv2page.h"

#include "connectionfields.h"
#include "onboardingsession.h"
#include "setupwizard.h"
#include "ui_connectionv2page.h"

#include <QEvent>
#include <QSignalBlocker>

namespace bridge {

using namespace connectionfields;

ConnectionV2Page::ConnectionV2Page(OnboardingSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ConnectionV2Page>())
    , m_session(session)
{
    m_ui->setupUi(this);
    populateRegions(m_ui->regionCombo, MimecastApi::V2);
    bindRevealButton(m_ui->revealClientSecretButton, m_ui->clientSecretEdit);
    for (QLabel *label : {m_ui->urlError, m_ui->clientIdError, m_ui->clientSecretError})
        setUpErrorLabel(label);

    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this,
            &ConnectionV2Page::regionChanged);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (isCustomRegion(m_ui->regionCombo))
            m_customUrl = text;
        validateFields();
    });
    for (QLineEdit *edit : {m_ui->clientIdEdit, m_ui->clientSecretEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionV2Page::validateFields);
    regionChanged();
}

ConnectionV2Page::~ConnectionV2Page() = default;

void ConnectionV2Page::initializePage()
{
    const ProfileSettings &settings = m_session->settings;
    m_customUrl = settings.baseUrl.toString();
    restoreRegion(m_ui->regionCombo, settings);
    m_ui->clientIdEdit->setText(m_session->mimecast.clientId);
    m_ui->clientSecretEdit->setText(m_session->mimecast.clientSecret);
    m_ui->revealClientSecretButton->setChecked(false);
    regionChanged();
}

void ConnectionV2Page::regionChanged()
{
    showRegionUrl(m_ui->regionCombo, m_ui->urlEdit, MimecastApi::V2, m_customUrl);
    validateFields();
}

void ConnectionV2Page::validateFields()
{
    const QString urlError
            = isCustomRegion(m_ui->regionCombo) ? customUrlError(m_ui->urlEdit->text()) : QString();
    const QString idError = m_ui->clientIdEdit->text().trimmed().isEmpty()
            ? tr("Enter the client ID of the API 2.0 application.")
            : QString();
    const QString secretError = m_ui->clientSecretEdit->text().trimmed().isEmpty()
            ? tr("Enter the client secret of the API 2.0 application.")
            : QString();

    showError(m_ui->urlError, urlError);
    showError(m_ui->clientIdError, idError);
    showError(m_ui->clientSecretError, secretError);

    const bool valid = urlError.isEmpty() && idError.isEmpty() && secretError.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        emit completeChanged();
    }
}

bool ConnectionV2Page::isComplete() const
{
    return m_valid;
}

bool ConnectionV2Page::validatePage()
{
    storeRegion(m_ui->regionCombo, m_ui->urlEdit, &m_session->settings);
    m_session->mimecast.api = MimecastApi::V2;
    m_session->mimecast.clientId = m_ui->clientIdEdit->text().trimmed();
    m_session->mimecast.clientSecret = m_ui->clientSecretEdit->text().trimmed();
    return true;
}

int ConnectionV2Page::nextId() const
{
    return SetupWizard::ConnectionTest;
}

void ConnectionV2Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        {
            const QSignalBlocker blocker(m_ui->regionCombo);
            populateRegions(m_ui->regionCombo, MimecastApi::V2);
        }
        validateFields();
    }
    QWizardPage::changeEvent(event);
}

} // namespace bridge
