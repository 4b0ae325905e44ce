#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class DestinationPage;
}

namespace bridge {

class OnboardingSession;

// TODO: stub page, replaced by the real page.
class DestinationPage : public QWizardPage
{
    Q_OBJECT

public:
    DestinationPage(OnboardingSession *session, QWidget *parent = nullptr);
    ~DestinationPage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::DestinationPage> m_ui;
    OnboardingSession *m_session;
};

} // namespace bridge
