#pragma once

#include "mimecasterror.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace bridge {

class MimecastClient;

// Finds the API 1.0 base URL of a Mimecast account from an administrator's e-mail address with
// the unsigned POST /api/login/discover-authentication call. The response names the account's
// API host in data[0].region.api.
class RegionDiscovery : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QString emailAddress;
        QUrl apiBaseUrl; // empty on failure
        MimecastError error; // kind None on success
    };

    // discoveryUrl is the host serving the call, normally https://api.mimecast.com.
    RegionDiscovery(QNetworkAccessManager *network, const QUrl &discoveryUrl,
                    QObject *parent = nullptr);
    ~RegionDiscovery() override;

    // Sent as x-mc-app-id when not empty; Mimecast documents the header for this call.
    void setApplicationId(const QString &applicationId) { m_applicationId = applicationId; }
    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Checks the address and starts the call; finished() follows once. Returns false and sets
    // error to a translated message, without any call, when the address is not an e-mail
    // address or a discovery is already running.
    [[nodiscard]] bool start(const QString &emailAddress, QString *error);

    // Aborts the call in flight; finished() then reports kind Cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

    // Returns a translated message when text is not a plausible e-mail address, else an empty
    // string.
    static QString validateEmailAddress(const QString &text);

signals:
    void finished(const bridge::RegionDiscovery::Result &result);

private:
    // rewriteMessage replaces the client's message of a failed call with one about detection.
    void finish(Result result, bool rewriteMessage);

    QNetworkAccessManager *m_network;
    QUrl m_discoveryUrl;
    QString m_applicationId;
    int m_timeoutMs = 30000;
    QPointer<MimecastClient> m_client;
    bool m_running = false;
};

} // namespace bridge
