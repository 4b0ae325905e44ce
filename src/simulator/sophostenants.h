#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace bridge {

// Kind of Sophos Central account that owns the API credential, as whoami reports it in idType.
enum class SophosIdType { Tenant, Partner, Organization };

// "tenant", "partner" or "organization".
QString sophosIdTypeName(SophosIdType type);
std::optional<SophosIdType> parseSophosIdType(const QString &name);

// One customer tenant as the partner and organization tenant lists return it.
struct SophosTenant
{
    QString id;
    QString name;
    QString dataGeography = QStringLiteral("US");
    QString dataRegion = QStringLiteral("us01");
    QString billingType = QStringLiteral("usage");
    QString status = QStringLiteral("active");
};

// Builds tenants "Customer A", "Customer B", … with the ids demo::sophosTenantId(0), (1), ….
// After "Customer Z" the names continue as "Customer 27", "Customer 28", ….
QList<SophosTenant> demoSophosTenants(int count);

// {"id","name","dataGeography","dataRegion","billingType","apiHost","status"}.
QJsonObject sophosTenantJson(const SophosTenant &tenant, const QString &apiHost);

} // namespace bridge
