#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace bridge {

enum class MimecastApi { V1 = 1, V2 = 2 };

struct RegionPreset
{
    QString code; // value of --region, e.g. "eu"
    QString name; // translated display name
    QUrl baseUrl;
};

// Hosts Mimecast publishes per API version. API 2.0 has a global host with fail-over and two
// pinned ones; API 1.0 has one host per grid. Sources disagree on the Jersey grid's host, so
// both spellings are offered.
QList<RegionPreset> regionPresets(MimecastApi api);

std::optional<QUrl> regionBaseUrl(MimecastApi api, const QString &code);

// Host that serves the unsigned API 1.0 discover-authentication call for any account.
QUrl regionDiscoveryUrl();

} // namespace bridge
