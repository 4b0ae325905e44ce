#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ApiVersionPage;
}

namespace bridge {

class OnboardingSession;

// Chooses between Mimecast API 2.0 (recommended) and API 1.0 (legacy). The choice decides which
// connection page comes next.
class ApiVersionPage : public QWizardPage
{
    Q_OBJECT

public:
    ApiVersionPage(OnboardingSession *session, QWidget *parent = nullptr);
    ~ApiVersionPage() override;

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::ApiVersionPage> m_ui;
    OnboardingSession *m_session;
};

} // namespace bridge
