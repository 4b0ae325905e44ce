#include "connectiontestpage.h"

#include "onboardingsession.h"
#include "ui_connectiontestpage.h"

#include <QEvent>

namespace bridge {

ConnectionTestPage::ConnectionTestPage(OnboardingSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ConnectionTestPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
}

ConnectionTestPage::~ConnectionTestPage() = default;

void ConnectionTestPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWizardPage::changeEvent(event);
}

} // namespace bridge
