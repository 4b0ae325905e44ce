#pragma once

#include "secretstore.h"

#include <QHash>

namespace bridge {

// Secrets held in process memory only: the "keep for this session only" choice, and unit tests
// of code above the SecretStore interface. A forced status makes every call fail with it.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QString &value, QObject *context,
               Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

    void setForcedStatus(Status status) { m_forcedStatus = status; }
    int entryCount() const { return int(m_values.size()); }

private:
    void deliver(QObject *context, Callback callback, Result result);

    QHash<QString, QString> m_values;
    Status m_forcedStatus = Status::Ok;
};

} // namespace bridge
