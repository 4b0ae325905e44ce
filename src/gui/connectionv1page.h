#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ConnectionV1Page;
}

namespace bridge {

class OnboardingSession;

// TODO: stub page, replaced by the real page.
class ConnectionV1Page : public QWizardPage
{
    Q_OBJECT

public:
    ConnectionV1Page(OnboardingSession *session, QWidget *parent = nullptr);
    ~ConnectionV1Page() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::ConnectionV1Page> m_ui;
    OnboardingSession *m_session;
};

} // namespace bridge
