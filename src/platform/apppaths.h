#pragma once

#include <QString>

namespace bridge {

// Folders where the app keeps its files. By default they follow the platform's conventions
// through QStandardPaths (on Linux ~/.config/mimecast-bridge and ~/.local/share/mimecast-bridge).
// An override folder, such as the command line's --state-dir, puts all of them below one folder.
// None of them ever contains a secret: secrets live in the keychain only.
class AppPaths
{
public:
    AppPaths() = default;
    explicit AppPaths(const QString &overrideFolder);

    // Folder name below the platform locations: "mimecast-bridge".
    static QString applicationFolderName();

    bool hasOverride() const { return !m_overrideFolder.isEmpty(); }

    // Settings (QSettings files): GenericConfigLocation/mimecast-bridge, or <override>/config.
    QString configFolder() const;
    // Durable state such as the SQLite databases: GenericDataLocation/mimecast-bridge, or
    // <override>/state.
    QString stateFolder() const;
    // Log files: <state folder>/log by default, or <override>/log.
    QString logFolder() const;

    // Creates the three folders, readable by the owner only on Unix. Returns false and sets
    // errorMessage to a translated text naming the folder when one cannot be created.
    [[nodiscard]] bool createFolders(QString *errorMessage = nullptr) const;

private:
    QString m_overrideFolder;
};

} // namespace bridge
