#pragma once

#include "secretstore.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace bridge {

// Removes every keychain entry a profile can have: the Mimecast API 1.0 and 2.0 fields, the
// Sophos Central and ingest secrets and the proxy password. An entry that does not exist is no
// failure. finished() is emitted once, after the last removal.
class CredentialEraser : public QObject
{
    Q_OBJECT

public:
    CredentialEraser(SecretStore *store, const QString &profile, QObject *parent = nullptr);

    // Keys of every entry the profile can have, "mimecast-bridge/v1/<profile>/…".
    static QStringList keysOf(const QString &profile);

    void start();

signals:
    // failures lists one translated line per entry that could not be removed.
    void finished(const QStringList &failures);

private:
    void removeNext();

    QPointer<SecretStore> m_store;
    QStringList m_pending;
    QStringList m_failures;
};

} // namespace bridge
