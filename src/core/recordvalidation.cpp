#include "recordvalidation.h"

#include "mimecasttime.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace bridge {

using namespace Qt::StringLiterals;

namespace {

enum class FieldKind { Text, Time, Boolean };

struct RequiredField
{
    QLatin1StringView name;
    FieldKind kind;
};

// Static lists, because every record is checked against one of them.
const QList<RequiredField> &requiredFields(LogType type)
{
    static const QList<RequiredField> attachment
            = {{"date"_L1, FieldKind::Time}, {"result"_L1, FieldKind::Text}};
    static const QList<RequiredField> impersonation
            = {{"eventTime"_L1, FieldKind::Time}, {"taggedMalicious"_L1, FieldKind::Boolean}};
    static const QList<RequiredField> url = {{"date"_L1, FieldKind::Time},
                                             {"url"_L1, FieldKind::Text},
                                             {"scanResult"_L1, FieldKind::Text}};
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

std::optional<RecordRejection> checkField(const QJsonObject &record, const RequiredField &field)
{
    // The value is read in place through the iterator, without a copy into a QJsonValue.
    const auto it = record.constFind(field.name);
    const auto reject = [&field](RecordRejection::Reason reason) {
        return RecordRejection {reason, QString(field.name)};
    };

    if (it == record.constEnd() || it->isUndefined() || it->isNull())
        return reject(RecordRejection::Reason::MissingField);

    if (field.kind == FieldKind::Boolean) {
        if (!it->isBool())
            return reject(RecordRejection::Reason::WrongType);
        return std::nullopt;
    }

    if (!it->isString())
        return reject(RecordRejection::Reason::WrongType);
    const QString text = it->toString();
    if (QStringView(text).trimmed().isEmpty())
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
    if (record.contains("meta"_L1) && (record.contains("data"_L1) || record.contains("fail"_L1)))
        return RecordRejection {RecordRejection::Reason::NotARecord, {}};

    for (const RequiredField &field : requiredFields(type)) {
        if (std::optional<RecordRejection> rejection = checkField(record, field))
            return rejection;
    }
    return std::nullopt;
}

} // namespace bridge
