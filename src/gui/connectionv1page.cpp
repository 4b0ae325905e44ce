#include "connectionv1page.h"

#include "onboardingsession.h"
#include "ui_connectionv1page.h"

#include <QEvent>

namespace bridge {

ConnectionV1Page::ConnectionV1Page(OnboardingSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ConnectionV1Page>())
    , m_session(session)
{
    m_ui->setupUi(this);
}

ConnectionV1Page::~ConnectionV1Page() = default;

void ConnectionV1Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWizardPage::changeEvent(event);
}

} // namespace bridge
