#pragma once

#include "logtype.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace bridge {

// Non-secret settings of one customer profile, kept in <config folder>/profiles/<name>.ini.
// Secrets are never part of it; they live in the keychain under secretKeyName().
struct ProfileSettings
{
    QString name = QStringLiteral("default");
    int apiVersion = 2;
    QString region; // preset code; empty when baseUrl is used
    QUrl baseUrl; // custom base URL; empty when region is used
    QList<LogType> logTypes = {allLogTypes.begin(), allLogTypes.end()};
    int pageSize = 100;

    // Destination: "sophos-case" (default), "https" or "jsonl".
    QString destination = QStringLiteral("sophos-case");
    QUrl sophosIdentityUrl; // empty: https://id.sophos.com
    QUrl sophosApiUrl; // empty: https://api.central.sophos.com
    QString sophosTenant; // tenant id, needed for partner and organization accounts
    QUrl ingestUrl; // for "https"
    QString outputFile; // for "jsonl"

    int pollIntervalMinutes = 5; // 1 to 60
    int backfillHours = 24; // first start only, 1 to 720
    QString caBundle; // extra PEM CA certificates, e.g. for a TLS-inspecting proxy
    QString proxyMode = QStringLiteral("system"); // "system", "none" or "manual"
    QString proxyHost; // manual proxy
    int proxyPort = 0; // manual proxy
    QString proxyUser; // sent when a proxy requests credentials; password in keychain
    // A demo-mode profile: it talks to the simulators built into the app, whose loopback URLs
    // and public demo credentials replace the saved ones at every start.
    bool demo = false;

    static QStringList destinations();

    // Letters, digits, '-', '_' and '.', 1 to 64 characters, not starting with '.' or '_'.
    static bool isValidName(const QString &name);

    static QString filePath(const QString &configFolder, const QString &name);

    // Optional mapping table that replaces the built-in one for this profile, in the same JSON
    // lines format: <config folder>/profiles/<name>-mapping.jsonl.
    static QString mappingOverridePath(const QString &configFolder, const QString &name);

    // Returns std::nullopt when the profile has never been saved. Invalid stored values fall
    // back to the defaults and are listed in warnings.
    static std::optional<ProfileSettings> load(const QString &configFolder, const QString &name,
                                               QStringList *warnings = nullptr);

    // Writes the file; returns false and sets error when it cannot be written.
    [[nodiscard]] bool save(const QString &configFolder, QString *error) const;
};

} // namespace bridge
