#include "profilesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace bridge {

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
