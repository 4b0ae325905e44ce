// Tests of StateStore::open(): the schema it creates, WAL mode, damaged files moved aside and
// kept, files it must leave alone (newer schema, another application's database) and migration
// from an empty database.

#include "statestore.h"
#include "storetestsupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace bridge;
using namespace storetest;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(bytes) == bytes.size();
}

QByteArray garbage(int size)
{
    QByteArray bytes(size, '\0');
    QRandomGenerator generator(7);
    for (char &byte : bytes)
        byte = static_cast<char>(generator.bounded(256));
    return bytes;
}

// Returns the moved-aside main files, without their -wal and -shm companions.
QStringList damagedCopies(const QString &folder)
{
    QStringList copies
            = QDir(folder).entryList({QStringLiteral("*.damaged-*")}, QDir::Files, QDir::Name);
    copies.removeIf([](const QString &name) {
        return name.endsWith(QStringLiteral("-wal")) || name.endsWith(QStringLiteral("-shm"));
    });
    return copies;
}

} // namespace

class TestStateStoreOpen : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void freshFileSchemaVersion();
    void freshFileWalMode();
    void freshFileTables();
    void connectionSettings();
    void noSecretColumns();
    void reopenKeepsData();
    void connectionNameInUse();
    void missingFolderCreated();
    void readOnlyFolderFails();
    void garbageMovedAside();
    void walMovedWithFile();
    void truncatedMovedAside();
    void corruptPageMovedAside();
    void newerSchemaUntouched();
    void emptyDatabaseMigrated();
    void foreignDatabaseUntouched();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("state.db")); }
    // Writes a database with enough rows to span many pages, then closes it.
    void writeLargeDatabase();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStateStoreOpen::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStateStoreOpen::writeLargeDatabase()
{
    StateStore store(QStringLiteral("large"));
    QVERIFY(store.open(path()).ok);
    QStringList keys;
    for (int i = 0; i < 2000; ++i)
        keys.append(QStringLiteral("key-%1").arg(i));
    QVERIFY(store.commitWindow(window(minute(60), keys)).ok);
    store.close();
    // Closing the last connection copies the WAL into the file and deletes the WAL.
    QVERIFY(!QFile::exists(path() + QStringLiteral("-wal")));
}

void TestStateStoreOpen::freshFileSchemaVersion()
{
    StateStore store(QStringLiteral("fresh"));
    const StateStore::OpenResult result = store.open(path());
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QVERIFY(result.movedAsidePath.isEmpty());
    QVERIFY(store.isOpen());
    RawDatabase raw(path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT schemaVersion FROM meta")).toInt(),
             StateStore::schemaVersion);
    QCOMPARE(StateStore::schemaVersion, 1);
}

void TestStateStoreOpen::freshFileWalMode()
{
    StateStore store(QStringLiteral("fresh"));
    QVERIFY(store.open(path()).ok);
    RawDatabase raw(path());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestStateStoreOpen::freshFileTables()
{
    StateStore store(QStringLiteral("fresh"));
    QVERIFY(store.open(path()).ok);
    RawDatabase raw(path());
    QCOMPARE(raw.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                       " ORDER BY name")),
             (QStringList {QStringLiteral("checkpoints"), QStringLiteral("meta"),
                           QStringLiteral("outbox"), QStringLiteral("rejected"),
                           QStringLiteral("seen")}));
    QCOMPARE(raw.column(QStringLiteral("SELECT name FROM pragma_table_info('outbox')")),
             (QStringList {QStringLiteral("key"), QStringLiteral("profile"),
                           QStringLiteral("category"), QStringLiteral("alertJson"),
                           QStringLiteral("state"), QStringLiteral("attempts"),
                           QStringLiteral("firstAttemptAt"), QStringLiteral("deliveredAt"),
                           QStringLiteral("lastError"), QStringLiteral("createdAt"),
                           QStringLiteral("sequence")}));
}

