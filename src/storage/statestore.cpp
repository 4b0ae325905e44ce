#include "statestore.h"

#include "sqlitesupport.h"
#include "stateschema.h"
#include "storagelogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace bridge {

namespace {

// How long a statement waits for a lock held by another connection (the GUI reading while the
// worker writes) before it fails with SQLITE_BUSY. Qt's driver applies it with
// sqlite3_busy_timeout(), the function behind PRAGMA busy_timeout.
constexpr int busyTimeoutMs = 5000;

QString busyTimeoutOption()
{
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
}

// Outcome of one attempt to open the file and bring it to the current schema.
struct OpenAttempt
{
    // Rejected: the file is sound but must not be used or changed (newer schema, other
    // application). Failed: the file could not be read or written.
    enum class Outcome { Ready, Damaged, Rejected, Failed };

    Outcome outcome = Outcome::Failed;
    QString detail; // technical reason, for the log and lastError()
    QString message; // translated, set for Rejected and Failed
};

OpenAttempt damaged(const QString &detail)
{
    return {OpenAttempt::Outcome::Damaged, detail, {}};
}

OpenAttempt failed(const QString &detail, const QString &message)
{
    return {OpenAttempt::Outcome::Failed, detail, message};
}

OpenAttempt rejected(const QString &detail, const QString &message)
{
    return {OpenAttempt::Outcome::Rejected, detail, message};
}

OpenAttempt failedOpen(const QString &path, const QString &detail)
{
    return failed(detail,
                  QCoreApplication::translate(
                          "StateStore",
                          "Cannot open the state database %1: %2. Check that no other copy of "
                          "the app is using it and that you may read and write the file.")
                          .arg(QDir::toNativeSeparators(path), detail));
}

// Checks the structure of every page with PRAGMA quick_check, which reads the whole file but
// skips the slower comparison of indexes with their tables that integrity_check adds.
OpenAttempt checkIntegrity(QSqlQuery &query, const QString &path)
{
    QString detail;
    if (!sqlite::exec(query, QStringLiteral("PRAGMA quick_check"), "integrity check", &detail)) {
        return sqlite::isDamage(query.lastError()) ? damaged(detail) : failedOpen(path, detail);
    }
    QStringList problems;
    while (query.next() && problems.size() < 3)
        problems.append(query.value(0).toString());
    query.finish();
    if (problems == QStringList {QStringLiteral("ok")})
        return {OpenAttempt::Outcome::Ready, {}, {}};
    return damaged(QStringLiteral("integrity check: ") + problems.join(QStringLiteral("; ")));
}

// Switches to WAL so readers in other threads do not block the writer, and sets durability.
OpenAttempt configure(QSqlQuery &query, const QString &path)
{
    QString detail;
    if (!sqlite::exec(query, QStringLiteral("PRAGMA journal_mode = WAL"), "enable WAL", &detail))
        return failedOpen(path, detail);
    const QString mode = query.next() ? query.value(0).toString() : QString();
    query.finish();
    if (mode.compare(u"wal", Qt::CaseInsensitive) != 0) {
        // NOTE: some network file systems cannot share the WAL index. The store then keeps the
        // rollback journal, which is as durable but lets readers block the writer.
        qCWarning(lcStorage).noquote()
                << "WAL mode unavailable for" << path << "journal mode is" << mode;
    }
    // FULL syncs the WAL on every commit. With NORMAL a power loss can undo the last commits,
    // and rows already sent would lose their delivered mark and be sent a second time.
    const QStringList pragmas = {QStringLiteral("PRAGMA synchronous = FULL"),
                                 QStringLiteral("PRAGMA foreign_keys = ON")};
    for (const QString &pragma : pragmas) {
        if (!sqlite::exec(query, pragma, "configure connection", &detail))
            return failedOpen(path, detail);
    }
    return {OpenAttempt::Outcome::Ready, {}, {}};
}

// Rejects files this code must not change: another application's database, or a schema newer
// than this code.
OpenAttempt checkVersion(const stateschema::VersionProbe &probe, const QString &path)
{
    if (!probe.ok)
        return failedOpen(path, probe.error);
    if (probe.version == stateschema::foreignDatabase) {
        return rejected(QStringLiteral("tables without a meta table"),
                        QCoreApplication::translate(
                                "StateStore",
                                "The file %1 is not a Mimecast Bridge state database: it contains "
                                "tables of another application. Move the file away or choose "
                                "another data folder.")
                                .arg(QDir::toNativeSeparators(path)));
    }
    if (probe.version > StateStore::schemaVersion) {
        return rejected(QStringLiteral("schema version %1 is newer than %2")
                                .arg(probe.version)
                                .arg(StateStore::schemaVersion),
                        QCoreApplication::translate(
                                "StateStore",
                                "The state database %1 was written by a newer version of "
                                "Mimecast Bridge (schema version %2, this version reads up to "
                                "%3). Use a newer version of the app. The file was left "
                                "unchanged.")
                                .arg(QDir::toNativeSeparators(path))
                                .arg(probe.version)
                                .arg(StateStore::schemaVersion));
    }
    return {OpenAttempt::Outcome::Ready, {}, {}};
}

OpenAttempt migrateToCurrent(const QSqlDatabase &db, int version, const QString &path)
{
    if (version == StateStore::schemaVersion)
        return {OpenAttempt::Outcome::Ready, {}, {}};
    int reached = version;
    QString detail;
    if (!stateschema::migrate(db, version, StateStore::schemaVersion, &reached, &detail)) {
        return failed(detail,
                      QCoreApplication::translate(
                              "StateStore",
                              "Cannot upgrade the state database %1 to schema version %2: %3. "
                              "The file stays at schema version %4.")
                              .arg(QDir::toNativeSeparators(path))
                              .arg(StateStore::schemaVersion)
                              .arg(detail)
                              .arg(reached));
    }
    return {OpenAttempt::Outcome::Ready, {}, {}};
}

// Checks the pages and the schema version of an open file. Only reads.
OpenAttempt inspect(const QSqlDatabase &db, const QString &path, int *version)
{
    QSqlQuery query(db);
    const OpenAttempt attempt = checkIntegrity(query, path);
    if (attempt.outcome != OpenAttempt::Outcome::Ready)
        return attempt;
    const stateschema::VersionProbe probe = stateschema::readVersion(db);
    *version = probe.version;
    return checkVersion(probe, path);
}

// Inspects an existing file through a read-only connection. A read-write connection would, when
// closed, checkpoint a damaged file's WAL into it and delete the WAL, and would switch a newer
// file's journal mode. Returns Failed when the read-only pass was inconclusive (for example a
// hot rollback journal, which only a writer can roll back), so the caller inspects again.
OpenAttempt inspectReadOnly(QSqlDatabase &db, const QString &path, int *version)
{
    db.setConnectOptions(busyTimeoutOption() + QStringLiteral(";QSQLITE_OPEN_READONLY"));
    OpenAttempt attempt;
    if (db.open()) {
        attempt = inspect(db, path, version);
    } else {
        const QString detail = sqlite::describe("open read-only", db.lastError());
        attempt = sqlite::isDamage(db.lastError()) ? damaged(detail) : failedOpen(path, detail);
    }
    db.close();
    db.setConnectOptions(busyTimeoutOption());
    return attempt;
}

// Opens the connection added under connectionName and prepares the file for use. An existing
// file is checked before anything writes to it, so a damaged or newer file is left as it was.
OpenAttempt openAndPrepare(const QString &connectionName, const QString &path)
{
    const bool existed = QFileInfo(path).size() > 0;
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    db.setDatabaseName(path);
    db.setConnectOptions(busyTimeoutOption());
    int version = 0;
    bool inspected = false;
    if (existed) {
        const OpenAttempt attempt = inspectReadOnly(db, path, &version);
        if (attempt.outcome == OpenAttempt::Outcome::Damaged
            || attempt.outcome == OpenAttempt::Outcome::Rejected) {
            return attempt;
        }
        inspected = attempt.outcome == OpenAttempt::Outcome::Ready;
        if (!inspected) {
            qCDebug(lcStorage).noquote()
                    << "Read-only check of" << path << "was inconclusive:" << attempt.detail;
        }
    }

    if (!db.open()) {
        const QString detail = sqlite::describe("open", db.lastError());
        if (existed && sqlite::isDamage(db.lastError()))
            return damaged(detail);
        if (existed)
            return failedOpen(path, detail);
        const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
        return failed(detail,
                      QCoreApplication::translate(
                              "StateStore",
                              "Cannot create the state database in the folder %1: %2. Check "
                              "that the folder is writable.")
                              .arg(folder, detail));
    }
    OpenAttempt attempt = inspected ? OpenAttempt {OpenAttempt::Outcome::Ready, {}, {}}
                                    : inspect(db, path, &version);
    if (attempt.outcome != OpenAttempt::Outcome::Ready)
        return attempt;
    QSqlQuery query(db);
    attempt = configure(query, path);
    if (attempt.outcome != OpenAttempt::Outcome::Ready)
        return attempt;
    return migrateToCurrent(db, version, path);
}

// Renames path and its -wal and -shm files to "<path>.damaged-<UTC time>" (plus "-wal", "-shm").
// The WAL must move with the file: left behind, SQLite would replay it into the new database.
// Returns the new path of the main file, or an empty string with *error set.
QString moveAside(const QString &path, QString *error)
{
    const QString stamp
            = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + QStringLiteral("-wal"));
         ++n) {
        target = path + QStringLiteral(".damaged-") + stamp + u'-' + QString::number(n);
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString from = path + suffix;
        if (!QFileInfo::exists(from))
            continue;
        QFile file(from);
        if (!file.rename(target + suffix)) {
            *error = QStringLiteral("rename %1 to %2: %3")
                             .arg(from, target + suffix, file.errorString());
            return {};
        }
    }
    return target;
}

} // namespace

