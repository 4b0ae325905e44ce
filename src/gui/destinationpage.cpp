#include "destinationpage.h"

#include "onboardingsession.h"
#include "ui_destinationpage.h"

#include <QEvent>

namespace bridge {

DestinationPage::DestinationPage(OnboardingSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::DestinationPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
}

DestinationPage::~DestinationPage() = default;

void DestinationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWizardPage::changeEvent(event);
}

} // namespace bridge
