#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class SummaryPage;
}

namespace bridge {

class OnboardingSession;

// TODO: stub page, replaced by the real page.
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    SummaryPage(OnboardingSession *session, QWidget *parent = nullptr);
    ~SummaryPage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::SummaryPage> m_ui;
    OnboardingSession *m_session;
};

} // namespace bridge