StateStore::StateStore(const QString &connectionName)
    : m_connectionName(connectionName)
{ }

StateStore::~StateStore()
{
    close();
}

StateStore::OpenResult StateStore::open(const QString &path)
{
    close();
    m_path = path;
    OpenResult result;

    if (QSqlDatabase::contains(m_connectionName)) {
        m_lastError = QStringLiteral("connection name %1 is already in use").arg(m_connectionName);
        result.error = QCoreApplication::translate(
                               "StateStore",
                               "Cannot open the state database %1: the connection name %2 is "
                               "already in use in this process.")
                               .arg(QDir::toNativeSeparators(path), m_connectionName);
        return result;
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        m_lastError = QStringLiteral("cannot create folder %1").arg(folder);
        result.error = QCoreApplication::translate(
                               "StateStore",
                               "Cannot create the folder %1 for the state database. Check that "
                               "its parent folder is writable.")
                               .arg(QDir::toNativeSeparators(folder));
        return result;
    }

    auto attemptOpen = [this, &path] {
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_connectionAdded = true;
        return openAndPrepare(m_connectionName, path);
    };

    OpenAttempt attempt = attemptOpen();
    if (attempt.outcome == OpenAttempt::Outcome::Damaged) {
        close();
        m_path = path;
        qCWarning(lcStorage).noquote()
                << "State database" << path << "is damaged:" << attempt.detail;
        QString moveError;
        const QString movedTo = moveAside(path, &moveError);
        if (movedTo.isEmpty()) {
            qCCritical(lcStorage).noquote()
                    << "Cannot move the damaged state database aside:" << moveError;
            m_lastError = moveError;
            result.error = QCoreApplication::translate(
                                   "StateStore",
                                   "The state database %1 is damaged (%2) and could not be "
                                   "renamed (%3). Move the file away yourself, then start "
                                   "again.")
                                   .arg(QDir::toNativeSeparators(path), attempt.detail, moveError);
            return result;
        }
        qCWarning(lcStorage).noquote() << "Moved the damaged state database to" << movedTo;
        result.movedAsidePath = movedTo;
        const QString damage = attempt.detail;
        attempt = attemptOpen();
        if (attempt.outcome == OpenAttempt::Outcome::Ready) {
            result.error = QCoreApplication::translate(
                                   "StateStore",
                                   "The state database %1 was damaged (%2). It was renamed to %3 "
                                   "and a new, empty database was created: checkpoints, the "
                                   "delivery queue and the list of alerts already seen start "
                                   "empty.")
                                   .arg(QDir::toNativeSeparators(path), damage,
                                        QDir::toNativeSeparators(movedTo));
        }
    }

    if (attempt.outcome != OpenAttempt::Outcome::Ready) {
        close();
        m_path = path;
        m_lastError = attempt.detail;
        if (attempt.outcome == OpenAttempt::Outcome::Damaged) {
            result.error = QCoreApplication::translate(
                                   "StateStore",
                                   "The new state database %1 failed its integrity check "
                                   "(%2). Check the disk and the folder.")
                                   .arg(QDir::toNativeSeparators(path), attempt.detail);
        } else {
            result.error = attempt.message;
        }
        qCCritical(lcStorage).noquote()
                << "Cannot open the state database" << path << ":" << attempt.detail;
        return result;
    }

    qCInfo(lcStorage).noquote() << "Opened state database" << path;
    result.ok = true;
    return result;
}

void StateStore::close()
{
    if (!m_connectionAdded)
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    // Qt requires every QSqlDatabase and QSqlQuery of the connection to be gone at this point.
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionAdded = false;
    m_path.clear();
}

bool StateStore::isOpen() const
{
    return m_connectionAdded && QSqlDatabase::database(m_connectionName, false).isOpen();
}

std::optional<Checkpoint> StateStore::checkpoint(const QString &profile, LogType category) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT windowTo, pageToken, updatedAt FROM checkpoints"
                                 " WHERE profile = ? AND category = ?"));
    query.addBindValue(profile);
    query.addBindValue(logTypeName(category));
    if (!sqlite::exec(query, "read checkpoint", &m_lastError))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    Checkpoint checkpoint;
    checkpoint.windowTo = sqlite::timeFromValue(query.value(0));
    checkpoint.pageToken = query.value(1).toString();
    checkpoint.updatedAt = sqlite::timeFromValue(query.value(2));
    return checkpoint;
}

} // namespace bridge
