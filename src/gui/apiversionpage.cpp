#include "apiversionpage.h"

#include "onboardingsession.h"
#include "setupwizard.h"
#include "ui_apiversionpage.h"

#include <QEvent>

namespace bridge {

ApiVersionPage::ApiVersionPage(OnboardingSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ApiVersionPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
}

ApiVersionPage::~ApiVersionPage() = default;

void ApiVersionPage::initializePage()
{
    const bool legacy = m_session->settings.apiVersion == 1;
    m_ui->v1Radio->setChecked(legacy);
    m_ui->v2Radio->setChecked(!legacy);
}

bool ApiVersionPage::validatePage()
{
    m_session->settings.apiVersion = m_ui->v1Radio->isChecked() ? 1 : 2;
    return true;
}

int ApiVersionPage::nextId() const
{
    return m_ui->v1Radio->isChecked() ? SetupWizard::ConnectionV1 : SetupWizard::ConnectionV2;
}

void ApiVersionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWizardPage::changeEvent(event);
}

} // namespace bridge
