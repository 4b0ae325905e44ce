#pragma once

#include "secretstore.h"

#include <QObject>

// Context object for SecretStore calls in tests: stores the delivered result and emits
// received(), so a test can wait for it with QSignalSpy.
class SecretResultReceiver : public QObject
{
    Q_OBJECT

public:
    bridge::SecretStore::Callback callback()
    {
        return [this](const bridge::SecretStore::Result &result) {
            m_result = result;
            ++m_callCount;
            emit received();
        };
    }

    const bridge::SecretStore::Result &result() const { return m_result; }
    int callCount() const { return m_callCount; }

signals:
    void received();

private:
    bridge::SecretStore::Result m_result;
    int m_callCount = 0;
};
