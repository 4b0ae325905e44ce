#include "connectionv2page.h"

#include "onboardingsession.h"
#include "ui_connectionv2page.h"

#include <QEvent>

namespace bridge {

ConnectionV2Page::ConnectionV2Page(OnboardingSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ConnectionV2Page>())
    , m_session(session)
{
    m_ui->setupUi(this);
}

ConnectionV2Page::~ConnectionV2Page() = default;

void ConnectionV2Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWizardPage::changeEvent(event);
}

} // namespace bridge
