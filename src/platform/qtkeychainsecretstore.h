#pragma once

#include "secretstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

#include <chrono>
#include <functional>

namespace bridge {

// SecretStore backed by the operating system's keychain through QtKeychain 0.13: a Secret
// Service provider (GNOME Keyring, KWallet) on Linux, Credential Manager on Windows and the
// Keychain on macOS. Insecure fallback is always off, so a secret is never written to a plain
// settings file when no keychain is usable.
//
// QtKeychain jobs run in the thread this object lives in, which must run an event loop
// (normally the GUI thread). Calls made from other threads are forwarded to it. Each callback
// runs once, queued in the context object's thread, and is dropped if that object is destroyed.
// The store must outlive the calls made on it.
class QtKeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    // Largest value accepted, in UTF-8 bytes. QtKeychain 0.13 on Windows rejects blobs over
    // 2560 bytes (CRED_MAX_CREDENTIAL_BLOB_SIZE), so 2048 leaves room and is the same on every
    // platform.
    static constexpr qsizetype maxValueBytes = 2048;
    static constexpr std::chrono::milliseconds defaultTimeout {15000};

    explicit QtKeychainSecretStore(QObject *parent = nullptr);

    // Service name of every entry. On Linux it is the "server" attribute of the item.
    // Windows ignores it, which is why secretKeyName() puts the app id into the key itself.
    static QString serviceName();

    static bool exceedsValueLimit(const QString &value);

    // Maps a finished job's error. On the libsecret path QtKeychain 0.13 reports a missing
    // Secret Service provider as OtherError with a D-Bus error text, which becomes NoBackend.
    static Status statusFromKeychainError(QKeychain::Error error, const QString &errorString);

    // Time after which an operation reports OtherError ("timed out") to its caller. It counts
    // from the call, including the time the job waits in QtKeychain's queue.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QString &value, QObject *context,
               Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

private:
    void runInStoreThread(std::function<void()> task);
    void startJob(QKeychain::Job *job, const QString &operation, const QPointer<QObject> &context,
                  Callback callback);

    std::chrono::milliseconds m_timeout = defaultTimeout;
};

} // namespace bridge
