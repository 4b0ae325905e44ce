#include "memorysecretstore.h"

#include <QMetaObject>
#include <QPointer>

namespace bridge {

void MemorySecretStore::read(const QString &key, QObject *context, Callback callback)
{
    Result result;
    if (m_forcedStatus != Status::Ok) {
        result.status = m_forcedStatus;
    } else if (const auto it = m_values.constFind(key); it != m_values.constEnd()) {
        result.status = Status::Ok;
        result.value = it.value();
    } else {
        result.status = Status::NotFound;
    }
    deliver(context, std::move(callback), result);
}

void MemorySecretStore::write(const QString &key, const QString &value, QObject *context,
                              Callback callback)
{
    Result result;
    result.status = m_forcedStatus;
    if (m_forcedStatus == Status::Ok)
        m_values.insert(key, value);
    deliver(context, std::move(callback), result);
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    Result result;
    result.status = m_forcedStatus;
    if (m_forcedStatus == Status::Ok && m_values.remove(key) == 0)
        result.status = Status::NotFound;
    deliver(context, std::move(callback), result);
}

void MemorySecretStore::deliver(QObject *context, Callback callback, Result result)
{
    // Callers must see the same asynchronous behaviour as with a real keychain.
    QMetaObject::invokeMethod(
            context, [callback = std::move(callback), result]() { callback(result); },
            Qt::QueuedConnection);
}

} // namespace bridge
