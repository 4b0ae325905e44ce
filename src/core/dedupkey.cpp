#include "dedupkey.h"

#include <QCryptographicHash>

namespace bridge {

namespace {

const QList<RecordField> &keyFields(LogType type)
{
    using Field = RecordField;
    static const QList<Field> url
            = {Field::MessageId, Field::UserEmailAddress, Field::Url,
               Field::Date,      Field::Action,           Field::CreationMethod};
    static const QList<Field> attachment = {Field::MessageId, Field::RecipientAddress,
                                            Field::FileHash, Field::Date, Field::Result};
    static const QList<Field> impersonation
            = {Field::Id, Field::MessageId, Field::RecipientAddress, Field::EventTime};
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

QString dedupKey(LogType type, const PageElement &record)
{
    // The fields are joined first and hashed in one call, which needs one UTF-8 conversion and
    // one hash call instead of one of each per field.
    QString joined;
    joined.reserve(256);
    bool first = true;
    for (const RecordField field : keyFields(type)) {
        if (!first)
            joined += u'|';
        first = false;
        joined += record.text(field); // empty for an absent or non-string value
    }
    return QString::fromLatin1(
            QCryptographicHash::hash(joined.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString dedupKey(LogType type, const QJsonObject &record)
{
    return dedupKey(type, PageElement::fromJsonValue(record));
}

} // namespace bridge
