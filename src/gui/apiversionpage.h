#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ApiVersionPage;
}

namespace bridge {

class OnboardingSession;

// TODO: stub page, replaced by the real page.
class ApiVersionPage : public QWizardPage
{
    Q_OBJECT

public:
    ApiVersionPage(OnboardingSession *session, QWidget *parent = nullptr);
    ~ApiVersionPage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::ApiVersionPage> m_ui;
    OnboardingSession *m_session;
};

} // namespace bridge
