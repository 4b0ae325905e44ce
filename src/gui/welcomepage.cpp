#include "welcomepage.h"

#include "connectionfields.h"
#include "languages.h"
#include "onboardingsession.h"
#include "ui_welcomepage.h"

#include <QEvent>
#include <QLocale>
#include <QSignalBlocker>

namespace bridge {

WelcomePage::WelcomePage(OnboardingSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    connectionfields::setUpErrorLabel(m_ui->demoErrorLabel);
    selectCurrentLanguage();

    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this,
            &WelcomePage::switchLanguage);
    connect(m_ui->demoButton, &QPushButton::clicked, this, &WelcomePage::startDemo);
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::initializePage()
{
    m_ui->demoGroup->setVisible(!m_session->isDemo());
}

void WelcomePage::selectCurrentLanguage()
{
    // The combo lists supportedLanguages() in order; QLocale's default follows
    // installTranslations().
    const QString current = languageForLocale(QLocale().name());
    const QSignalBlocker blocker(m_ui->languageCombo);
    m_ui->languageCombo->setCurrentIndex(qMax(0, supportedLanguages().indexOf(current)));
}

void WelcomePage::switchLanguage(int index)
{
    const QStringList languages = supportedLanguages();
    if (index < 0 || index >= languages.size())
        return;
    // Every widget retranslates on the LanguageChange event this posts.
    installTranslations(languages.at(index));
}

void WelcomePage::startDemo()
{
    QString error;
    if (!m_session->startDemo(&error)) {
        connectionfields::showError(m_ui->demoErrorLabel,
                                    tr("The demo could not start. %1").arg(error));
        return;
    }
    connectionfields::showError(m_ui->demoErrorLabel, QString());
    wizard()->next();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        selectCurrentLanguage();
    }
    QWizardPage::changeEvent(event);
}

} // namespace bridge
