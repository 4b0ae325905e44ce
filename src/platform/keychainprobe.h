#pragma once

#include "secretstore.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>

namespace bridge {

// Outcome of one keychain probe.
struct KeychainProbeResult
{
    bool available = false;
    SecretStore::Status status = SecretStore::Status::OtherError;
    QString detail; // backend text for the log, empty when the keychain is usable
};

// English name of a status ("NoBackend"), for logs and test messages.
QString secretStoreStatusName(SecretStore::Status status);

// Checks at start-up whether the keychain can be used, by reading a sentinel entry that is never
// written. QtKeychain 0.13 has no availability call (QKeychain::isAvailable() arrived in 0.14),
// so a read is the only way to find out. A successful read or "not found" means a backend
// handled the request. Any other status means no keychain is usable and is reported as is.
//
// NOTE: a successful probe does not guarantee that writes succeed. In a D-Bus session where
// gnome-keyring was started by D-Bus activation without a login keyring, the read returns "not
// found" but a write fails with OtherError ("Object does not exist at path
// /org/freedesktop/secrets/collection/login"), because no prompt can create the keyring. Callers
// must still handle a failed write.
class KeychainProbe : public QObject
{
    Q_OBJECT

public:
    explicit KeychainProbe(SecretStore *store, QObject *parent = nullptr);

    // "mimecast-bridge/v1/_probe/sentinel". The underscore keeps it apart from profile names.
    static QString sentinelKey();
    static bool isAvailableStatus(SecretStore::Status status);

    // Starts one probe. finished() is emitted once, asynchronously. A call while a probe is
    // running is ignored, and that probe's result serves both.
    void start();
    bool isRunning() const { return m_running; }

signals:
    void finished(const bridge::KeychainProbeResult &result);

private:
    QPointer<SecretStore> m_store;
    bool m_running = false;
};

} // namespace bridge

Q_DECLARE_METATYPE(bridge::KeychainProbeResult)
