#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

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
std::optional<RecordField> recordFieldFromName(QLatin1StringView name);
std::optional<RecordField> recordFieldFromName(QStringView name);

// One read member: its type, and its value when it is a boolean or a string.
struct FieldValue
{
    JsonKind kind = JsonKind::Missing;
    bool flag = false;
    QString text;
};

// One original record in the form it reached the pipeline: the compact JSON text of a page read
// in one pass, or the object of a page parsed with QJsonDocument. Alerts keep the record this
// way, so each form is converted to the other only where needed: the text is parsed for
// toJson() and the details pane, and the object is serialized for the outbox.
class RecordJson
{
public:
    RecordJson() = default;

    // text must be one valid, compact JSON object.
    static RecordJson fromCompactText(QByteArray text);
    static RecordJson fromObject(const QJsonObject &object);

    QByteArray text() const;
    bool isEmpty() const { return m_text.isEmpty() && !m_fromObject; }
    QJsonObject toObject() const;

    friend bool operator==(const RecordJson &a, const RecordJson &b)
    {
        const bool sameText = !a.m_fromObject && !b.m_fromObject && a.m_text == b.m_text;
        return sameText || a.toObject() == b.toObject();
    }
    friend bool operator!=(const RecordJson &a, const RecordJson &b) { return !(a == b); }

private:
    QByteArray m_text;
    QJsonObject m_object;
    bool m_fromObject = false;
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
    const FieldValue &field(RecordField field) const;

    // The field's text when it is a string, otherwise empty.
    const QString &text(RecordField field) const;

    // The element's compact JSON text.
    QByteArray json() const;
    QJsonValue toJsonValue() const;
    // The element as an alert's record; meaningful for an object.
    RecordJson record() const;

private:
    friend class PageScanner;

    // Adds a member that is read for the first time.
    FieldValue &addField(RecordField field);

    JsonKind m_kind = JsonKind::Missing;
    QByteArray m_json; // read from page bytes
    QJsonValue m_value = QJsonValue(QJsonValue::Undefined); // given to fromJsonValue()
    // Only the members present are stored, so that a small element stays small.
    std::array<qint8, recordFieldCount> m_slots = emptySlots();
    QList<FieldValue> m_values;

    static constexpr std::array<qint8, recordFieldCount> emptySlots()
    {
        std::array<qint8, recordFieldCount> result {};
        for (qint8 &slot : result)
            slot = -1;
        return result;
    }
};

} // namespace bridge
