#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>

#include <array>

namespace bridge {

// Type of a JSON value. Missing means an absent member.
enum class JsonKind : quint8 { Missing, Null, Boolean, Number, String, Array, Object };

// The top-level record members the pipeline reads: validation, the clean filter, the alert
// fields, the mapping and the dedup key. Meta, Data and Fail detect a response envelope that
// shows up where a record should be.
enum class RecordField : quint8 {
    Action,
    ActionTriggered,
    CreationMethod,
    Data,
    Date,
    Definition,
    EventTime,
    Fail,
    FileHash,
    FileName,
    FromUserEmailAddress,
    Id,
    MessageId,
    Meta,
    Reason,
    RecipientAddress,
    Result,
    ScanResult,
    SenderAddress,
    Subject,
    TaggedMalicious,
    TtpDefinition,
    Url,
    UserEmailAddress,
};
inline constexpr int recordFieldCount = int(RecordField::UserEmailAddress) + 1;

QLatin1StringView recordFieldName(RecordField field);

// One read member: its type, and its value when it is a boolean or a string.
struct FieldValue
{
    JsonKind kind = JsonKind::Missing;
    bool flag = false;
    QString text;
};

// The JSON text of one record as it arrived, without white space between tokens. Alerts keep
// the record in this form: it is parsed into an object only where one is needed (toJson(),
// the details pane), and written out to the outbox as it is.
class RecordJson
{
public:
    RecordJson() = default;

    // text must be one valid, compact JSON object.
    static RecordJson fromCompactText(QByteArray text);
    static RecordJson fromObject(const QJsonObject &object);

    const QByteArray &text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }
    QJsonObject toObject() const;

    friend bool operator==(const RecordJson &a, const RecordJson &b)
    {
        return a.m_text == b.m_text || a.toObject() == b.toObject();
    }
    friend bool operator!=(const RecordJson &a, const RecordJson &b) { return !(a == b); }

private:
    QByteArray m_text;
};

// One element of a get-logs page: its compact JSON text, its type and the record members in
// RecordField, decoded. Elements come from scanLogsPage() (logspagescan.h), which reads them
// straight from the response bytes, or from fromJsonValue() for an already parsed value.
class PageElement
{
public:
    PageElement() = default;

    static PageElement fromJsonValue(const QJsonValue &value);

    JsonKind kind() const { return m_kind; }
    bool isObject() const { return m_kind == JsonKind::Object; }
    const FieldValue &field(RecordField field) const { return m_fields[size_t(field)]; }

    // The field's text when it is a string, otherwise empty.
    const QString &text(RecordField field) const;

    // The element's compact JSON text.
    const QByteArray &json() const { return m_json; }
    QJsonValue toJsonValue() const;

private:
    friend class PageScanner;

    JsonKind m_kind = JsonKind::Missing;
    QByteArray m_json;
    std::array<FieldValue, recordFieldCount> m_fields;
};

} // namespace bridge
