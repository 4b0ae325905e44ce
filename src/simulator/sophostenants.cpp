#include "sophostenants.h"

#include "simulatorcredentials.h"

namespace bridge {

QString sophosIdTypeName(SophosIdType type)
{
    switch (type) {
    case SophosIdType::Tenant:
        return QStringLiteral("tenant");
    case SophosIdType::Partner:
        return QStringLiteral("partner");
    case SophosIdType::Organization:
        return QStringLiteral("organization");
    }
    return QString();
}

std::optional<SophosIdType> parseSophosIdType(const QString &name)
{
    for (const SophosIdType type :
         {SophosIdType::Tenant, SophosIdType::Partner, SophosIdType::Organization}) {
        if (sophosIdTypeName(type) == name)
            return type;
    }
    return std::nullopt;
}

QList<SophosTenant> demoSophosTenants(int count)
{
    QList<SophosTenant> tenants;
    for (int index = 0; index < count; ++index) {
        SophosTenant tenant;
        tenant.id = demo::sophosTenantId(index);
        tenant.name = index < 26 ? QStringLiteral("Customer %1").arg(QChar(u'A' + index))
                                 : QStringLiteral("Customer %1").arg(index + 1);
        tenants.append(tenant);
    }
    return tenants;
}

QJsonObject sophosTenantJson(const SophosTenant &tenant, const QString &apiHost)
{
    return {{QStringLiteral("id"), tenant.id},
            {QStringLiteral("name"), tenant.name},
            {QStringLiteral("dataGeography"), tenant.dataGeography},
            {QStringLiteral("dataRegion"), tenant.dataRegion},
            {QStringLiteral("billingType"), tenant.billingType},
            {QStringLiteral("apiHost"), apiHost},
            {QStringLiteral("status"), tenant.status}};
}

} // namespace bridge
