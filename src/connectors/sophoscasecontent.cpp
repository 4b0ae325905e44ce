#include "sophoscasecontent.h"

#include <QStringList>

namespace bridge {

namespace {

const QString overviewKeyLabel = QStringLiteral("Mimecast alert key: ");

// Case fields that Sophos documents only through the samples of its Postman collection
// (sophos/sophos-central-apis-postman), not through a schema, so they are set here and nowhere
// else. The samples show the types hunt, investigation, incident, managedRisk and duplicate.
// They show managedBy self or sophos, the statuses new, investigating, onHold, actionRequired
// and resolved, and the severities low, medium, high and critical.
// NOTE: which values Sophos requires for a case created through the API is not documented.
void setSampleDocumentedFields(QJsonObject &body, const QString &alertSeverity)
{
    body.insert(u"type", QStringLiteral("investigation"));
    body.insert(u"managedBy", QStringLiteral("self"));
    body.insert(u"status", QStringLiteral("new"));
    body.insert(u"severity",
                alertSeverity == u"high" ? QStringLiteral("high") : QStringLiteral("medium"));
}

// Cuts text to at most length UTF-16 code units without splitting a surrogate pair.
QString cutAt(const QString &text, int length)
{
    if (text.size() <= length)
        return text;
    if (length > 0 && text.at(length - 1).isHighSurrogate())
        --length;
    return text.left(length);
}

QString field(const QJsonObject &alert, QStringView name)
{
    return alert.value(name).toString().simplified();
}

} // namespace

QString caseKeyTag(const QString &key)
{
    return u'[' + key.left(caseKeyPrefixLength) + u']';
}

QString sophosCaseName(const QJsonObject &alert)
{
    const QString head = QStringLiteral("Mimecast: ") + field(alert, u"alertType")
            + QStringLiteral(" \u2014 ") + field(alert, u"threatId") + u' '
            + field(alert, u"threatName");
    const QString tail = u' ' + caseKeyTag(field(alert, u"key"));

    const int room = maxCaseNameLength - int(tail.size());
    if (head.size() <= room)
        return head + tail;
    const QString ellipsis = QStringLiteral("\u2026");
    return cutAt(head, room - int(ellipsis.size())).trimmed() + ellipsis + tail;
}

QString sophosCaseOverview(const QJsonObject &alert)
{
    const QList<std::pair<QString, QString>> lines = {
            {QStringLiteral("Category"), field(alert, u"category")},
            {QStringLiteral("Severity"), field(alert, u"severity")},
            {QStringLiteral("Event time"), field(alert, u"eventTime")},
            {QStringLiteral("Sender"), field(alert, u"sender")},
            {QStringLiteral("Recipient"), field(alert, u"recipient")},
            {QStringLiteral("Subject"), field(alert, u"subject")},
            {QStringLiteral("Detail"), field(alert, u"detail")},
            {QStringLiteral("Action"), field(alert, u"action")},
            {QStringLiteral("ATT&CK mapping"),
             QString(field(alert, u"threatId") + u' ' + field(alert, u"threatName")).trimmed()},
            {QStringLiteral("Mapping rule"), field(alert, u"mappingRule")},
    };
    QStringList text;
    for (const auto &[label, value] : lines)
        text.append(label + QStringLiteral(": ") + value);
    // The full key comes last, so a search by key finds the case after a crash.
    text.append(overviewKeyLabel + field(alert, u"key"));
    return text.join(u'\n');
}

QJsonObject sophosCaseBody(const QJsonObject &alert)
{
    QJsonObject body;
    body.insert(u"name", sophosCaseName(alert));
    body.insert(u"overview", sophosCaseOverview(alert));
    setSampleDocumentedFields(body, field(alert, u"severity"));
    return body;
}

bool sophosCaseMatchesKey(const QJsonObject &existingCase, const QString &key)
{
    if (key.isEmpty())
        return false;
    if (existingCase.value(u"overview").toString().contains(overviewKeyLabel + key))
        return true;
    return existingCase.value(u"name").toString().endsWith(caseKeyTag(key));
}

} // namespace bridge
