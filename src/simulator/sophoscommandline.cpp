#include "sophoscommandline.h"

#include "sophossimulator.h"

#include <QCommandLineParser>
#include <QJsonValue>

namespace bridge {

namespace {

const QString portName = QStringLiteral("sophos-port");
const QString idTypeName = QStringLiteral("sophos-id-type");
const QString tokenLifetimeName = QStringLiteral("sophos-token-lifetime");
const QString tenantsName = QStringLiteral("sophos-tenants");
const QString clientIdName = QStringLiteral("sophos-client-id");

constexpr int maxTenantCount = 1000;

} // namespace

void addSophosOptions(QCommandLineParser *parser)
{
    parser->addOptions({
            {portName,
             QStringLiteral("TCP port of the Sophos simulator on 127.0.0.1; 0 picks a free "
                            "port."),
             QStringLiteral("N"), QStringLiteral("0")},
            {idTypeName,
             QStringLiteral("Account kind that the Sophos whoami call reports: tenant, partner "
                            "or organization."),
             QStringLiteral("KIND"), QStringLiteral("partner")},
            {tokenLifetimeName, QStringLiteral("Lifetime of Sophos access tokens in seconds."),
             QStringLiteral("SECONDS"), QStringLiteral("3600")},
            {tenantsName,
             QStringLiteral("Number of Sophos demo tenants (Customer A, Customer B, …)."),
             QStringLiteral("N"), QStringLiteral("3")},
            {clientIdName, QStringLiteral("Sophos client id to accept."), QStringLiteral("ID"),
             demo::sophosClientId()},
    });

    for (const FaultSwitch &faultSwitch : sophosFaultSwitches()) {
        parser->addOption(QCommandLineOption(faultSwitch.name, u"Fault: " + faultSwitch.description,
                                             faultSwitch.valueName));
    }
}

QString readSophosOptions(const QCommandLineParser &parser, SophosSimulatorOptions *options)
{
    bool ok = false;
    const uint port = parser.value(portName).toUInt(&ok);
    if (!ok || port > 65535) {
        return QStringLiteral("Invalid --%1 %2: expected 0 to 65535")
                .arg(portName, parser.value(portName));
    }
    options->port = static_cast<quint16>(port);

    const std::optional<SophosIdType> idType = parseSophosIdType(parser.value(idTypeName));
    if (!idType) {
        return QStringLiteral("Invalid --%1 %2: expected tenant, partner or organization")
                .arg(idTypeName, parser.value(idTypeName));
    }
    options->idType = *idType;

    options->tokenLifetimeSeconds = parser.value(tokenLifetimeName).toInt(&ok);
    if (!ok || options->tokenLifetimeSeconds < 1) {
        return QStringLiteral("Invalid --%1 %2: expected a positive number of seconds")
                .arg(tokenLifetimeName, parser.value(tokenLifetimeName));
    }

    options->tenantCount = parser.value(tenantsName).toInt(&ok);
    if (!ok || options->tenantCount < 1 || options->tenantCount > maxTenantCount) {
        return QStringLiteral("Invalid --%1 %2: expected a whole number from 1 to %3")
                .arg(tenantsName, parser.value(tenantsName))
                .arg(maxTenantCount);
    }

    options->credentials.clientId = parser.value(clientIdName);
    if (qEnvironmentVariableIsSet(sophosClientSecretVariable))
        options->credentials.clientSecret = qEnvironmentVariable(sophosClientSecretVariable);
    if (qEnvironmentVariableIsSet(ingestKeyVariable))
        options->credentials.ingestKey = qEnvironmentVariable(ingestKeyVariable);

    for (const FaultSwitch &faultSwitch : sophosFaultSwitches()) {
        if (!parser.isSet(faultSwitch.name))
            continue;
        QString error;
        if (!applySophosFaultSetting(&options->faults, faultSwitch.name,
                                     QJsonValue(parser.value(faultSwitch.name)), &error))
            return error;
    }
    return QString();
}

void configureSophosSimulator(SophosSimulator *simulator, const SophosSimulatorOptions &options)
{
    simulator->setCredentials(options.credentials);
    simulator->setIdType(options.idType);
    simulator->setTokenLifetime(options.tokenLifetimeSeconds);
    simulator->setTenantCount(options.tenantCount);
    simulator->setFaults(options.faults);
}

} // namespace bridge
