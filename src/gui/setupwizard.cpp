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
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

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
    auto *summary = new SummaryPage(session, this);
    setPage(Summary, summary);
    connect(summary, &SummaryPage::profileCreated, this, &SetupWizard::profileCreated);
    setStartId(Welcome);

    connect(session, &OnboardingSession::demoStarted, this, &SetupWizard::showDemoBanner);
    if (session->isDemo())
        showDemoBanner();

    retranslate();
    resize(900, 640);
}

void SetupWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void SetupWizard::reject()
{
    if (m_discardConfirmed || currentId() == Welcome || currentId() == -1) {
        QWizard::reject();
        return;
    }
    if (findChild<QMessageBox *>(QStringLiteral("discardQuestion")))
        return;

    auto *question = new QMessageBox(QMessageBox::Question, tr("Cancel the setup"),
                                     tr("Close the wizard and discard the settings and "
                                        "credentials entered so far? Nothing has been stored."),
                                     QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("discardQuestion"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *discard = question->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *keep = question->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    question->setDefaultButton(keep);
    connect(question, &QMessageBox::buttonClicked, this, [this, discard](QAbstractButton *button) {
        if (button != discard)
            return;
        m_discardConfirmed = true;
        QWizard::reject();
    });
    question->open();
}

void SetupWizard::showDemoBanner()
{
    if (m_demoBanner)
        return;

    m_demoBanner = new QLabel(this);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_demoBanner->setFixedWidth(170);
    m_demoBanner->setMargin(8);
    m_demoBanner->setAutoFillBackground(true);
    QPalette palette = m_demoBanner->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    palette.setColor(QPalette::WindowText, QColor(0x5c, 0x45, 0x00));
    m_demoBanner->setPalette(palette);
    setSideWidget(m_demoBanner);
    retranslate();
}

void SetupWizard::retranslate()
{
    setWindowTitle(tr("Set up a customer"));

    // Qt's own catalogues do not cover every Portuguese variant, so the buttons carry the
    // app's own translations.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::HelpButton, tr("&Help"));
    if (m_demoBanner) {
        m_demoBanner->setText(tr("<b>Demo mode</b><br>No real service is contacted: the "
                                 "credentials, alerts and Sophos Central are simulated on this "
                                 "computer."));
        m_demoBanner->setAccessibleName(tr("Demo mode notice"));
    }
}

} // namespace bridge
