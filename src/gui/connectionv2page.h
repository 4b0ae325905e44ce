#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ConnectionV2Page;
}

namespace bridge {

class OnboardingSession;

// Collects the API 2.0 client ID and client secret and the account's region or custom base
// URL, checking each field as it is typed. Next stays disabled while a field is invalid.
class ConnectionV2Page : public QWizardPage
{
    Q_OBJECT

public:
    ConnectionV2Page(OnboardingSession *session, QWidget *parent = nullptr);
    ~ConnectionV2Page() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void regionChanged();
    void validateFields();

    std::unique_ptr<Ui::ConnectionV2Page> m_ui;
    OnboardingSession *m_session;
    QString m_customUrl; // kept while a preset is selected
    bool m_valid = false;
};

} // namespace bridge
