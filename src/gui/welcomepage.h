#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace bridge {

class OnboardingSession;

// TODO: stub page, replaced by the real page.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    WelcomePage(OnboardingSession *session, QWidget *parent = nullptr);
    ~WelcomePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
    OnboardingSession *m_session;
};

} // namespace bridge
