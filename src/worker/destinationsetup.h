#pragma once

#include "backoffpolicy.h"
#include "profilesettings.h"
#include "sophoserror.h"
#include "syncconfig.h"

#include <QHash>
#include <QObject>

class QNetworkAccessManager;

namespace bridge {

// Resolves where sync delivers, before the worker starts: for Sophos Central cases it calls
// who-am-I and, for partner and organization accounts, finds the chosen tenant's API host. It
// then provides a factory that creates the destination in the worker thread.
class DestinationSetup : public QObject
{
    Q_OBJECT

public:
    // secrets are keyed by environment variable name (SOPHOS_CLIENT_ID, …, INGEST_KEY).
    DestinationSetup(const ProfileSettings &settings, const QHash<QString, QString> &secrets,
                     std::function<QNetworkAccessManager *(QObject *)> createNetwork,
                     const BackoffPolicy &backoff, QObject *parent = nullptr);

    void start();

    // Attempts of the who-am-I and tenant calls before set-up gives up on a transient error.
    static constexpr int maxAttempts = 5;

signals:
    void ready(const bridge::SyncConfig::SinkFactory &createSink);
    void failed(const QString &message, int exitCode);

private:
    void resolveSophosTenant();
    void retryOrFail(const SophosError &error);

    ProfileSettings m_settings;
    QHash<QString, QString> m_secrets;
    std::function<QNetworkAccessManager *(QObject *)> m_createNetwork;
    BackoffPolicy m_backoff;
    int m_attempts = 0;
};

} // namespace bridge
