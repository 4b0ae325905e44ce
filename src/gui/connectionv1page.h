#pragma once

#include "regiondiscovery.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class ConnectionV1Page;
}

namespace bridge {

class OnboardingSession;

// Collects the API 1.0 application ID, application key, access key and secret key and the
// account's region or custom base URL, checking each field as it is typed. "Detect region"
// requests the account's host from Mimecast with an administrator's e-mail address.
class ConnectionV1Page : public QWizardPage
{
    Q_OBJECT

public:
    ConnectionV1Page(OnboardingSession *session, QWidget *parent = nullptr);
    ~ConnectionV1Page() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void regionChanged();
    void validateFields();
    void startDetection();
    void cancelDetection();
    void showDetectionResult(const RegionDiscovery::Result &result);
    void showDetectionBusy(bool busy);

    std::unique_ptr<Ui::ConnectionV1Page> m_ui;
    OnboardingSession *m_session;
    RegionDiscovery *m_discovery = nullptr;
    QString m_customUrl; // kept while a preset is selected
    bool m_valid = false;
};

} // namespace bridge
