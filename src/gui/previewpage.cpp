#include "previewpage.h"

#include "onboardingsession.h"
#include "ui_previewpage.h"

#include <QEvent>

namespace bridge {

PreviewPage::PreviewPage(OnboardingSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::PreviewPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
}

PreviewPage::~PreviewPage() = default;

void PreviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWizardPage::changeEvent(event);
}

} // namespace bridge
