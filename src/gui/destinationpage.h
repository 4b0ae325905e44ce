#pragma once

#include "sophoscentralclient.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>
#include <optional>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class DestinationPage;
}

namespace bridge {

class OnboardingSession;

// Wizard page that chooses where alerts go: a Sophos Central case per alert, an HTTPS ingest
// URL, or a JSON Lines file. Sophos Central credentials must pass a test (token, who-am-I and,
// for partner and organization accounts, the tenant list) before Next is enabled, and a partner
// or organization account must pick the customer's tenant. Leaving the page with Next stores
// the choice in the session's settings and destination secrets.
class DestinationPage : public QWizardPage
{
    Q_OBJECT

public:
    // Tenant table columns.
    enum TenantColumn { TenantNameColumn, TenantIdColumn, TenantRegionColumn };

    DestinationPage(OnboardingSession *session, QWidget *parent = nullptr);
    ~DestinationPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Tests the Sophos Central credentials and URLs of the form, asynchronously.
    void startTest();
    void cancelTest();
    bool isTesting() const { return m_client != nullptr; }

    // The model behind the tenant table, after filtering.
    QSortFilterProxyModel *tenantProxy() const { return m_tenantProxy; }

signals:
    // The Sophos Central test passed or failed.
    void testFinished(bool passed);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class TestState { NotRun, Running, Passed, Failed, Cancelled };

    QString destination() const;
    void updateDestination();
    void invalidateTest();
    void finishTest(const SophosError &error);
    void showTenants(const QList<SophosTenantInfo> &tenants);
    std::optional<SophosTenantInfo> chosenTenant() const;
    void updateTestStatus();
    void updateIngestStatus();
    void updateOutputStatus();
    void browseOutputFile();
    void retranslate();

    std::unique_ptr<Ui::DestinationPage> m_ui;
    OnboardingSession *m_session;
    QStandardItemModel *m_tenantModel;
    QSortFilterProxyModel *m_tenantProxy;

    QPointer<SophosCentralClient> m_client;
    TestState m_testState = TestState::NotRun;
    SophosError m_testError;
    std::optional<SophosIdentity> m_identity;
    QList<SophosTenantInfo> m_tenants;

    QString m_ingestProblem;
    QString m_outputProblem;
};

} // namespace bridge