// The store's own connection is reachable by name, so its per-connection settings can be read.
void TestStateStoreOpen::connectionSettings()
{
    StateStore store(QStringLiteral("settings"));
    QVERIFY(store.open(path()).ok);
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("settings"), false));
    const auto pragma = [&query](const QString &name) {
        return query.exec(QStringLiteral("PRAGMA ") + name) && query.next() ? query.value(0)
                                                                            : QVariant();
    };
    QCOMPARE(pragma(QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(QStringLiteral("synchronous")).toInt(), 2); // FULL
    QCOMPARE(pragma(QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(QStringLiteral("busy_timeout")).toInt(), 5000);
}

// pageToken is a Mimecast paging cursor, not a credential, so it is the one allowed match.
void TestStateStoreOpen::noSecretColumns()
{
    StateStore store(QStringLiteral("fresh"));
    QVERIFY(store.open(path()).ok);
    RawDatabase raw(path());
    const QStringList tables
            = raw.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QCOMPARE(tables.size(), 5);
    const QRegularExpression secretLike(
            QStringLiteral("secret|password|passwd|token|credential|apikey|accesskey|bearer"),
            QRegularExpression::CaseInsensitiveOption);
    for (const QString &table : tables) {
        const QStringList columns
                = raw.column(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        QVERIFY(!columns.isEmpty());
        for (const QString &column : columns) {
            if (table == u"checkpoints" && column == u"pageToken")
                continue;
            QVERIFY2(!secretLike.match(column).hasMatch(),
                     qPrintable(table + QStringLiteral(".") + column));
        }
    }
}

void TestStateStoreOpen::reopenKeepsData()
{
    {
        StateStore store(QStringLiteral("first"));
        QVERIFY(store.open(path()).ok);
        QVERIFY(store.commitWindow(window(minute(60), {QStringLiteral("k1")})).ok);
    }
    StateStore store(QStringLiteral("second"));
    const StateStore::OpenResult result = store.open(path());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(store.checkpoint(profile, LogType::Impersonation)->windowTo, minute(60));
    QCOMPARE(keysOf(store.pendingRows(profile, -1)), QStringList {QStringLiteral("k1")});
}

void TestStateStoreOpen::connectionNameInUse()
{
    StateStore first(QStringLiteral("shared-name"));
    QVERIFY(first.open(path()).ok);
    StateStore second(QStringLiteral("shared-name"));
    const StateStore::OpenResult result = second.open(path());
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(first.isOpen());
}

void TestStateStoreOpen::missingFolderCreated()
{
    const QString nested = m_dir->filePath(QStringLiteral("profiles/acme/state.db"));
    StateStore store(QStringLiteral("nested"));
    const StateStore::OpenResult result = store.open(nested);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(QFile::exists(nested));
}

void TestStateStoreOpen::readOnlyFolderFails()
{
    if (::geteuid() == 0)
        QSKIP("root ignores folder permissions");
    const QString folder = m_dir->filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    StateStore store(QStringLiteral("read-only"));
    const StateStore::OpenResult result = store.open(folder + QStringLiteral("/state.db"));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(folder)), qPrintable(result.error));
    QVERIFY(!store.isOpen());
}

void TestStateStoreOpen::garbageMovedAside()
{
    const QByteArray bytes = garbage(8192);
    QVERIFY(writeFile(path(), bytes));

    StateStore store(QStringLiteral("garbage"));
    const StateStore::OpenResult result = store.open(path());
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.movedAsidePath.isEmpty());
    QVERIFY2(result.movedAsidePath.startsWith(path() + QStringLiteral(".damaged-")),
             qPrintable(result.movedAsidePath));
    QCOMPARE(readFile(result.movedAsidePath), bytes);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path())), qPrintable(result.error));
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(result.movedAsidePath)),
             qPrintable(result.error));
    QVERIFY(store.commitWindow(window(minute(60), {QStringLiteral("k1")})).ok);
    QCOMPARE(store.pendingRows(profile, -1).size(), 1);
}

