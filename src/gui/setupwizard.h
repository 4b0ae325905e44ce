#pragma once

#include <QWizard>

class QLabel;

namespace bridge {

class OnboardingSession;

// The onboarding wizard: from the welcome page through the Mimecast connection, its test and a
// preview of recent alerts to the destination and a summary. The connection page depends on the
// API version chosen, so the pages branch through nextId(). Finish writes the secrets to the
// keychain, saves the profile and emits profileCreated().
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        Welcome,
        ApiVersion,
        ConnectionV2,
        ConnectionV1,
        ConnectionTest,
        Preview,
        Destination,
        Summary,
    };
    Q_ENUM(PageId)

    // session must outlive the wizard.
    explicit SetupWizard(OnboardingSession *session, QWidget *parent = nullptr);

    OnboardingSession *session() const { return m_session; }

    // Asks before discarding what the administrator entered beyond the welcome page; the
    // question is non-modal, and the wizard closes only on "Discard".
    void reject() override;

signals:
    // The profile was saved and, unless the session is session-only, its secrets stored.
    void profileCreated(const QString &profile);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showDemoBanner();

    OnboardingSession *m_session;
    QLabel *m_demoBanner = nullptr;
    bool m_discardConfirmed = false;
};

} // namespace bridge
