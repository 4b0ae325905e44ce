#include "qtkeychainsecretstore.h"

#include "platformlogging.h"

#include <QMetaObject>
#include <QThread>
#include <QTimer>

#include <memory>

namespace bridge {

namespace {

// Texts that libsecret passes on when nothing provides org.freedesktop.secrets or no session bus
// is reachable. The D-Bus error names are protocol identifiers and never translated. The last
// two are GLib messages: under a locale with GLib translations they do not match, and such
// failures stay OtherError.
const QLatin1StringView missingSecretServiceMarkers[] = {
        QLatin1StringView("org.freedesktop.DBus.Error.ServiceUnknown"),
        QLatin1StringView("org.freedesktop.DBus.Error.NoServer"),
        QLatin1StringView("org.freedesktop.DBus.Error.Spawn."),
        QLatin1StringView("org.freedesktop.DBus.Error.NameHasNoOwner"),
        QLatin1StringView("Cannot autolaunch D-Bus"),
        QLatin1StringView("Could not connect:"),
};

bool looksLikeMissingSecretService(const QString &errorString)
{
    for (const QLatin1StringView marker : missingSecretServiceMarkers) {
        if (errorString.contains(marker))
            return true;
    }
    return false;
}

// Queues the callback to the context's thread unless the context is gone.
void deliverResult(const QPointer<QObject> &context, const SecretStore::Callback &callback,
                   const SecretStore::Result &result)
{
    if (!context) {
        qCDebug(lcPlatform) << "Dropped a keychain result because its context object was destroyed";
        return;
    }
    QMetaObject::invokeMethod(
            context.data(), [callback, result]() { callback(result); }, Qt::QueuedConnection);
}

SecretStore::Result failure(SecretStore::Status status, const QString &detail)
{
    SecretStore::Result result;
    result.status = status;
    result.detail = detail;
    return result;
}

} // namespace

QtKeychainSecretStore::QtKeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{ }

QString QtKeychainSecretStore::serviceName()
{
    return QStringLiteral("mimecast-bridge");
}

bool QtKeychainSecretStore::exceedsValueLimit(const QString &value)
{
    return value.toUtf8().size() > maxValueBytes;
}

SecretStore::Status QtKeychainSecretStore::statusFromKeychainError(QKeychain::Error error,
                                                                   const QString &errorString)
{
    switch (error) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Status::NoBackend;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Status::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (looksLikeMissingSecretService(errorString))
        return Status::NoBackend;
    return Status::OtherError;
}

void QtKeychainSecretStore::read(const QString &key, QObject *context, Callback callback)
{
    const QPointer<QObject> guardedContext(context);
    runInStoreThread([this, key, guardedContext, callback = std::move(callback)]() {
        auto *job = new QKeychain::ReadPasswordJob(serviceName());
        job->setKey(key);
        startJob(job, QStringLiteral("read"), guardedContext, callback);
    });
}

void QtKeychainSecretStore::write(const QString &key, const QString &value, QObject *context,
                                  Callback callback)
{
    const QPointer<QObject> guardedContext(context);
    if (exceedsValueLimit(value)) {
        // Rejected before any job exists, so the entry stored under this key stays untouched.
        const auto detail = QStringLiteral("The value is %1 bytes in UTF-8, above the limit of %2 "
                                           "bytes. The stored entry was left unchanged.")
                                    .arg(value.toUtf8().size())
                                    .arg(maxValueBytes);
        qCWarning(lcPlatform).noquote() << "Rejected keychain write of" << key << ":" << detail;
        deliverResult(guardedContext, callback, failure(Status::TooLarge, detail));
        return;
    }
    runInStoreThread([this, key, value, guardedContext, callback = std::move(callback)]() {
        auto *job = new QKeychain::WritePasswordJob(serviceName());
        job->setKey(key);
        job->setTextData(value);
        startJob(job, QStringLiteral("write"), guardedContext, callback);
    });
}

void QtKeychainSecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    const QPointer<QObject> guardedContext(context);
    runInStoreThread([this, key, guardedContext, callback = std::move(callback)]() {
        auto *job = new QKeychain::DeletePasswordJob(serviceName());
        job->setKey(key);
        startJob(job, QStringLiteral("delete"), guardedContext, callback);
    });
}

void QtKeychainSecretStore::runInStoreThread(std::function<void()> task)
{
    // QtKeychain queues all jobs in one process-wide executor, so every job is created in this
    // object's thread.
    if (QThread::currentThread() == thread()) {
        task();
        return;
    }
    QMetaObject::invokeMethod(this, std::move(task), Qt::QueuedConnection);
}

void QtKeychainSecretStore::startJob(QKeychain::Job *job, const QString &operation,
                                     const QPointer<QObject> &context, Callback callback)
{
    const QString key = job->key();
    if (key.isEmpty()) {
        delete job;
        deliverResult(context, callback,
                      failure(Status::OtherError, QStringLiteral("The keychain key is empty")));
        return;
    }

    job->setInsecureFallback(false);
    job->setAutoDelete(true);

    // Whichever comes first, the job's result or the timeout, is reported. The other is ignored.
    auto reported = std::make_shared<bool>(false);

    // The timer belongs to the job, so it goes away when the finished job deletes itself.
    // NOTE: a job that never finishes is never deleted, because libsecret keeps a pointer to it.
    // QtKeychain runs one job at a time, so later operations wait behind it and time out too.
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    const auto timeoutMs = qint64(m_timeout.count());
    QObject::connect(timer, &QTimer::timeout, job, [=]() {
        if (*reported)
            return;
        *reported = true;
        const auto detail = QStringLiteral("Keychain %1 of %2 timed out after %3 ms")
                                    .arg(operation, key)
                                    .arg(timeoutMs);
        qCWarning(lcPlatform).noquote() << detail;
        deliverResult(context, callback, failure(Status::OtherError, detail));
    });

    QObject::connect(job, &QKeychain::Job::finished, job, [=](QKeychain::Job *finishedJob) {
        timer->stop();
        if (*reported) {
            qCInfo(lcPlatform).noquote()
                    << "Keychain" << operation << "of" << key << "finished after its timeout";
            return;
        }
        *reported = true;

        SecretStore::Result result;
        result.status = statusFromKeychainError(finishedJob->error(), finishedJob->errorString());
        if (result.status == Status::Ok) {
            if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finishedJob))
                result.value = readJob->textData();
            qCDebug(lcPlatform).noquote() << "Keychain" << operation << "of" << key << "succeeded";
        } else {
            // errorString() is QtKeychain's or the backend's own text about the failure. On the
            // libsecret path of QtKeychain 0.13 it is the GError message, which has no value in it.
            result.detail = finishedJob->errorString();
            if (result.status == Status::NotFound) {
                qCDebug(lcPlatform).noquote()
                        << "Keychain" << operation << "of" << key << "found no entry";
            } else {
                qCWarning(lcPlatform).noquote()
                        << "Keychain" << operation << "of" << key << "failed with QtKeychain error"
                        << int(finishedJob->error()) << ":" << result.detail;
            }
        }
        deliverResult(context, callback, result);
    });

    timer->start(m_timeout);
    job->start();
}

} // namespace bridge
