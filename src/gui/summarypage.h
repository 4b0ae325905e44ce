#pragma once

#include "credentialsource.h"
#include "secretstore.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class SummaryPage;
}

namespace bridge {

class OnboardingSession;

// Last wizard page: names the profile, sets the poll interval and the first start's backfill,
// and lists what will be stored where, naming keychain entries but never showing their values.
// Finish writes the secrets to the keychain one after another (not in demo or session-only
// mode), then saves the profile. A failure keeps the wizard open with the reason.
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    SummaryPage(OnboardingSession *session, QWidget *parent = nullptr);
    ~SummaryPage() override;

    void initializePage() override;
    bool isComplete() const override;
    // Starts storing the secrets and the profile and returns false; once both are stored,
    // accepts the wizard, and this call returns true.
    bool validatePage() override;

    // Keychain entry names that Finish writes, in writing order; empty in demo and
    // session-only mode.
    QStringList secretKeyNames() const;
    bool isSaving() const { return m_saving; }

signals:
    // The profile was saved and, unless in demo or session-only mode, its secrets stored.
    void profileCreated(const QString &profile);
    // Finish failed; message is also shown on the page.
    void saveFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct PendingSecret
    {
        QString key;
        QString value;
    };

    QString profileName() const;
    bool writesSecrets() const;
    QList<CredentialField> credentialFields() const;
    QString secretValue(const CredentialField &field) const;
    void updateProfileNameStatus();
    void updateSummary();
    void updateKeychainNotice();
    void setSaving(bool saving);
    void writeNextSecret();
    void saveProfile();
    void failSaving(const QString &message);
    void retranslate();

    std::unique_ptr<Ui::SummaryPage> m_ui;
    OnboardingSession *m_session;
    QList<PendingSecret> m_pendingSecrets;
    QStringList m_writtenKeys;
    QString m_failure;
    bool m_saving = false;
    bool m_saved = false;
};

} // namespace bridge
