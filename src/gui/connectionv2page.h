#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ConnectionV2Page;
}

namespace bridge {

class OnboardingSession;

// TODO: stub page, replaced by the real page.
class ConnectionV2Page : public QWizardPage
{
    Q_OBJECT

public:
    ConnectionV2Page(OnboardingSession *session, QWidget *parent = nullptr);
    ~ConnectionV2Page() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::ConnectionV2Page> m_ui;
    OnboardingSession *m_session;
};

} // namespace bridge
