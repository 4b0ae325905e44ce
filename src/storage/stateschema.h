#pragma once

#include <QSqlDatabase>
#include <QString>

// Schema versions of the state database and the migrations between them. Not part of the
// library's interface.
namespace bridge::stateschema {

// Version found in a file: 0 for an empty database, -1 for a database of another application
// (tables but no meta table), or the stored schemaVersion.
struct VersionProbe
{
    bool ok = false;
    int version = 0;
    QString error;
};

inline constexpr int foreignDatabase = -1;

VersionProbe readVersion(const QSqlDatabase &db);

// Runs one migration step per version from `from` up to `to`, each in its own transaction
// together with the update of meta.schemaVersion. On failure the file stays at the last
// completed version, which is returned in *reached.
bool migrate(const QSqlDatabase &db, int from, int to, int *reached, QString *error);

} // namespace bridge::stateschema
