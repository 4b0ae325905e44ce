#include "summarypage.h"

#include "onboardingsession.h"
#include "ui_summarypage.h"

#include <QEvent>

namespace bridge {

SummaryPage::SummaryPage(OnboardingSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::SummaryPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
}

SummaryPage::~SummaryPage() = default;

void SummaryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWizardPage::changeEvent(event);
}

} // namespace bridge
