#include "sophoscases.h"

#include <QUuid>

namespace bridge {

namespace {

const QStringList optionalTextFields = {
        QStringLiteral("type"),
        QStringLiteral("severity"),
        QStringLiteral("status"),
        QStringLiteral("managedBy"),
        QStringLiteral("overview"),
        QStringLiteral("assignee"),
        QStringLiteral("initialDetectionId"),
};

std::optional<QDateTime> parseBound(const QUrlQuery &query, const QString &name, QString *error)
{
    if (!query.hasQueryItem(name))
        return QDateTime();
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime) {
        *error = QStringLiteral("Invalid %1 %2: expected an ISO 8601 date and time with Z or an "
                                "offset, such as 2024-11-17T08:00:00.000Z")
                         .arg(name, text);
        return std::nullopt;
    }
    return time.toUTC();
}

// Checks the member types of a create-case body. Returns an empty string when they are valid.
QString bodyError(const QJsonObject &body)
{
    const QJsonValue name = body.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return QStringLiteral("name is required and must be a non-empty string");
    if (name.toString().size() > maxSophosCaseNameLength) {
        return QStringLiteral("name is %1 characters long; the maximum is %2")
                .arg(name.toString().size())
                .arg(maxSophosCaseNameLength);
    }
    for (const QString &field : optionalTextFields) {
        if (body.contains(field) && !body.value(field).isString())
            return QStringLiteral("%1 must be a string").arg(field);
    }
    const QJsonValue otherIds = body.value(QStringLiteral("otherDetectionIds"));
    if (!otherIds.isUndefined()) {
        if (!otherIds.isArray())
            return QStringLiteral("otherDetectionIds must be an array of strings");
        for (const QJsonValue &id : otherIds.toArray()) {
            if (!id.isString())
                return QStringLiteral("otherDetectionIds must be an array of strings");
        }
    }
    return QString();
}

QString textOr(const QJsonObject &body, const QString &field, const QString &fallback)
{
    return body.value(field).toString(fallback);
}

} // namespace

std::optional<CaseListFilter> parseCaseListFilter(const QUrlQuery &query, QString *error)
{
    CaseListFilter filter;
    const std::optional<QDateTime> after = parseBound(query, QStringLiteral("createdAfter"), error);
    if (!after)
        return std::nullopt;
    const std::optional<QDateTime> before
            = parseBound(query, QStringLiteral("createdBefore"), error);
    if (!before)
        return std::nullopt;
    filter.createdAfter = *after;
    filter.createdBefore = *before;

    const QString sort = query.queryItemValue(QStringLiteral("sort"));
    if (sort == u"createdAt" || sort == u"createdAt:asc") {
        filter.oldestFirst = true;
    } else if (!sort.isEmpty() && sort != u"createdAt:desc") {
        *error = QStringLiteral("Invalid sort %1: expected createdAt:desc, createdAt:asc or "
                                "createdAt")
                         .arg(sort);
        return std::nullopt;
    }
    return filter;
}

std::optional<QJsonObject> SophosCaseStore::create(const QString &tenantId, const QJsonObject &body,
                                                   const QJsonObject &createdBy,
                                                   const QDateTime &now, QString *error)
{
    *error = bodyError(body);
    if (!error->isEmpty())
        return std::nullopt;

    const QString createdAt = now.toUTC().toString(Qt::ISODateWithMs);
    QJsonObject json {
            {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("type"),
             textOr(body, QStringLiteral("type"), QStringLiteral("investigation"))},
            {QStringLiteral("name"), body.value(QStringLiteral("name")).toString()},
            {QStringLiteral("tenant"), QJsonObject {{QStringLiteral("id"), tenantId}}},
            {QStringLiteral("managedBy"),
             textOr(body, QStringLiteral("managedBy"), QStringLiteral("self"))},
            {QStringLiteral("createdAt"), createdAt},
            {QStringLiteral("createdBy"), createdBy},
            {QStringLiteral("updatedAt"), createdAt},
            {QStringLiteral("severity"),
             textOr(body, QStringLiteral("severity"), QStringLiteral("notSet"))},
            {QStringLiteral("status"),
             textOr(body, QStringLiteral("status"), QStringLiteral("new"))},
            {QStringLiteral("overview"), textOr(body, QStringLiteral("overview"), QString())},
            {QStringLiteral("escalated"), false},
    };

    qsizetype detectionCount = body.value(QStringLiteral("otherDetectionIds")).toArray().size();
    const QString initialDetectionId = body.value(QStringLiteral("initialDetectionId")).toString();
    if (!initialDetectionId.isEmpty()) {
        json.insert(QStringLiteral("initialDetection"),
                    QJsonObject {{QStringLiteral("id"), initialDetectionId}});
        ++detectionCount;
    }
    json.insert(QStringLiteral("detectionCount"), detectionCount);

    const QString assignee = body.value(QStringLiteral("assignee")).toString();
    if (!assignee.isEmpty()) {
        json.insert(QStringLiteral("assignee"),
                    QJsonObject {{QStringLiteral("id"), assignee},
                                 {QStringLiteral("type"), QStringLiteral("user")},
                                 {QStringLiteral("name"), assignee}});
    }

    // The stored time is read back from the text so the filter compares what clients see.
    m_casesByTenant[tenantId].append(
            {json, QDateTime::fromString(createdAt, Qt::ISODateWithMs).toUTC()});
    return json;
}

QJsonArray SophosCaseStore::list(const QString &tenantId, const CaseListFilter &filter) const
{
    const QList<StoredCase> stored = m_casesByTenant.value(tenantId);
    QJsonArray items;
    for (const StoredCase &entry : stored) {
        if (filter.createdAfter.isValid() && entry.createdAt < filter.createdAfter)
            continue;
        if (filter.createdBefore.isValid() && entry.createdAt > filter.createdBefore)
            continue;
        if (filter.oldestFirst)
            items.append(entry.json);
        else
            items.prepend(entry.json);
    }
    return items;
}

std::optional<QJsonObject> SophosCaseStore::find(const QString &tenantId,
                                                 const QString &caseId) const
{
    const auto tenantCases = m_casesByTenant.constFind(tenantId);
    if (tenantCases == m_casesByTenant.constEnd())
        return std::nullopt;
    for (const StoredCase &entry : *tenantCases) {
        if (entry.json.value(QStringLiteral("id")).toString() == caseId)
            return entry.json;
    }
    return std::nullopt;
}

QList<QJsonObject> SophosCaseStore::cases(const QString &tenantId) const
{
    QList<QJsonObject> result;
    for (const StoredCase &entry : m_casesByTenant.value(tenantId))
        result.append(entry.json);
    return result;
}

qsizetype SophosCaseStore::count() const
{
    qsizetype total = 0;
    for (const QList<StoredCase> &tenantCases : m_casesByTenant)
        total += tenantCases.size();
    return total;
}

} // namespace bridge
