#pragma once

#include "simulatorcredentials.h"
#include "sophosfaults.h"
#include "sophostenants.h"

#include <QString>

class QCommandLineParser;

namespace bridge {

class SophosSimulator;

// Settings of the executable's Sophos simulator.
struct SophosSimulatorOptions
{
    quint16 port = 0;
    SophosIdType idType = SophosIdType::Partner;
    int tokenLifetimeSeconds = 3600;
    int tenantCount = 3;
    SophosSimulatorCredentials credentials;
    SophosFaults faults;
};

// Environment variables that override the secret Sophos demo credentials. Secrets are never
// taken from the command line because other users of the machine could read them there.
inline constexpr char sophosClientSecretVariable[] = "SOPHOS_SIMULATOR_CLIENT_SECRET";
inline constexpr char ingestKeyVariable[] = "SOPHOS_SIMULATOR_INGEST_KEY";

// Adds --sophos-port, --sophos-id-type, --sophos-token-lifetime, --sophos-tenants,
// --sophos-client-id and one option per Sophos fault switch (such as --sophos-rate-limit and
// --ingest-max-items).
void addSophosOptions(QCommandLineParser *parser);

// Reads the options added by addSophosOptions() from a parser that has parsed the arguments,
// and the secrets from the environment. Returns an error message, or an empty string.
QString readSophosOptions(const QCommandLineParser &parser, SophosSimulatorOptions *options);

// Applies the options to a simulator that is not listening yet.
void configureSophosSimulator(SophosSimulator *simulator, const SophosSimulatorOptions &options);

} // namespace bridge
