#include "apppaths.h"

#include "platformlogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace bridge {

namespace {

QString platformFolder(QStandardPaths::StandardLocation location)
{
    return QDir::cleanPath(QStandardPaths::writableLocation(location) + QLatin1Char('/')
                           + AppPaths::applicationFolderName());
}

bool createPrivateFolder(const QString &path, QString *errorMessage)
{
    if (!QDir().mkpath(path)) {
        qCWarning(lcPlatform).noquote() << "Could not create folder" << path;
        if (errorMessage) {
            *errorMessage = QCoreApplication::translate(
                                    "AppPaths",
                                    "Could not create the folder %1. Check that you may write "
                                    "there, or choose another folder.")
                                    .arg(QDir::toNativeSeparators(path));
        }
        return false;
    }
#if defined(Q_OS_UNIX)
    // Settings and state name customers and tenants, so other local users should not read them.
    if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        qCWarning(lcPlatform).noquote() << "Could not restrict the permissions of" << path;
#endif
    return true;
}

} // namespace

AppPaths::AppPaths(const QString &overrideFolder)
    : m_overrideFolder(overrideFolder.isEmpty() ? QString() : QDir::cleanPath(overrideFolder))
{ }

QString AppPaths::applicationFolderName()
{
    return QStringLiteral("mimecast-bridge");
}

QString AppPaths::configFolder() const
{
    if (hasOverride())
        return m_overrideFolder + QStringLiteral("/config");
    return platformFolder(QStandardPaths::GenericConfigLocation);
}

QString AppPaths::stateFolder() const
{
    if (hasOverride())
        return m_overrideFolder + QStringLiteral("/state");
    return platformFolder(QStandardPaths::GenericDataLocation);
}

QString AppPaths::logFolder() const
{
    if (hasOverride())
        return m_overrideFolder + QStringLiteral("/log");
    return stateFolder() + QStringLiteral("/log");
}

bool AppPaths::createFolders(QString *errorMessage) const
{
    for (const QString &folder : {configFolder(), stateFolder(), logFolder()}) {
        if (!createPrivateFolder(folder, errorMessage))
            return false;
    }
    return true;
}

} // namespace bridge
