#include "stateschema.h"

#include "sqlitesupport.h"
#include "statestore.h"
#include "storagelogging.h"

#include <QSqlQuery>
#include <QStringList>

#include <array>

namespace bridge::stateschema {

namespace {

// Version 1: the first schema. Times are milliseconds since the epoch (UTC).
//   checkpoints: one row per profile and log type; windowTo only moves forward.
//   outbox:      one row per alert to deliver, in insertion order by sequence.
//   seen:        dedup keys with the alert's event time, pruned after the retention period.
//   rejected:    page elements that failed validation, kept for the UI.
bool migrateTo1(QSqlQuery &query, QString *error)
{
    const QStringList statements = {
            QStringLiteral("CREATE TABLE meta ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " schemaVersion INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO meta (id, schemaVersion) VALUES (1, 0)"),
            QStringLiteral("CREATE TABLE checkpoints ("
                           " profile TEXT NOT NULL,"
                           " category TEXT NOT NULL,"
                           " windowTo INTEGER NOT NULL,"
                           " pageToken TEXT NOT NULL DEFAULT '',"
                           " updatedAt INTEGER NOT NULL,"
                           " PRIMARY KEY (profile, category))"),
            QStringLiteral("CREATE TABLE outbox ("
                           " key TEXT NOT NULL,"
                           " profile TEXT NOT NULL,"
                           " category TEXT NOT NULL,"
                           " alertJson TEXT NOT NULL,"
                           " state TEXT NOT NULL DEFAULT 'pending'"
                           "  CHECK (state IN ('pending', 'delivered', 'failed')),"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " firstAttemptAt INTEGER,"
                           " deliveredAt INTEGER,"
                           " lastError TEXT,"
                           " createdAt INTEGER NOT NULL,"
                           " sequence INTEGER NOT NULL UNIQUE,"
                           " PRIMARY KEY (profile, key))"),
            QStringLiteral("CREATE INDEX outbox_state ON outbox (profile, state, sequence)"),
            QStringLiteral("CREATE TABLE seen ("
                           " key TEXT NOT NULL,"
                           " profile TEXT NOT NULL,"
                           " eventTime INTEGER NOT NULL,"
                           " PRIMARY KEY (profile, key))"),
            QStringLiteral("CREATE INDEX seen_eventTime ON seen (profile, eventTime)"),
            QStringLiteral("CREATE TABLE rejected ("
                           " id INTEGER PRIMARY KEY,"
                           " profile TEXT NOT NULL,"
                           " category TEXT NOT NULL,"
                           " reasonCode TEXT NOT NULL,"
                           " reasonMessage TEXT NOT NULL,"
                           " recordJson TEXT NOT NULL,"
                           " receivedAt INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX rejected_profile ON rejected (profile, id)"),
    };
    for (const QString &statement : statements) {
        if (!sqlite::exec(query, statement, "create schema version 1", error))
            return false;
    }
    return true;
}

using MigrationStep = bool (*)(QSqlQuery &, QString *);

// steps[n - 1] migrates from version n - 1 to version n.
constexpr std::array<MigrationStep, StateStore::schemaVersion> steps = {&migrateTo1};

} // namespace

VersionProbe readVersion(const QSqlDatabase &db)
{
    VersionProbe probe;
    QSqlQuery query(db);
    if (!sqlite::exec(query, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"),
                      "list tables", &probe.error)) {
        return probe;
    }
    bool hasMeta = false;
    bool hasTables = false;
    while (query.next()) {
        hasTables = true;
        if (query.value(0).toString() == u"meta")
            hasMeta = true;
    }
    query.finish();
    if (!hasMeta) {
        probe.ok = true;
        probe.version = hasTables ? foreignDatabase : 0;
        return probe;
    }
    if (!sqlite::exec(query, QStringLiteral("SELECT schemaVersion FROM meta WHERE id = 1"),
                      "read schema version", &probe.error)) {
        return probe;
    }
    if (!query.next()) {
        probe.error = QStringLiteral("read schema version: the meta table has no row");
        return probe;
    }
    bool isNumber = false;
    probe.version = query.value(0).toInt(&isNumber);
    if (!isNumber) {
        probe.error = QStringLiteral("read schema version: not a number");
        return probe;
    }
    probe.ok = true;
    return probe;
}

bool migrate(const QSqlDatabase &db, int from, int to, int *reached, QString *error)
{
    *reached = from;
    for (int version = from + 1; version <= to; ++version) {
        sqlite::WriteTransaction transaction(db);
        if (!transaction.begin(error))
            return false;
        QSqlQuery query(db);
        if (!steps.at(static_cast<std::size_t>(version - 1))(query, error))
            return false;
        query.prepare(QStringLiteral("UPDATE meta SET schemaVersion = ? WHERE id = 1"));
        query.addBindValue(version);
        if (!sqlite::exec(query, "store schema version", error))
            return false;
        query.finish();
        if (!transaction.commit(error))
            return false;
        qCInfo(lcStorage).noquote()
                << "Migrated" << db.databaseName() << "to schema version" << version;
        *reached = version;
    }
    return true;
}

} // namespace bridge::stateschema
