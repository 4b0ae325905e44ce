#pragma once

#include "statestore.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

// Builders for StateStore tests and a second, independent connection to the same file.
namespace storetest {

inline const QString profile = QStringLiteral("acme");

// 2026-12-04T15:00:00Z plus the given minutes.
QDateTime minute(int minutes);

bridge::NormalizedAlert alert(const QString &key, const QDateTime &eventTime = minute(0));

bridge::StateStore::WindowCommit window(const QDateTime &windowTo, const QStringList &keys,
                                        const QString &profileName = profile);

QStringList keysOf(const QList<bridge::OutboxRow> &rows);

// A plain Qt Sql connection to a database file, for setting up and inspecting files the way
// another process would. Statements that fail record their error in error().
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path);
    ~RawDatabase();
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    bool exec(const QString &statement);
    // Returns the first column of the first row, or an invalid QVariant on error or no row.
    QVariant scalar(const QString &statement);
    // Returns the first column of every row.
    QStringList column(const QString &statement);
    QString error() const { return m_error; }

private:
    QString m_connectionName;
    QString m_error;
};

} // namespace storetest
