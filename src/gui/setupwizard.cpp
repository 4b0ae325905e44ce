#include "setupwizard.h"

#include "apiversionpage.h"
#include "connectiontestpage.h"
#include "connectionv1page.h"
#include "connectionv2page.h"
#include "destinationpage.h"
#include "onboardingsession.h"
#include "previewpage.h"
#include "summarypage.h"
#include "welcomepage.h"

#include <QEvent>

namespace bridge {

SetupWizard::SetupWizard(OnboardingSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);

    setPage(Welcome, new WelcomePage(session, this));
    setPage(ApiVersion, new ApiVersionPage(session, this));
    setPage(ConnectionV2, new ConnectionV2Page(session, this));
    setPage(ConnectionV1, new ConnectionV1Page(session, this));
    setPage(ConnectionTest, new ConnectionTestPage(session, this));
    setPage(Preview, new PreviewPage(session, this));
    setPage(Destination, new DestinationPage(session, this));
    setPage(Summary, new SummaryPage(session, this));
    setStartId(Welcome);

    retranslate();
    resize(900, 640);
}

void SetupWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void SetupWizard::retranslate()
{
    setWindowTitle(tr("Set up a customer"));
}

} // namespace bridge
