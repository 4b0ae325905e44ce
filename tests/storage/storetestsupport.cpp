#include "storetestsupport.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace storetest {

QDateTime minute(int minutes)
{
    return QDateTime(QDate(2026, 12, 4), QTime(15, 0), Qt::UTC).addSecs(60LL * minutes);
}

bridge::NormalizedAlert alert(const QString &key, const QDateTime &eventTime)
{
    bridge::NormalizedAlert result;
    result.key = key;
    result.category = bridge::LogType::Impersonation;
    result.alertType = QStringLiteral("impersonation");
    result.threatId = QStringLiteral("similar_internal_domain");
    result.threatName = QStringLiteral("Impersonation attempt");
    result.severity = bridge::Severity::High;
    result.eventTime = eventTime;
    result.sender = QStringLiteral("ceo.office@examp1e-corp.example.com");
    result.recipient = QStringLiteral("finance@example.com");
    result.subject = QStringLiteral("Urgent payment");
    result.record = bridge::RecordJson::fromObject(QJsonObject {{QStringLiteral("id"), key}});
    return result;
}

bridge::StateStore::WindowCommit window(const QDateTime &windowTo, const QStringList &keys,
                                        const QString &profileName)
{
    bridge::StateStore::WindowCommit commit;
    commit.profile = profileName;
    commit.category = bridge::LogType::Impersonation;
    commit.windowTo = windowTo;
    for (const QString &key : keys)
        commit.alerts.append(alert(key, windowTo.addSecs(-30)));
    return commit;
}

QStringList keysOf(const QList<bridge::OutboxRow> &rows)
{
    QStringList keys;
    for (const bridge::OutboxRow &row : rows)
        keys.append(row.key);
    return keys;
}

RawDatabase::RawDatabase(const QString &path)
{
    static std::atomic<int> counter {0};
    m_connectionName = QStringLiteral("raw-") + QString::number(++counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        m_error = db.lastError().text();
}

RawDatabase::~RawDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool RawDatabase::exec(const QString &statement)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(statement))
        return true;
    m_error = query.lastError().text();
    return false;
}

QVariant RawDatabase::scalar(const QString &statement)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(statement)) {
        m_error = query.lastError().text();
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

QStringList RawDatabase::column(const QString &statement)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QStringList values;
    if (!query.exec(statement)) {
        m_error = query.lastError().text();
        return values;
    }
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

} // namespace storetest
