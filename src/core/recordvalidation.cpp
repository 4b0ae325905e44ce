#include "recordvalidation.h"

#include "mimecasttime.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace bridge {

namespace {

enum class FieldKind { Text, Time, Boolean };

struct RequiredField
{
    QStringView name;
    FieldKind kind;
};

QList<RequiredField> requiredFields(LogType type)
{
    switch (type) {
    case LogType::Attachment:
        return {{u"date", FieldKind::Time}, {u"result", FieldKind::Text}};
    case LogType::Impersonation:
        return {{u"eventTime", FieldKind::Time}, {u"taggedMalicious", FieldKind::Boolean}};
    case LogType::Url:
        break;
    }
    return {{u"date", FieldKind::Time},
            {u"url", FieldKind::Text},
            {u"scanResult", FieldKind::Text}};
}

std::optional<RecordRejection> checkField(const QJsonObject &record, const RequiredField &field)
{
    const QJsonValue value = record.value(field.name);
    const auto reject = [&field](RecordRejection::Reason reason) {
        return RecordRejection {reason, field.name.toString()};
    };

    if (value.isUndefined() || value.isNull())
        return reject(RecordRejection::Reason::MissingField);

    if (field.kind == FieldKind::Boolean) {
        if (!value.isBool())
            return reject(RecordRejection::Reason::WrongType);
        return std::nullopt;
    }

    if (!value.isString())
        return reject(RecordRejection::Reason::WrongType);
    const QString text = value.toString();
    if (text.trimmed().isEmpty())
        return reject(RecordRejection::Reason::MissingField);
    if (field.kind == FieldKind::Time && !parseMimecastTime(text))
        return reject(RecordRejection::Reason::InvalidDate);
    return std::nullopt;
}

} // namespace

QString RecordRejection::message() const
{
    switch (reason) {
    case Reason::NotARecord:
        return QCoreApplication::translate("RecordValidation",
                                           "The element is not a log record of this type.");
    case Reason::MissingField:
        return QCoreApplication::translate("RecordValidation",
                                           "The required field \"%1\" is missing or empty.")
                .arg(field);
    case Reason::WrongType:
        return QCoreApplication::translate("RecordValidation",
                                           "The field \"%1\" has the wrong type.")
                .arg(field);
    case Reason::InvalidDate:
        return QCoreApplication::translate("RecordValidation",
                                           "The field \"%1\" is not a valid date and time.")
                .arg(field);
    }
    return {};
}

QString RecordRejection::code() const
{
    switch (reason) {
    case Reason::NotARecord:
        return QStringLiteral("not-a-record");
    case Reason::MissingField:
        return QStringLiteral("missing-field");
    case Reason::WrongType:
        return QStringLiteral("wrong-type");
    case Reason::InvalidDate:
        return QStringLiteral("invalid-date");
    }
    return {};
}

std::optional<RecordRejection> validateRecord(LogType type, const QJsonValue &element)
{
    if (!element.isObject())
        return RecordRejection {RecordRejection::Reason::NotARecord, {}};

    const QJsonObject record = element.toObject();

    // A whole response envelope has shown up in real logs where a record should be.
    if (record.contains(u"meta") && (record.contains(u"data") || record.contains(u"fail")))
        return RecordRejection {RecordRejection::Reason::NotARecord, {}};

    for (const RequiredField &field : requiredFields(type)) {
        if (std::optional<RecordRejection> rejection = checkField(record, field))
            return rejection;
    }
    return std::nullopt;
}

} // namespace bridge
