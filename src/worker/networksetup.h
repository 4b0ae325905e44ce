#pragma once

#include "networksettings.h"
#include "profilesettings.h"

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace bridge {

// Network settings of a profile: CA bundle, proxy mode, host, port and user name.
NetworkSettings networkSettingsFor(const ProfileSettings &settings);

// Checks the settings before any thread starts: the CA bundle must load and a manual proxy
// needs a host and port. Returns a translated error, or an empty string.
QString validateNetworkSettings(const NetworkSettings &settings);

// Creates configured network managers for the worker thread. proxyPassword is held in memory
// only, for the lifetime of the returned function.
std::function<QNetworkAccessManager *(QObject *)>
networkManagerFactory(const NetworkSettings &settings, const QString &proxyPassword);

} // namespace bridge
