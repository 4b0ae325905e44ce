#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace bridge {

// Asynchronous access to the operating system's credential store. Every secret of the app goes
// through this interface and nowhere else; callbacks run in the thread of the context object.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound,
        NoBackend,
        AccessDenied,
        TooLarge,
        OtherError,
    };

    struct Result
    {
        Status status = Status::OtherError;
        QString value; // the secret, only for a successful read
        QString detail; // backend text for the log; never contains the secret
    };

    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    // The callback runs once, queued in context's thread; it is dropped if context is destroyed.
    virtual void read(const QString &key, QObject *context, Callback callback) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context,
                       Callback callback)
            = 0;
    virtual void remove(const QString &key, QObject *context, Callback callback) = 0;
};

// Builds the key of one secret: "mimecast-bridge/v1/<profile>/<connector>/<field>". The app id
// is part of the key because the Windows backend ignores the service name.
QString secretKeyName(const QString &profile, const QString &connector, const QString &field);

// Translated, actionable description of a failed keychain operation.
QString describeSecretStoreStatus(SecretStore::Status status);

} // namespace bridge
