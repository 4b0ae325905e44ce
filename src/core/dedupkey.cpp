#include "dedupkey.h"

#include <QCryptographicHash>

namespace bridge {

namespace {

const QList<QStringView> &keyFields(LogType type)
{
    static const QList<QStringView> url
            = {u"messageId", u"userEmailAddress", u"url", u"date", u"action", u"creationMethod"};
    static const QList<QStringView> attachment
            = {u"messageId", u"recipientAddress", u"fileHash", u"date", u"result"};
    static const QList<QStringView> impersonation
            = {u"id", u"messageId", u"recipientAddress", u"eventTime"};
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
    QCryptographicHash hash(QCryptographicHash::Sha1);
    bool first = true;
    for (const QStringView field : keyFields(type)) {
        if (!first)
            hash.addData(QByteArrayView("|"));
        first = false;
        const QJsonValue value = record.value(field);
        if (value.isString())
            hash.addData(value.toString().toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace bridge
