#include "networksetup.h"

#include "workerlogging.h"

#include <QCoreApplication>

namespace bridge {

NetworkSettings networkSettingsFor(const ProfileSettings &settings)
{
    NetworkSettings network;
    network.caBundlePath = settings.caBundle;
    if (settings.proxyMode == u"none")
        network.proxyMode = NetworkSettings::ProxyMode::None;
    else if (settings.proxyMode == u"manual")
        network.proxyMode = NetworkSettings::ProxyMode::Manual;
    network.proxyHost = settings.proxyHost;
    network.proxyPort = quint16(settings.proxyPort);
    network.proxyUser = settings.proxyUser;
    return network;
}

QString validateNetworkSettings(const NetworkSettings &settings)
{
    if (!settings.caBundlePath.isEmpty()) {
        QString error;
        if (loadCaBundle(settings.caBundlePath, &error).isEmpty())
            return error;
    }
    if (settings.proxyMode == NetworkSettings::ProxyMode::Manual
        && (settings.proxyHost.isEmpty() || settings.proxyPort == 0)) {
        return QCoreApplication::translate("NetworkSetup",
                                           "The manual proxy needs a host and a port. Set "
                                           "network/proxyHost and network/proxyPort in the "
                                           "profile, or use the system proxy.");
    }
    return {};
}

std::function<QNetworkAccessManager *(QObject *)>
networkManagerFactory(const NetworkSettings &settings, const QString &proxyPassword)
{
    return [settings, proxyPassword](QObject *parent) -> QNetworkAccessManager * {
        auto *manager = new ConfiguredNetworkAccessManager(parent);
        // validateNetworkSettings() ran before, so the bundle loads here too.
        const QString error = manager->applySettings(settings, proxyPassword);
        if (!error.isEmpty())
            qCWarning(lcWorker) << "network settings not applied:" << error;
        return manager;
    };
}

} // namespace bridge
