#include "alert.h"

#include "mimecasttime.h"

namespace bridge {

QString severityName(Severity severity)
{
    return severity == Severity::High ? QStringLiteral("high") : QStringLiteral("medium");
}

QJsonObject NormalizedAlert::toJson() const
{
    QJsonObject object;
    object.insert(u"key", key);
    object.insert(u"category", logTypeName(category));
    object.insert(u"alertType", alertType);
    object.insert(u"threatId", threatId);
    object.insert(u"threatName", threatName);
    object.insert(u"mappingRule", mappingRule);
    object.insert(u"severity", severityName(severity));
    object.insert(u"eventTime", formatIsoUtc(eventTime));
    object.insert(u"sender", sender);
    object.insert(u"recipient", recipient);
    object.insert(u"subject", subject);
    object.insert(u"detail", detail);
    object.insert(u"action", action);
    object.insert(u"record", record);
    return object;
}

} // namespace bridge
