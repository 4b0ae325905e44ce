#include "alert.h"

#include "mimecasttime.h"

#include <QJsonDocument>

namespace bridge {

QString severityName(Severity severity)
{
    return severity == Severity::High ? QStringLiteral("high") : QStringLiteral("medium");
}

namespace {

QJsonObject alertFields(const NormalizedAlert &alert)
{
    QJsonObject object;
    object.insert(u"key", alert.key);
    object.insert(u"category", logTypeName(alert.category));
    object.insert(u"alertType", alert.alertType);
    object.insert(u"threatId", alert.threatId);
    object.insert(u"threatName", alert.threatName);
    object.insert(u"mappingRule", alert.mappingRule);
    object.insert(u"severity", severityName(alert.severity));
    object.insert(u"eventTime", formatIsoUtc(alert.eventTime));
    object.insert(u"sender", alert.sender);
    object.insert(u"recipient", alert.recipient);
    object.insert(u"subject", alert.subject);
    object.insert(u"detail", alert.detail);
    object.insert(u"action", alert.action);
    return object;
}

} // namespace

QJsonObject NormalizedAlert::toJson() const
{
    QJsonObject object = alertFields(*this);
    object.insert(u"record", record.toObject());
    return object;
}

QByteArray NormalizedAlert::toCompactJson() const
{
    QByteArray text = QJsonDocument(alertFields(*this)).toJson(QJsonDocument::Compact);
    text.chop(1); // the closing brace
    text += ",\"record\":";
    text += record.isEmpty() ? QByteArrayLiteral("{}") : record.text();
    text += '}';
    return text;
}

} // namespace bridge
