#include "connectioncheck.h"

#include "mimecastclient.h"
#include "ttplogfetcher.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace bridge {

ConnectionCheck::ConnectionCheck(MimecastClient *client, const QList<LogType> &types,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_types(types)
{ }

void ConnectionCheck::start()
{
    m_steps.clear();
    m_nextType = 0;
    m_cancelled = false;
    checkCredentials();
}

void ConnectionCheck::cancel()
{
    m_cancelled = true;
    if (m_client)
        m_client->abortAll();
}

void ConnectionCheck::checkCredentials()
{
    QPointer<ConnectionCheck> self(this);
    MimecastAuthenticator *authenticator = m_client->authenticator();

    if (authenticator->api() == MimecastApi::V2) {
        authenticator->ensureReady([self](const MimecastError &error) {
            if (!self || self->m_cancelled)
                return;
            Step step {QStringLiteral("credentials"), !error.isError(), error.message, error};
            if (step.passed) {
                step.message = QCoreApplication::translate(
                        "ConnectionCheck", "The client ID and client secret were accepted.");
            }
            self->record(step);
        });
        return;
    }

    m_client->post(QStringLiteral("/api/account/get-account"),
                   QJsonObject {{QStringLiteral("data"), QJsonArray()}}, std::nullopt,
                   [self](const MimecastReply &reply) {
                       if (!self || self->m_cancelled)
                           return;
                       Step step {QStringLiteral("credentials"), !reply.error.isError(),
                                  reply.error.message, reply.error};
                       if (step.passed) {
                           const QString account = reply.body.value(u"data")
                                                           .toArray()
                                                           .first()
                                                           .toObject()
                                                           .value(u"accountName")
                                                           .toString();
                           step.message = QCoreApplication::translate(
                                                  "ConnectionCheck",
                                                  "The signature was accepted for the account "
                                                  "\"%1\".")
                                                  .arg(account);
                       }
                       self->record(step);
                   });
}

void ConnectionCheck::checkNextLogType()
{
    if (m_nextType >= m_types.size()) {
        bool allPassed = true;
        for (const Step &step : std::as_const(m_steps))
            allPassed = allPassed && step.passed;
        emit finished(allPassed);
        return;
    }

    const LogType type = m_types.at(m_nextType++);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject body = TtpLogFetcher::requestBody(type, now.addSecs(-60), now, 1, {});

    QPointer<ConnectionCheck> self(this);
    m_client->post(logEndpointPath(type), body, type, [self, type](const MimecastReply &reply) {
        if (!self || self->m_cancelled)
            return;
        Step step {logTypeName(type), !reply.error.isError(), reply.error.message, reply.error};
        if (step.passed) {
            step.message = QCoreApplication::translate("ConnectionCheck",
                                                       "The %1 | Read permission is granted.")
                                   .arg(requiredPermission(type));
        }
        self->record(step);
    });
}

void ConnectionCheck::record(Step step)
{
    m_steps.append(step);
    emit stepFinished(step);

    const bool credentialsFailed = m_steps.size() == 1 && !step.passed;
    if (credentialsFailed) {
        emit finished(false);
        return;
    }
    checkNextLogType();
}

} // namespace bridge
