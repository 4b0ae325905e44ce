#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ConnectionTestPage;
}

namespace bridge {

class OnboardingSession;

// TODO: stub page, replaced by the real page.
class ConnectionTestPage : public QWizardPage
{
    Q_OBJECT

public:
    ConnectionTestPage(OnboardingSession *session, QWidget *parent = nullptr);
    ~ConnectionTestPage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::ConnectionTestPage> m_ui;
    OnboardingSession *m_session;
};

} // namespace bridge
