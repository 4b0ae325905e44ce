#pragma once

#include "alert.h"
#include "logtype.h"
#include "recordvalidation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace bridge {

struct Checkpoint
{
    QDateTime windowTo; // every record up to here is in the outbox or was clean or rejected
    QString pageToken; // reserved; empty while windows are committed whole
    QDateTime updatedAt;
};

struct OutboxRow
{
    enum class State { Pending, Delivered, Failed };

    QString key;
    QString profile;
    LogType category = LogType::Url;
    QJsonObject alert; // NormalizedAlert::toJson()
    State state = State::Pending;
    int attempts = 0;
    QDateTime firstAttemptAt;
    QDateTime deliveredAt;
    QString lastError;
};

struct RejectedRow
{
    qint64 id = 0;
    QString profile;
    LogType category = LogType::Url;
    QString reasonCode; // RecordRejection::code()
    QString reasonMessage; // translated at the time of rejection
    QJsonObject record; // the element as received; non-objects are wrapped as {"value": …}
    QDateTime receivedAt;
};

// Counters of one profile's outbox.
struct OutboxCounts
{
    int pending = 0;
    int delivered = 0;
    int failed = 0;
    int rejected = 0;
};

// Durable state of the sync engine in one SQLite file: checkpoints, the outbox, the dedup keys
// already seen and the rejected records. Never contains a secret. One instance belongs to one
// thread: it opens its own named Qt Sql connection and removes it when destroyed.
class StateStore
{
public:
    // Version of the schema this code writes; older files are migrated on open.
    static constexpr int schemaVersion = 1;

    struct OpenResult
    {
        bool ok = false;
        // Translated, names the file and the remedy. Also set when ok is true and a damaged
        // file was moved aside, and then names the path it was moved to.
        QString error;
        QString movedAsidePath; // set when a damaged file was moved aside and a new one made
    };

    // A window's outcome, committed in one transaction with its checkpoint.
    struct WindowCommit
    {
        QString profile;
        LogType category = LogType::Url;
        QDateTime windowTo;
        QList<NormalizedAlert> alerts;
        QList<std::pair<RecordRejection, QJsonValue>> rejected;
    };

    struct CommitResult
    {
        bool ok = false;
        int newAlerts = 0; // added to the outbox
        int duplicates = 0; // keys seen before or twice in this window, skipped
        int rejected = 0; // rows added to the rejected table
        bool checkpointMoved = false; // false when windowTo was not later than the stored one
        QString error;
    };

    explicit StateStore(const QString &connectionName);
    ~StateStore();
    StateStore(const StateStore &) = delete;
    StateStore &operator=(const StateStore &) = delete;

    // Opens or creates the file in WAL mode and checks its integrity with PRAGMA quick_check. A
    // file that is not an SQLite database or fails the check is renamed, with its -wal and -shm
    // files, to "<name>.damaged-<yyyyMMdd-HHmmss>" (UTC, never deleted), and a new one is
    // created. movedAsidePath and error then name both files.
    // Other errors (a lock held by another process, missing permissions, another application's
    // database, a schema newer than this code) leave the file untouched and return
    // ok == false. The folder is created when missing.
    OpenResult open(const QString &path);
    // Closes and removes the connection; open() may be called again afterwards.
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    // Returns std::nullopt when no window was committed yet, or on error (lastError() is set).
    std::optional<Checkpoint> checkpoint(const QString &profile, LogType category) const;

    // Inserts the window's new alerts into seen and outbox (state pending), its rejected records,
    // and moves the checkpoint to windowTo, all in one transaction: either everything is stored
    // or nothing is. The checkpoint never moves backwards.
    CommitResult commitWindow(const WindowCommit &commit);

    // The list readers below take a limit; a negative limit returns every row. On error they
    // return an empty list and set lastError().

    // Pending rows in the order they were added, at most limit.
    QList<OutboxRow> pendingRows(const QString &profile, int limit) const;
    // Rows in the order they were added, of every state when state is std::nullopt.
    QList<OutboxRow> rows(const QString &profile, std::optional<OutboxRow::State> state,
                          int limit) const;
    // Rejected records, newest first.
    QList<RejectedRow> rejectedRows(const QString &profile, int limit) const;
    // Returns all zeros on error (lastError() is set).
    OutboxCounts counts(const QString &profile) const;

    // The mark functions change every listed key in one transaction and return false only on a
    // database error. A key without an outbox row is skipped and logged. The forms without a
    // profile change the row of that key in every profile, so the worker of one profile should
    // use the forms with a profile.

    // Records an attempt before sending: attempts + 1, firstAttemptAt set once.
    bool markAttempted(const QStringList &keys, const QDateTime &when);
    bool markAttempted(const QString &profile, const QStringList &keys, const QDateTime &when);
    // Sets the state to delivered and deliveredAt, and clears lastError.
    // NOTE: delivered rows are kept for status and the GUI and never deleted yet, so the outbox
    // grows with every alert.
    bool markDelivered(const QStringList &keys, const QDateTime &when);
    bool markDelivered(const QString &profile, const QStringList &keys, const QDateTime &when);
    // Parks a row with the server's error; it is not sent again until retryFailed(). Returns
    // false as well when no row has the key.
    bool markFailed(const QString &key, const QString &error);
    bool markFailed(const QString &profile, const QString &key, const QString &error);
    // Returns failed rows (one key, or all when key is empty) to pending. Returns the count, or
    // -1 on error.
    int retryFailed(const QString &profile, const QString &key = {});

    // Forgets dedup keys whose event time is before the cutoff (keys are kept at least 7 days),
    // except keys whose outbox row is still pending or failed. Returns the count, or -1 on error.
    int pruneSeen(const QString &profile, const QDateTime &cutoff);

    QString lastError() const { return m_lastError; }

private:
    // Runs "UPDATE outbox SET <assignments> WHERE key = ?" for each key, binding value to the
    // single placeholder of assignments. Returns how many keys matched a row, or -1 on error.
    int updateRows(const QString *profile, const QStringList &keys, const QString &assignments,
                   const QVariant &value, const char *operation);
    QList<OutboxRow> selectRows(const QString &profile, std::optional<OutboxRow::State> state,
                                int limit) const;

    QString m_connectionName;
    QString m_path;
    bool m_connectionAdded = false; // this instance added m_connectionName and removes it
    mutable QString m_lastError;
};

} // namespace bridge
