#include "mimecastregions.h"

#include <QCoreApplication>

namespace bridge {

QList<RegionPreset> regionPresets(MimecastApi api)
{
    const auto preset = [](const char *code, const QString &name, const char *url) {
        return RegionPreset {QString::fromLatin1(code), name, QUrl(QString::fromLatin1(url))};
    };

    if (api == MimecastApi::V2) {
        return {
                preset("global",
                       QCoreApplication::translate("Regions", "Global (automatic fail-over)"),
                       "https://api.services.mimecast.com"),
                preset("uk", QCoreApplication::translate("Regions", "United Kingdom (pinned)"),
                       "https://uk-api.services.mimecast.com"),
                preset("us", QCoreApplication::translate("Regions", "United States (pinned)"),
                       "https://us-api.services.mimecast.com"),
        };
    }

    return {
            preset("eu", QCoreApplication::translate("Regions", "Europe (excluding Germany)"),
                   "https://eu-api.mimecast.com"),
            preset("de", QCoreApplication::translate("Regions", "Germany"),
                   "https://de-api.mimecast.com"),
            preset("us", QCoreApplication::translate("Regions", "United States, grid A"),
                   "https://us-api.mimecast.com"),
            preset("usb", QCoreApplication::translate("Regions", "United States, grid B"),
                   "https://usb-api.mimecast.com"),
            preset("uspcom", QCoreApplication::translate("Regions", "United States public sector"),
                   "https://uspcom-api.mimecast-pscom-us.com"),
            preset("ca", QCoreApplication::translate("Regions", "Canada"),
                   "https://ca-api.mimecast.com"),
            preset("za", QCoreApplication::translate("Regions", "South Africa"),
                   "https://za-api.mimecast.com"),
            preset("au", QCoreApplication::translate("Regions", "Australia"),
                   "https://au-api.mimecast.com"),
            preset("jer", QCoreApplication::translate("Regions", "Offshore (jer-api host)"),
                   "https://jer-api.mimecast.com"),
            preset("je", QCoreApplication::translate("Regions", "Offshore (je-api host)"),
                   "https://je-api.mimecast.com"),
    };
}

std::optional<QUrl> regionBaseUrl(MimecastApi api, const QString &code)
{
    for (const RegionPreset &preset : regionPresets(api)) {
        if (preset.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return preset.baseUrl;
    }
    return std::nullopt;
}

QUrl regionDiscoveryUrl()
{
    return QUrl(QStringLiteral("https://api.mimecast.com"));
}

} // namespace bridge
