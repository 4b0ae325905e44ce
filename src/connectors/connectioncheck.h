#pragma once

#include "logtype.h"
#include "mimecasterror.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace bridge {

class MimecastClient;

// Tests one Mimecast account the way the wizard and "check" do. The first step checks the
// credentials with an API 2.0 token request or a signed API 1.0 get-account call. Then one
// get-logs call with pageSize 1 per enabled log type proves the role's Read permission for it.
class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    struct Step
    {
        QString name; // "credentials" or a log type name
        bool passed = false;
        QString message; // translated result or error
        MimecastError error; // kind None when passed
    };

    ConnectionCheck(MimecastClient *client, const QList<LogType> &types, QObject *parent = nullptr);

    void start();
    void cancel();
    const QList<Step> &steps() const { return m_steps; }

signals:
    void stepFinished(const bridge::ConnectionCheck::Step &step);
    void finished(bool allPassed);

private:
    void checkCredentials();
    void checkNextLogType();
    void record(Step step);

    QPointer<MimecastClient> m_client;
    QList<LogType> m_types;
    QList<Step> m_steps;
    int m_nextType = 0;
    bool m_cancelled = false;
};

} // namespace bridge
