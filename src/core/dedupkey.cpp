#include "dedupkey.h"

#include <QCryptographicHash>

namespace bridge {

using namespace Qt::StringLiterals;

namespace {

const QList<QLatin1StringView> &keyFields(LogType type)
{
    static const QList<QLatin1StringView> url
            = {"messageId"_L1, "userEmailAddress"_L1, "url"_L1,
               "date"_L1,      "action"_L1,           "creationMethod"_L1};
    static const QList<QLatin1StringView> attachment
            = {"messageId"_L1, "recipientAddress"_L1, "fileHash"_L1, "date"_L1, "result"_L1};
    static const QList<QLatin1StringView> impersonation
            = {"id"_L1, "messageId"_L1, "recipientAddress"_L1, "eventTime"_L1};
    switch (type) {
    case LogType::Attachment:
        return attachment;
    case LogType::Impersonation:
        return impersonation;
    case LogType::Url:
        break;
    }
    return url;
}

} // namespace

QString dedupKey(LogType type, const QJsonObject &record)
{
    // The fields are joined first and hashed in one call, which needs one UTF-8 conversion and
    // one hash call instead of one of each per field.
    QString joined;
    joined.reserve(256);
    bool first = true;
    for (const QLatin1StringView field : keyFields(type)) {
        if (!first)
            joined += u'|';
        first = false;
        const auto it = record.constFind(field);
        if (it != record.constEnd())
            joined += it->toString(); // empty for a non-string value
    }
    return QString::fromLatin1(
            QCryptographicHash::hash(joined.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace bridge
