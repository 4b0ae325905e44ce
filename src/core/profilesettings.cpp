#include "profilesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace bridge {

QStringList ProfileSettings::destinations()
{
    return {QStringLiteral("sophos-case"), QStringLiteral("https"), QStringLiteral("jsonl")};
}

bool ProfileSettings::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9-][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

QString ProfileSettings::filePath(const QString &configFolder, const QString &name)
{
    return QDir(configFolder).filePath(QStringLiteral("profiles/%1.ini").arg(name));
}

QString ProfileSettings::mappingOverridePath(const QString &configFolder, const QString &name)
{
    return QDir(configFolder).filePath(QStringLiteral("profiles/%1-mapping.jsonl").arg(name));
}

std::optional<ProfileSettings> ProfileSettings::load(const QString &configFolder,
                                                     const QString &name, QStringList *warnings)
{
    const QString path = filePath(configFolder, name);
    if (!QFileInfo::exists(path))
        return std::nullopt;

    QSettings file(path, QSettings::IniFormat);
    ProfileSettings settings;
    settings.name = name;

    const int api = file.value(QStringLiteral("mimecast/api"), 2).toInt();
    if (api == 1 || api == 2)
        settings.apiVersion = api;
    else if (warnings)
        warnings->append(QStringLiteral("mimecast/api=%1").arg(api));

    settings.region = file.value(QStringLiteral("mimecast/region")).toString();
    settings.baseUrl = QUrl(file.value(QStringLiteral("mimecast/baseUrl")).toString());

    const QString types = file.value(QStringLiteral("mimecast/logTypes")).toString();
    if (!types.isEmpty()) {
        QString invalid;
        if (std::optional<QList<LogType>> parsed = parseLogTypeList(types, &invalid))
            settings.logTypes = *parsed;
        else if (warnings)
            warnings->append(QStringLiteral("mimecast/logTypes=%1").arg(types));
    }

    const int pageSize = file.value(QStringLiteral("mimecast/pageSize"), 100).toInt();
    if (pageSize >= 1 && pageSize <= 500)
        settings.pageSize = pageSize;
    else if (warnings)
        warnings->append(QStringLiteral("mimecast/pageSize=%1").arg(pageSize));

    const QString destination
            = file.value(QStringLiteral("delivery/destination"), settings.destination).toString();
    if (destinations().contains(destination))
        settings.destination = destination;
    else if (warnings)
        warnings->append(QStringLiteral("delivery/destination=%1").arg(destination));
    settings.sophosIdentityUrl
            = QUrl(file.value(QStringLiteral("delivery/sophosIdentityUrl")).toString());
    settings.sophosApiUrl = QUrl(file.value(QStringLiteral("delivery/sophosApiUrl")).toString());
    settings.sophosTenant = file.value(QStringLiteral("delivery/sophosTenant")).toString();
    settings.ingestUrl = QUrl(file.value(QStringLiteral("delivery/ingestUrl")).toString());
    settings.outputFile = file.value(QStringLiteral("delivery/outputFile")).toString();

    const int interval = file.value(QStringLiteral("sync/pollIntervalMinutes"), 5).toInt();
    if (interval >= 1 && interval <= 60)
        settings.pollIntervalMinutes = interval;
    else if (warnings)
        warnings->append(QStringLiteral("sync/pollIntervalMinutes=%1").arg(interval));
    const int backfill = file.value(QStringLiteral("sync/backfillHours"), 24).toInt();
    if (backfill >= 1 && backfill <= 720)
        settings.backfillHours = backfill;
    else if (warnings)
        warnings->append(QStringLiteral("sync/backfillHours=%1").arg(backfill));
    settings.caBundle = file.value(QStringLiteral("network/caBundle")).toString();
    const QString proxyMode
            = file.value(QStringLiteral("network/proxyMode"), settings.proxyMode).toString();
    if (proxyMode == u"system" || proxyMode == u"none" || proxyMode == u"manual")
        settings.proxyMode = proxyMode;
    else if (warnings)
        warnings->append(QStringLiteral("network/proxyMode=%1").arg(proxyMode));
    settings.proxyHost = file.value(QStringLiteral("network/proxyHost")).toString();
    settings.proxyPort = file.value(QStringLiteral("network/proxyPort"), 0).toInt();
    settings.proxyUser = file.value(QStringLiteral("network/proxyUser")).toString();
    settings.demo = file.value(QStringLiteral("profile/demo"), false).toBool();
    return settings;
}

bool ProfileSettings::save(const QString &configFolder, QString *error) const
{
    const QString path = filePath(configFolder, name);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error) {
            *error = QCoreApplication::translate("ProfileSettings",
                                                 "Cannot create the folder for \"%1\". Check the "
                                                 "permissions of the configuration folder.")
                             .arg(path);
        }
        return false;
    }

    QSettings file(path, QSettings::IniFormat);
    file.setValue(QStringLiteral("mimecast/api"), apiVersion);
    file.setValue(QStringLiteral("mimecast/region"), region);
    file.setValue(QStringLiteral("mimecast/baseUrl"), baseUrl.toString());
    QStringList typeNames;
    for (const LogType type : logTypes)
        typeNames.append(logTypeName(type));
    file.setValue(QStringLiteral("mimecast/logTypes"), typeNames.join(u','));
    file.setValue(QStringLiteral("mimecast/pageSize"), pageSize);
    file.setValue(QStringLiteral("delivery/destination"), destination);
    file.setValue(QStringLiteral("delivery/sophosIdentityUrl"), sophosIdentityUrl.toString());
    file.setValue(QStringLiteral("delivery/sophosApiUrl"), sophosApiUrl.toString());
    file.setValue(QStringLiteral("delivery/sophosTenant"), sophosTenant);
    file.setValue(QStringLiteral("delivery/ingestUrl"), ingestUrl.toString());
    file.setValue(QStringLiteral("delivery/outputFile"), outputFile);
    file.setValue(QStringLiteral("sync/pollIntervalMinutes"), pollIntervalMinutes);
    file.setValue(QStringLiteral("sync/backfillHours"), backfillHours);
    if (demo)
        file.setValue(QStringLiteral("profile/demo"), true);
    else
        file.remove(QStringLiteral("profile/demo"));
    file.setValue(QStringLiteral("network/caBundle"), caBundle);
    file.setValue(QStringLiteral("network/proxyMode"), proxyMode);
    file.setValue(QStringLiteral("network/proxyHost"), proxyHost);
    file.setValue(QStringLiteral("network/proxyPort"), proxyPort);
    file.setValue(QStringLiteral("network/proxyUser"), proxyUser);
    file.sync();

    if (file.status() != QSettings::NoError) {
        if (error) {
            *error = QCoreApplication::translate("ProfileSettings",
                                                 "Cannot write the profile settings \"%1\". "
                                                 "Check the permissions and free disk space.")
                             .arg(path);
        }
        return false;
    }
    return true;
}

} // namespace bridge
