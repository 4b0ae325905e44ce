#pragma once

#include "apppaths.h"
#include "demoservices.h"
#include "mimecastauth.h"
#include "profilesettings.h"
#include "secretstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace bridge {

class MimecastClient;

// Everything the setup wizard's pages collect and share while the administrator goes through
// them: the profile's non-secret settings, the credentials (held in memory only until Finish
// writes them to the keychain), the keychain's state and, in demo mode, the local simulators.
// Network calls of the pages go through network(), which follows the profile's network
// settings.
class OnboardingSession : public QObject
{
    Q_OBJECT

public:
    enum class KeychainState { Unknown, Available, Unavailable };
    Q_ENUM(KeychainState)

    // demoServices are the app's in-process simulators, started by startDemo(); they must
    // outlive the session.
    OnboardingSession(const AppPaths &paths, SecretStore *secretStore, DemoServices *demoServices,
                      QObject *parent = nullptr);
    ~OnboardingSession() override;

    const AppPaths &paths() const { return m_paths; }
    SecretStore *secretStore() const { return m_secretStore; }

    // Non-secret choices; saved to the profile file at Finish.
    ProfileSettings settings;

    // Mimecast credentials of the chosen API version.
    MimecastCredentials mimecast;

    // Destination secrets keyed by environment variable name, as the command-line tool names
    // them: SOPHOS_CLIENT_ID, SOPHOS_CLIENT_SECRET, INGEST_KEY.
    QHash<QString, QString> destinationSecrets;

    // Display name of the chosen Sophos Central tenant, for the summary.
    QString sophosTenantName;

    // Host of the unsigned API 1.0 discover-authentication call; the simulator in demo mode.
    QUrl discoveryUrl;

    KeychainState keychainState = KeychainState::Unknown;
    // The administrator chose to keep the secrets for this session only, because no keychain
    // is usable. The background worker refuses to start for such a profile.
    bool sessionOnly = false;

    // Starts the in-process simulators on loopback and fills in demo credentials and URLs.
    // Returns false and sets error when a simulator cannot listen.
    [[nodiscard]] bool startDemo(QString *error);
    bool isDemo() const { return settings.demo; }
    DemoServices *demo() const { return m_demo; }

    // The Mimecast base URL of the settings: the custom URL, or the chosen region's preset.
    // Returns an empty URL and sets error to a translated message when neither is usable.
    QUrl mimecastBaseUrl(QString *error = nullptr) const;

    // Creates an authenticated client for the current settings and credentials, owned by
    // parent; the client owns its authenticator. Returns nullptr and sets error when the base URL
    // or credentials are unusable.
    MimecastClient *createMimecastClient(QObject *parent, QString *error = nullptr);

    // The network manager of the pages' calls, created on first use.
    QNetworkAccessManager *network();

    // Transfer timeout of each call made by the pages, in milliseconds.
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    void setTransferTimeoutMs(int milliseconds) { m_transferTimeoutMs = milliseconds; }

signals:
    void demoStarted();

private:
    AppPaths m_paths;
    QPointer<SecretStore> m_secretStore;
    QPointer<DemoServices> m_demo;
    QNetworkAccessManager *m_network = nullptr;
    int m_transferTimeoutMs = 30000;
};

} // namespace bridge