// The WAL of a damaged file moves with it. Left behind, it would be replayed into the new file.
void TestStateStoreOpen::walMovedWithFile()
{
    const QByteArray walBytes = garbage(1024);
    QVERIFY(writeFile(path(), garbage(4096)));
    QVERIFY(writeFile(path() + QStringLiteral("-wal"), walBytes));

    StateStore store(QStringLiteral("garbage-wal"));
    const StateStore::OpenResult result = store.open(path());
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.movedAsidePath.isEmpty());
    QCOMPARE(readFile(result.movedAsidePath + QStringLiteral("-wal")), walBytes);
}

void TestStateStoreOpen::truncatedMovedAside()
{
    writeLargeDatabase();
    const QByteArray half = readFile(path()).left(QFileInfo(path()).size() / 2);
    QVERIFY(half.size() > 16 * 4096);
    QVERIFY(writeFile(path(), half));

    StateStore store(QStringLiteral("truncated"));
    const StateStore::OpenResult result = store.open(path());
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.movedAsidePath.isEmpty());
    QCOMPARE(readFile(result.movedAsidePath), half);
    QCOMPARE(damagedCopies(m_dir->path()).size(), 1);
    QVERIFY(store.pendingRows(profile, -1).isEmpty());
    QVERIFY(store.lastError().isEmpty());
}

// One page in the middle of the file is overwritten while the header stays valid. Only the
// integrity check at open can notice this.
void TestStateStoreOpen::corruptPageMovedAside()
{
    writeLargeDatabase();
    QByteArray bytes = readFile(path());
    const int pageSize = 4096;
    const int pageCount = static_cast<int>(bytes.size() / pageSize);
    QVERIFY(pageCount > 16);
    const int offset = (pageCount / 2) * pageSize;
    bytes.replace(offset, pageSize, garbage(pageSize));
    QVERIFY(writeFile(path(), bytes));

    StateStore store(QStringLiteral("corrupt-page"));
    const StateStore::OpenResult result = store.open(path());
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.movedAsidePath.isEmpty());
    QCOMPARE(readFile(result.movedAsidePath), bytes);
}

void TestStateStoreOpen::newerSchemaUntouched()
{
    {
        StateStore store(QStringLiteral("current"));
        QVERIFY(store.open(path()).ok);
    }
    {
        RawDatabase raw(path());
        QVERIFY2(raw.exec(QStringLiteral("UPDATE meta SET schemaVersion = 99")),
                 qPrintable(raw.error()));
    }
    const QByteArray before = readFile(path());

    StateStore store(QStringLiteral("older-app"));
    const StateStore::OpenResult result = store.open(path());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("newer version")), qPrintable(result.error));
    QVERIFY(result.movedAsidePath.isEmpty());
    QVERIFY(!store.isOpen());
    QCOMPARE(readFile(path()), before);
    QVERIFY(damagedCopies(m_dir->path()).isEmpty());
}

// Version 0 is an empty database, as left by a run that stopped before creating the schema.
void TestStateStoreOpen::emptyDatabaseMigrated()
{
    {
        RawDatabase raw(path());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE scratch (x INTEGER)")));
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE scratch")));
    }
    QVERIFY(QFileInfo(path()).size() > 0);
    StateStore store(QStringLiteral("empty"));
    const StateStore::OpenResult result = store.open(path());
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.movedAsidePath.isEmpty());
    RawDatabase raw(path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT schemaVersion FROM meta")).toInt(), 1);
}

void TestStateStoreOpen::foreignDatabaseUntouched()
{
    {
        RawDatabase raw(path());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
    }
    const QByteArray before = readFile(path());
    StateStore store(QStringLiteral("foreign"));
    const StateStore::OpenResult result = store.open(path());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path())), qPrintable(result.error));
    QVERIFY(result.movedAsidePath.isEmpty());
    QCOMPARE(readFile(path()), before);
}

QTEST_GUILESS_MAIN(TestStateStoreOpen)
#include "tst_statestore_open.moc"
