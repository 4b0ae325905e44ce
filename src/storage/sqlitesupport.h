#pragma once

#include "statestore.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

// Helpers shared by the StateStore source files. Not part of the library's interface.
namespace bridge::sqlite {

// Primary SQLite result codes that Qt reports in QSqlError::nativeErrorCode().
enum ResultCode { Busy = 5, Locked = 6, Corrupt = 11, NotADatabase = 26 };

// Returns the SQLite result code of an error, or 0 when the driver gave none.
int resultCode(const QSqlError &error);

// True for errors that mean the file's content is damaged rather than unreachable.
bool isDamage(const QSqlError &error);

// Formats "<operation>: <driver and database text>" for lastError() and the log.
QString describe(const char *operation, const QSqlError &error);

// Runs one statement; on failure stores the described error in *error.
bool exec(QSqlQuery &query, const QString &statement, const char *operation, QString *error);
bool exec(QSqlQuery &query, const char *operation, QString *error);

// Times are stored as milliseconds since the epoch (UTC); a null QDateTime is stored as NULL.
QVariant timeValue(const QDateTime &time);
QDateTime timeFromValue(const QVariant &value);

QString stateName(OutboxRow::State state);
std::optional<OutboxRow::State> stateFromName(const QString &name);

// A write transaction started with BEGIN IMMEDIATE, so the write lock is taken up front and a
// busy database fails here instead of in the middle of the work. Rolls back when destroyed
// without commit().
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace bridge::sqlite
