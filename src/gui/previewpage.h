#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class PreviewPage;
}

namespace bridge {

class OnboardingSession;

// TODO: stub page, replaced by the real page.
class PreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    PreviewPage(OnboardingSession *session, QWidget *parent = nullptr);
    ~PreviewPage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::PreviewPage> m_ui;
    OnboardingSession *m_session;
};

} // namespace bridge
