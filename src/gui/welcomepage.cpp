#include "welcomepage.h"

#include "onboardingsession.h"
#include "ui_welcomepage.h"

#include <QEvent>

namespace bridge {

WelcomePage::WelcomePage(OnboardingSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
    , m_session(session)
{
    m_ui->setupUi(this);
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWizardPage::changeEvent(event);
}

} // namespace bridge
