#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace bridge {

class OnboardingSession;

// First wizard page: what the wizard does, the interface language (switched at once) and a
// demo mode that fills the wizard with the local simulators' credentials.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    WelcomePage(OnboardingSession *session, QWidget *parent = nullptr);
    ~WelcomePage() override;

    // Hides the demo offer once the session is already in demo mode.
    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void selectCurrentLanguage();
    void switchLanguage(int index);
    void startDemo();

    std::unique_ptr<Ui::WelcomePage> m_ui;
    OnboardingSession *m_session;
};

} // namespace bridge
