#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace bridge {

// Maximum length of a case name, in UTF-16 code units.
// NOTE: Sophos publishes no limit. 255 is the length the bridge cuts case names to.
inline constexpr qsizetype maxSophosCaseNameLength = 255;

// Filter and order of a case list request.
struct CaseListFilter
{
    QDateTime createdAfter; // invalid: no lower bound
    QDateTime createdBefore; // invalid: no upper bound
    bool oldestFirst = false;
};

// Reads createdAfter, createdBefore (ISO 8601 date and time with "Z" or an offset, both bounds
// inclusive) and sort ("createdAt:desc", the default, "createdAt:asc" or "createdAt").
// Returns std::nullopt and sets error on any other value.
// NOTE: Sophos documents createdAfter and createdBefore as "timestamp or duration". Durations
// are rejected here, and Sophos does not document whether its bounds are inclusive.
std::optional<CaseListFilter> parseCaseListFilter(const QUrlQuery &query, QString *error);

// Cases of every tenant, each list in creation order.
class SophosCaseStore
{
public:
    // Checks the body of a create-case request and stores the case. Returns the case as the
    // API returns it (id, type, name, tenant, managedBy, createdAt, createdBy, updatedAt,
    // severity, status, overview, assignee, initialDetection, detectionCount, escalated), or
    // std::nullopt with error set when the body is invalid.
    std::optional<QJsonObject> create(const QString &tenantId, const QJsonObject &body,
                                      const QJsonObject &createdBy, const QDateTime &now,
                                      QString *error);

    QJsonArray list(const QString &tenantId, const CaseListFilter &filter) const;
    std::optional<QJsonObject> find(const QString &tenantId, const QString &caseId) const;
    QList<QJsonObject> cases(const QString &tenantId) const;
    QStringList tenantIds() const { return m_casesByTenant.keys(); }
    qsizetype count() const;
    void clear() { m_casesByTenant.clear(); }

private:
    struct StoredCase
    {
        QJsonObject json;
        QDateTime createdAt;
    };

    QHash<QString, QList<StoredCase>> m_casesByTenant;
};

} // namespace bridge
