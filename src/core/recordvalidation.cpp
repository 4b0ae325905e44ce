#include "recordvalidation.h"

#include "mimecasttime.h"

#include <QCoreApplication>

namespace bridge {

using namespace Qt::StringLiterals;

namespace {

enum class FieldKind { Text, Time, Boolean };

struct RequiredField
{
    RecordField name;
    FieldKind kind;
};

// Static lists, because every record is checked against one of them.
const QList<RequiredField> &requiredFields(LogType type)
{
    static const QList<RequiredField> attachment
            = {{RecordField::Date, FieldKind::Time}, {RecordField::Result, FieldKind::Text}};
    static const QList<RequiredField> impersonation
            = {{RecordField::EventTime, FieldKind::Time},
               {RecordField::TaggedMalicious, FieldKind::Boolean}};
    static const QList<RequiredField> url = {{RecordField::Date, FieldKind::Time},
                                             {RecordField::Url, FieldKind::Text},
                                             {RecordField::ScanResult, FieldKind::Text}};
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

std::optional<RecordRejection> checkField(const PageElement &record, const RequiredField &field)
{
    const FieldValue &value = record.field(field.name);
    const auto reject = [&field](RecordRejection::Reason reason) {
        return RecordRejection {reason, QString(recordFieldName(field.name))};
    };

    if (value.kind == JsonKind::Missing || value.kind == JsonKind::Null)
        return reject(RecordRejection::Reason::MissingField);

    if (field.kind == FieldKind::Boolean) {
        if (value.kind != JsonKind::Boolean)
            return reject(RecordRejection::Reason::WrongType);
        return std::nullopt;
    }

    if (value.kind != JsonKind::String)
        return reject(RecordRejection::Reason::WrongType);
    if (QStringView(value.text).trimmed().isEmpty())
        return reject(RecordRejection::Reason::MissingField);
    if (field.kind == FieldKind::Time && !parseMimecastTime(value.text))
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

std::optional<RecordRejection> validateRecord(LogType type, const PageElement &element)
{
    if (!element.isObject())
        return RecordRejection {RecordRejection::Reason::NotARecord, {}};

    // A whole response envelope has shown up in real logs where a record should be.
    const auto has = [&element](RecordField field) {
        return element.field(field).kind != JsonKind::Missing;
    };
    if (has(RecordField::Meta) && (has(RecordField::Data) || has(RecordField::Fail)))
        return RecordRejection {RecordRejection::Reason::NotARecord, {}};

    for (const RequiredField &field : requiredFields(type)) {
        if (std::optional<RecordRejection> rejection = checkField(element, field))
            return rejection;
    }
    return std::nullopt;
}

std::optional<RecordRejection> validateRecord(LogType type, const QJsonValue &element)
{
    return validateRecord(type, PageElement::fromJsonValue(element));
}

} // namespace bridge
