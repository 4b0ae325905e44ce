#include "pageelement.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace bridge {

using namespace Qt::StringLiterals;

namespace {

JsonKind kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonKind::Null;
    case QJsonValue::Bool:
        return JsonKind::Boolean;
    case QJsonValue::Double:
        return JsonKind::Number;
    case QJsonValue::String:
        return JsonKind::String;
    case QJsonValue::Array:
        return JsonKind::Array;
    case QJsonValue::Object:
        return JsonKind::Object;
    case QJsonValue::Undefined:
        break;
    }
    return JsonKind::Missing;
}

QByteArray compactText(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isUndefined())
        return {};

    // A scalar is written inside an array, then the brackets are cut off.
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

QLatin1StringView recordFieldName(RecordField field)
{
    static constexpr std::array<QLatin1StringView, recordFieldCount> names = {
            "action"_L1,
            "actionTriggered"_L1,
            "creationMethod"_L1,
            "data"_L1,
            "date"_L1,
            "definition"_L1,
            "eventTime"_L1,
            "fail"_L1,
            "fileHash"_L1,
            "fileName"_L1,
            "fromUserEmailAddress"_L1,
            "id"_L1,
            "messageId"_L1,
            "meta"_L1,
            "reason"_L1,
            "recipientAddress"_L1,
            "result"_L1,
            "scanResult"_L1,
            "senderAddress"_L1,
            "subject"_L1,
            "taggedMalicious"_L1,
            "ttpDefinition"_L1,
            "url"_L1,
            "userEmailAddress"_L1,
    };
    return names[size_t(field)];
}

std::optional<RecordField> recordFieldFromName(QLatin1StringView name)
{
    for (int index = 0; index < recordFieldCount; ++index) {
        const QLatin1StringView known = recordFieldName(RecordField(index));
        if (known.size() == name.size() && std::memcmp(known.data(), name.data(), name.size()) == 0)
            return RecordField(index);
    }
    return std::nullopt;
}

std::optional<RecordField> recordFieldFromName(QStringView name)
{
    for (int index = 0; index < recordFieldCount; ++index) {
        const QLatin1StringView known = recordFieldName(RecordField(index));
        if (known == name)
            return RecordField(index);
    }
    return std::nullopt;
}

RecordJson RecordJson::fromCompactText(QByteArray text)
{
    RecordJson json;
    json.m_text = std::move(text);
    return json;
}

RecordJson RecordJson::fromObject(const QJsonObject &object)
{
    RecordJson json;
    json.m_object = object;
    json.m_fromObject = true;
    return json;
}

QByteArray RecordJson::text() const
{
    // NOTE: QJsonDocument writes a key that starts with a raw U+FEFF without it, so a record
    // with both "\xEF\xBB\xBFsubject" and "subject" comes out with the key twice.
    if (m_fromObject)
        return QJsonDocument(m_object).toJson(QJsonDocument::Compact);
    return m_text;
}

QJsonObject RecordJson::toObject() const
{
    if (m_fromObject)
        return m_object;
    if (m_text.isEmpty())
        return {};
    return QJsonDocument::fromJson(m_text).object();
}

PageElement PageElement::fromJsonValue(const QJsonValue &value)
{
    PageElement element;
    element.m_kind = kindOf(value);
    element.m_value = value;
    if (!value.isObject())
        return element;

    // One walk over the members is cheaper than a lookup of every RecordField name.
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const std::optional<RecordField> known = recordFieldFromName(QStringView(it.key()));
        if (!known)
            continue;
        FieldValue &field = element.addField(*known);
        field.kind = kindOf(it.value());
        field.flag = it->toBool();
        field.text = it->toString();
    }
    return element;
}

const FieldValue &PageElement::field(RecordField field) const
{
    static const FieldValue missing;
    const qint8 slot = m_slots[size_t(field)];
    return slot < 0 ? missing : m_values[slot];
}

const QString &PageElement::text(RecordField field) const
{
    // A non-string member has an empty text, like QJsonValue::toString().
    return this->field(field).text;
}

FieldValue &PageElement::addField(RecordField field)
{
    if (m_values.isEmpty())
        m_values.reserve(16);
    m_slots[size_t(field)] = qint8(m_values.size());
    return m_values.emplaceBack();
}

QByteArray PageElement::json() const
{
    return m_value.isUndefined() ? m_json : compactText(m_value);
}

RecordJson PageElement::record() const
{
    if (m_value.isObject())
        return RecordJson::fromObject(m_value.toObject());
    return RecordJson::fromCompactText(m_json);
}

QJsonValue PageElement::toJsonValue() const
{
    if (!m_value.isUndefined())
        return m_value;
    switch (m_kind) {
    case JsonKind::Missing:
        return QJsonValue(QJsonValue::Undefined);
    case JsonKind::Object:
        return QJsonDocument::fromJson(m_json).object();
    case JsonKind::Array:
        return QJsonDocument::fromJson(m_json).array();
    default:
        break;
    }
    return QJsonDocument::fromJson('[' + m_json + ']').array().first();
}

} // namespace bridge
