#include "sqlitesupport.h"

#include "storagelogging.h"

namespace bridge::sqlite {

int resultCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    // Extended result codes carry the primary code in the low byte.
    return ok ? (code & 0xff) : 0;
}

bool isDamage(const QSqlError &error)
{
    const int code = resultCode(error);
    return code == Corrupt || code == NotADatabase;
}

QString describe(const char *operation, const QSqlError &error)
{
    return QLatin1String(operation) + QStringLiteral(": ") + error.text();
}

bool exec(QSqlQuery &query, const QString &statement, const char *operation, QString *error)
{
    if (query.exec(statement))
        return true;
    *error = describe(operation, query.lastError());
    return false;
}

bool exec(QSqlQuery &query, const char *operation, QString *error)
{
    if (query.exec())
        return true;
    *error = describe(operation, query.lastError());
    return false;
}

QVariant timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant(time.toMSecsSinceEpoch());
}

QDateTime timeFromValue(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString stateName(OutboxRow::State state)
{
    switch (state) {
    case OutboxRow::State::Pending:
        return QStringLiteral("pending");
    case OutboxRow::State::Delivered:
        return QStringLiteral("delivered");
    case OutboxRow::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<OutboxRow::State> stateFromName(const QString &name)
{
    for (auto state :
         {OutboxRow::State::Pending, OutboxRow::State::Delivered, OutboxRow::State::Failed}) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{ }

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::begin(QString *error)
{
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("BEGIN IMMEDIATE"), "begin transaction", error))
        return false;
    m_active = true;
    return true;
}

bool WriteTransaction::commit(QString *error)
{
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("COMMIT"), "commit transaction", error))
        return false; // still active: the destructor or the caller rolls back
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("ROLLBACK"))) {
        // SQLite may already have rolled back on its own (for example after SQLITE_FULL).
        qCWarning(lcStorage).noquote() << describe("roll back transaction", query.lastError());
    }
}

} // namespace bridge::sqlite
