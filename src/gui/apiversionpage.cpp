#include "apiversionpage.h"

#include "onboardingsession.h"
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

void ApiVersionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWizardPage::changeEvent(event);
}

} // namespace bridge
