// Tests of scanLogsPage(): every page it returns must equal what QJsonDocument reads from the
// same body, and the bodies it leaves to QJsonDocument must come back as std::nullopt.

#include "logspagescan.h"
#include "logtype.h"
#include "pageelement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QTest>

#include <optional>
#include <utility>

using namespace bridge;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(bridge::LogType)

namespace {

// A get-logs page as the app reads it with QJsonDocument: the parsed list elements, the same
// elements as PageElement, and the next-page token.
struct ReferencePage
{
    QList<QJsonValue> values;
    QList<PageElement> elements;
    QString nextToken;
};

std::optional<ReferencePage> readReferencePage(LogType type, const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (!object.value("fail"_L1).toArray().isEmpty())
        return std::nullopt;
    const QJsonObject meta = object.value("meta"_L1).toObject();
    if (meta.value("status"_L1).toInt(200) != 200)
        return std::nullopt;

    ReferencePage page;
    const QString listKey = recordListKey(type);
    const QJsonValue data = object.value("data"_L1);
    if (data.isArray()) {
        const QJsonArray entries = data.toArray();
        for (const QJsonValue &entry : entries) {
            const QJsonArray list = entry.toObject().value(listKey).toArray();
            for (const QJsonValue &value : list)
                page.values.append(value);
        }
    } else if (data.isObject()) {
        const QJsonArray list = data.toObject().value(listKey).toArray();
        for (const QJsonValue &value : list)
            page.values.append(value);
    }
    for (const QJsonValue &value : std::as_const(page.values))
        page.elements.append(PageElement::fromJsonValue(value));

    const QJsonValue next = meta.value("pagination"_L1).toObject().value("next"_L1);
    if (next.isString())
        page.nextToken = next.toString();
    return page;
}

// Writes bytes outside printable ASCII as \xHH, so that a failing body reads well in the log.
QString printable(const QByteArray &bytes)
{
    QString text;
    for (const char c : bytes) {
        const uchar byte = uchar(c);
        if (byte >= 0x20 && byte < 0x7F)
            text += QLatin1Char(c);
        else
            text += QStringLiteral("\\x%1").arg(uint(byte), 2, 16, QLatin1Char('0'));
    }
    return text;
}

QString kindName(JsonKind kind)
{
    switch (kind) {
    case JsonKind::Missing:
        return QStringLiteral("missing");
    case JsonKind::Null:
        return QStringLiteral("null");
    case JsonKind::Boolean:
        return QStringLiteral("boolean");
    case JsonKind::Number:
        return QStringLiteral("number");
    case JsonKind::String:
        return QStringLiteral("string");
    case JsonKind::Array:
        return QStringLiteral("array");
    case JsonKind::Object:
        return QStringLiteral("object");
    }
    return QStringLiteral("unknown");
}

bool hasSpaceOutsideStrings(const QByteArray &text)
{
    bool inString = false;
    for (qsizetype index = 0; index < text.size(); ++index) {
        const char c = text.at(index);
        if (inString) {
            if (c == '\\')
                ++index;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            return true;
        }
    }
    return false;
}

// Parses an element's text on its own. A scalar goes inside an array, because QJsonDocument
// reads only an object or an array at the top level.
QJsonParseError::ParseError parseErrorOf(const PageElement &element)
{
    QByteArray text = element.json();
    if (element.kind() != JsonKind::Object && element.kind() != JsonKind::Array)
        text = '[' + text + ']';
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    return error.error;
}

QString fieldDifference(const PageElement &scanned, const PageElement &expected)
{
    for (int index = 0; index < recordFieldCount; ++index) {
        const RecordField field = RecordField(index);
        const FieldValue &got = scanned.field(field);
        const FieldValue &want = expected.field(field);
        const QString name = recordFieldName(field);
        if (got.kind != want.kind)
            return QStringLiteral("field %1 is a %2, expected a %3")
                    .arg(name, kindName(got.kind), kindName(want.kind));
        if (got.flag != want.flag)
            return QStringLiteral("field %1 has flag %2, expected %3")
                    .arg(name)
                    .arg(got.flag)
                    .arg(want.flag);
        if (got.text != want.text)
            return QStringLiteral("field %1 has text \"%2\", expected \"%3\"")
                    .arg(name, got.text, want.text);
    }
    return {};
}

// Describes the first difference between a scanned page and the reference, or returns an empty
// string when they agree on everything.
QString differenceBetween(const LogsPage &scanned, const ReferencePage &reference)
{
    if (scanned.nextToken != reference.nextToken)
        return QStringLiteral("next token \"%1\", expected \"%2\"")
                .arg(scanned.nextToken, reference.nextToken);
    if (scanned.elements.size() != reference.elements.size())
        return QStringLiteral("%1 elements, expected %2")
                .arg(scanned.elements.size())
                .arg(reference.elements.size());

    for (qsizetype index = 0; index < scanned.elements.size(); ++index) {
        const PageElement &got = scanned.elements.at(index);
        const PageElement &want = reference.elements.at(index);
        const QString where
                = QStringLiteral("element %1 (%2): ").arg(index).arg(printable(got.json()));
        if (got.kind() != want.kind())
            return where
                    + QStringLiteral("kind %1, expected %2")
                              .arg(kindName(got.kind()), kindName(want.kind()));
        if (hasSpaceOutsideStrings(got.json()))
            return where + QStringLiteral("the text has white space between tokens");
        if (parseErrorOf(got) != QJsonParseError::NoError)
            return where + QStringLiteral("QJsonDocument rejects the text");
        if (got.toJsonValue() != reference.values.at(index))
            return where
                    + QStringLiteral("parses to a value other than the expected %1")
                              .arg(printable(want.json()));
        const QString field = fieldDifference(got, want);
        if (!field.isEmpty())
            return where + field;
    }
    return {};
}

// Puts line breaks, indentation and spaces between the tokens of a compact JSON text, as a
// pretty-printing server does, and leaves the strings as they are.
QByteArray spacedOut(const QByteArray &compact, const QByteArray &newline, const QByteArray &indent,
                     const QByteArray &colon)
{
    QByteArray out;
    int level = 0;
    bool inString = false;
    const auto breakLine = [&] {
        out += newline;
        for (int step = 0; step < level; ++step)
            out += indent;
    };
    for (qsizetype index = 0; index < compact.size(); ++index) {
        const char c = compact.at(index);
        if (inString) {
            out += c;
            if (c == '\\')
                out += compact.at(++index);
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[':
            out += c;
            ++level;
            breakLine();
            break;
        case '}':
        case ']':
            --level;
            breakLine();
            out += c;
            break;
        case ',':
            out += c;
            breakLine();
            break;
        case ':':
            out += colon;
            break;
        default:
            out += c;
            break;
        }
    }
    return out;
}

QByteArray prettyPrinted(const QByteArray &compact)
{
    return spacedOut(compact, "\n", "  ", ": ");
}

// A record with count distinct keys "k0", "k1", ….
QByteArray manyKeys(int count)
{
    QByteArray record = "{";
    for (int index = 0; index < count; ++index)
        record += (index ? ",\"k" : "\"k") + QByteArray::number(index)
                + "\":" + QByteArray::number(index);
    return record + '}';
}

// Invented records in the shapes of the three get-logs lists, with the escapes, non-ASCII text
// and member types that real pages carry. The second record of each type has an escaped U+FEFF
// at the start of a read member, which QJsonDocument keeps.
QList<QByteArray> sampleRecords(LogType type)
{
    switch (type) {
    case LogType::Attachment:
        return {
                R"({"result":"malicious","date":"2025-03-04T09:12:44+0000",)"
                R"("senderAddress":"billing@supplier.example",)"
                R"("fileName":"Facture mars \u00e9ch\u00e9ance.pdf","actionTriggered":"sandbox, hold",)"
                R"("route":"inbound","details":"Malicious\r\nTime taken: 0 hrs, 0 min, 41 sec",)"
                R"("recipientAddress":"ap@customer.example","fileType":"application\/pdf",)"
                R"("subject":"Überweisung – März",)"
                R"("fileHash":"5d41402abc4b2a76b9719d911017c592ae2f5b8e3f0c1a2b3c4d5e6f70819a2b",)"
                R"("messageId":"<CAF0a1b2c3@mail.supplier.example>",)"
                R"("definition":"Inbound - Default Sandbox"})",
                R"({"definition":"Inbound - Safe file with On-Demand Sandbox",)"
                R"("messageId":"<2-4f7e@mta.partner.example>","fileHash":"",)"
                R"("subject":"\ufeffRechnung \ud83d\udcc4 Nr. 2025\/0311",)"
                R"("fileType":"application\/vnd.openxmlformats-officedocument.wordprocessingml.document",)"
                R"("recipientAddress":"Jürgen.Groß@customer.example",)"
                R"("details":"Safe\r\nTime taken: 0 hrs, 0 min, 7 sec","route":"internal",)"
                R"("actionTriggered":"user release, none","fileName":"\ufeffscan 2025.docx",)"
                R"("senderAddress":"<>","date":"2025-03-04T09:13:01+0000",)"
                R"("result":"safe","sizeBytes":184233,"sandboxScore":7.5,"quarantined":false,)"
                R"("releasedBy":null})",
        };
    case LogType::Impersonation:
        return {
                R"({"id":"MTOKEN:eNqrVkouLS7Jz00tSs5PSVWyUnI2MXM0N1XSUcpMUbIyMjM3MzCw1FEqSy0q",)"
                R"("senderAddress":"ceo@customer-example.example",)"
                R"("recipientAddress":"finance@customer.example",)"
                R"("subject":"Dringend: \u00dcberweisung heute \ud83d\udcb8",)"
                R"json("definition":"IP - 2 hits (Tag email)","hits":2,)json"
                R"("identifiers":["similar_internal_domain","newly_observed_domain"],)"
                R"("action":"hold","taggedExternal":true,"taggedMalicious":true,)"
                R"("senderIpAddress":"203.0.113.7","eventTime":"2025-03-04T10:01:02+0000",)"
                R"("impersonationResults":[{"impersonationDomainSource":"similar_internal_domain",)"
                R"("similarDomain":"customer-example.example",)"
                R"("stringSimilarToDomain":"customer.example","checkerResult":"hit"},)"
                R"({"impersonationDomainSource":"newly_observed_domain",)"
                R"("similarDomain":"customer-example.example","stringSimilarToDomain":"",)"
                R"("checkerResult":"hit"}],"messageId":"<1-MSGIDA1B2C3@prod.outlook.example>"})",
                R"({"id":"MTOKEN:eNqrVkouLS7Jz00tSs5PSVWyUnI2MXM0N1XSUcpMUbIyMjM3MzAw11Eq",)"
                R"("senderAddress":"\ufeff\"Finance Team\" <pay@lookalike.example>",)"
                R"("recipientAddress":"sato@customer.example","subject":"請求書のご確認 💼",)"
                R"json("definition":"IP - 1 hit (Tag email)","hits":1,"identifiers":[],)json"
                R"("action":null,"taggedExternal":false,"taggedMalicious":false,)"
                R"("senderIpAddress":"2001:db8::7","eventTime":"2025-03-04T10:05:59+0000",)"
                R"("impersonationResults":[],"messageId":"<2-MSGIDA1B2C4@prod.outlook.example>",)"
                R"("score":-0.25})",
        };
    case LogType::Url:
        return {
                R"({"userEmailAddress":"dl-all@customer.example",)"
                R"("fromUserEmailAddress":"exec01@customer.example",)"
                R"("url":"https:\/\/login.sso-example.example\/auth?next=%2Fhome&id=\u0031",)"
                R"("ttpDefinition":"Default Inbound URL Protect Definition",)"
                R"("subject":"Password expiry \u2013 action required","action":"block",)"
                R"("adminOverride":"N/A","userOverride":"None","scanResult":"malicious",)"
                R"("category":"Phishing \u0026 Fraud","sendingIp":"198.51.100.235",)"
                R"("userAwarenessAction":"N/A","date":"2025-03-04T11:20:30+0000",)"
                R"("actions":"Block","route":"inbound","creationMethod":"User Click",)"
                R"("emailPartsDescription":["Body","Attachment"],)"
                R"("messageId":"<MSGID741541E6A8997E94@mta.example.net>",)"
                R"("tagMap":{"UrlReputationScan":{"Status":["CustomerAll","VerdictBlock"],)"
                R"("Type":["Phishing"],)"
                R"json("UrlBlock":["ORIGINAL:https:\/\/login.sso-example.example\/auth (Blocked as PHISHING)"],)json"
                R"("Url":["https:\/\/login.sso-example.example\/auth"]}}})",
                R"({"userEmailAddress":"user03@customer.example",)"
                R"("fromUserEmailAddress":"sender03@partner.example",)"
                R"("url":"https:\/\/files.example\/Win\/Setup.exe",)"
                R"("ttpDefinition":"Default Inbound URL Protect Definition",)"
                R"("subject":"\ufeffRE: Your mailbox is \"full\" \\ act now\t!","action":"warn",)"
                R"("adminOverride":"N/A","userOverride":"None","scanResult":"clean",)"
                R"("category":"Dangerous file extension","sendingIp":null,)"
                R"("userAwarenessAction":"N/A","date":"2025-03-04T11:44:02+0000",)"
                R"("actions":"Block","route":"inbound","creationMethod":"Entry Scan",)"
                R"("emailPartsDescription":["Attachment"],)"
                R"("messageId":"<MSGIDC75F9DA9D362F52B@mta.example.net>","clickCount":3,)"
                R"("tagMap":{"DangerousFileExt":{"Status":["CustomerSpecific","VerdictBlock"],)"
                R"("Inspect:FileExts":["[exe]"],"Inspect:MimeTypes":["[]"],)"
                R"("Score":[98.5,-0.25,0,123456789012345678],)"
                R"("Nested":{"depth":[[],[{}],[[null,true,false]]]}}}})",
        };
    }
    return {};
}

QByteArray listKeyOf(LogType type)
{
    return recordListKey(type).toLatin1();
}

LogType otherType(LogType type)
{
    return type == LogType::Url ? LogType::Attachment : LogType::Url;
}

// One data entry: {"<list>":[elements]}.
QByteArray holder(LogType type, const QByteArray &elements)
{
    return "{\"" + listKeyOf(type) + "\":[" + elements + "]}";
}

QByteArray bothRecords(LogType type)
{
    const QList<QByteArray> records = sampleRecords(type);
    return records.at(0) + ',' + records.at(1);
}

// The data member of a page with one list: [{"<list>":[elements]}].
QByteArray dataList(LogType type, const QByteArray &elements)
{
    return '[' + holder(type, elements) + ']';
}

// An API 2.0 page: meta first, pagination before status, fail last.
QByteArray v2Page(const QByteArray &data, const QByteArray &pagination)
{
    return R"({"meta":{"pagination":)" + pagination + R"(,"status":200},"data":)" + data
            + R"(,"fail":[]})";
}

// An API 1.0 page: fail first, status before pagination.
QByteArray v1Page(const QByteArray &data, const QByteArray &pagination)
{
    return R"({"fail":[],"meta":{"status":200,"pagination":)" + pagination + R"(},"data":)" + data
            + '}';
}

// A short page around one record, for the rejection rows.
QByteArray smallPage(LogType type, const QByteArray &record)
{
    return R"({"meta":{"status":200,"pagination":{"next":"t\/1"}},"data":[)" + holder(type, record)
            + R"(],"fail":[]})";
}

QByteArray smallRecord()
{
    return R"({"date":"2025-01-02T03:04:05+0000","subject":"\u00e9t\u00e9","hits":12,)"
           R"("ok":true,"x":null})";
}

QByteArray deeplyNested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

// Returns body with one to two random edits: a byte deleted, duplicated or replaced with a
// byte that is significant in JSON or UTF-8, two nearby bytes swapped, or the tail cut.
QByteArray mutated(QByteArray body, QRandomGenerator &random)
{
    static const QByteArray replacements("\"\\{}[],:0e-. \x01\xC3\xA9\xFF", 17);
    const int edits = 1 + random.bounded(2);
    for (int edit = 0; edit < edits && !body.isEmpty(); ++edit) {
        const int position = random.bounded(int(body.size()));
        switch (random.bounded(5)) {
        case 0:
            body.remove(position, 1);
            break;
        case 1:
            body.insert(position, body.at(position));
            break;
        case 2:
            body[position] = replacements.at(random.bounded(int(replacements.size())));
            break;
        case 3: {
            const int other = qMin(position + 1 + random.bounded(8), int(body.size()) - 1);
            std::swap(body[position], body[other]);
            break;
        }
        default:
            body.truncate(position);
            break;
        }
    }
    return body;
}

} // namespace

class TestLogsPageScan : public QObject
{
    Q_OBJECT

private slots:
    void realisticPageAgrees_data();
    void realisticPageAgrees();
    void unsureBodyFallsBack_data();
    void unsureBodyFallsBack();
    void mutantsAgreeOrFallBack();
    void recordJsonEquality();
};

void TestLogsPageScan::realisticPageAgrees_data()
{
    QTest::addColumn<LogType>("type");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("next");

    const QByteArray noNext = R"({"pageSize":0})";
    for (const LogType type : allLogTypes) {
        const QList<QByteArray> records = sampleRecords(type);
        const QByteArray first = records.at(0);
        const QByteArray second = records.at(1);
        const QByteArray both = bothRecords(type);
        const QByteArray key = listKeyOf(type);
        const auto row
                = [&](const char *name, const QByteArray &body, int count, const QString &next) {
                      QTest::newRow(qPrintable(logTypeName(type) + u' ' + QLatin1StringView(name)))
                              << type << body << count << next;
                  };

        row("v1 compact, next with escapes",
            v1Page(dataList(type, both),
                   R"({"pageSize":500,"next":"eyJvZmZzZXQiOjUwMH0\/x\u002By\u00e9\ud83d\ude00=="})"),
            2, u"eyJvZmZzZXQiOjUwMH0/x+yé😀=="_s);
        row("v2 pretty-printed",
            prettyPrinted(v2Page(dataList(type, both),
                                 R"({"pageSize":2,"totalCount":42,"next":"nexttoken"})")),
            2, u"nexttoken"_s);
        row("tabs and CR LF between tokens",
            "\r\n\t "
                    + spacedOut(v1Page(dataList(type, both), R"({"next":"\ufeffp2"})"), "\r\n",
                                "\t", " \t: ")
                    + " \n",
            2, u"\uFEFFp2"_s);
        row("empty data", v2Page("[]", noNext), 0, QString());
        row("empty record list, pretty-printed", prettyPrinted(v1Page(dataList(type, {}), noNext)),
            0, QString());
        row("data [{}]", v2Page("[{}]", noNext), 0, QString());
        row("data as an object", R"({"meta":{"status":200},"data":)" + holder(type, first) + '}', 1,
            QString());
        row("several data entries",
            v2Page('[' + holder(type, second) + R"(,{"source":"cloud","folders":[]},)"
                           + holder(type, {}) + R"(,"note",null,[)" + holder(type, first) + "],"
                           + holder(type, both) + ']',
                   R"({"next":"after"})"),
            3, u"after"_s);
        const QByteArray mixedElements = first + R"(,"text \u00e9",42,-0.5,null,true,false,)"
                + R"([1,"a",{}],{},)" + second;
        row("non-object elements", v1Page(dataList(type, mixedElements), noNext), 10, QString());
        row("no meta and no fail", R"({"data":[)" + holder(type, first) + "]}", 1, QString());
        row("next a number", v2Page(dataList(type, first), R"({"next":123})"), 1, QString());
        row("next an object", v2Page(dataList(type, first), R"({"next":{"token":"x"}})"), 1,
            QString());
        row("pagination a string", v2Page(dataList(type, first), R"("none")"), 1, QString());
        row("meta an array", R"({"meta":[{"status":500}],"data":[)" + holder(type, first) + "]}", 1,
            QString());
        row("list of another type",
            v2Page(dataList(otherType(type), bothRecords(otherType(type))), noNext), 0, QString());
        row("list beside other members",
            v2Page(R"([{"source":"cloud",")" + key + R"(":[)" + first + R"(],"total":1,")"
                           + listKeyOf(otherType(type)) + R"(":[)" + second + "]}]",
                   noNext),
            1, QString());
        row("record with 128 keys", v2Page(dataList(type, manyKeys(128)), noNext), 1, QString());
        row("numbers",
            v2Page(dataList(type,
                            R"({"n":[0,-0,12.50,-1.5,123456789012345678,)"
                            R"(-123456789012345678,0.000001,100000000000000000]})"),
                   noNext),
            1, QString());
        row("nesting within the limit",
            v2Page(dataList(type, R"({"tagMap":)" + deeplyNested(40) + '}'), noNext), 1, QString());
        row("read members of every kind",
            v2Page(dataList(type,
                            R"({"action":null,"taggedMalicious":true,"subject":12,)"
                            R"("date":false,"url":{"a":1},"id":["x"],"messageId":"m",)"
                            R"("result":"","reason":"a\/b","eventTime":-1.25})"),
                   noNext),
            1, QString());
        row("envelope members inside a record",
            v2Page(dataList(type,
                            R"({"meta":{"status":200},"data":[],"fail":[{"errors":[]}],)"
                            R"("date":"2025-03-04T09:12:44+0000"})"),
                   noNext),
            1, QString());
    }
}

void TestLogsPageScan::realisticPageAgrees()
{
    QFETCH(LogType, type);
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    QFETCH(QString, next);

    const std::optional<ReferencePage> reference = readReferencePage(type, body);
    QVERIFY2(reference.has_value(), "QJsonDocument rejects the body");
    QCOMPARE(reference->elements.size(), count);
    QCOMPARE(reference->nextToken, next);

    const std::optional<LogsPage> scanned = scanLogsPage(type, body);
    QVERIFY2(scanned.has_value(), "scanLogsPage returned std::nullopt");
    QCOMPARE(scanned->elements.size(), reference->elements.size());
    QCOMPARE(scanned->nextToken, reference->nextToken);
    const QString difference = differenceBetween(*scanned, *reference);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestLogsPageScan::unsureBodyFallsBack_data()
{
    QTest::addColumn<LogType>("type");
    QTest::addColumn<QByteArray>("body");
    // True when the QJsonDocument path reads the body as a page, which is the case for the forms
    // the reader leaves to QJsonDocument on purpose. False for a body that is no successful page.
    QTest::addColumn<bool>("referenceAccepts");

    for (const LogType type : allLogTypes) {
        const QString prefix = logTypeName(type) + u' ';
        const auto row = [&](const QString &name, const QByteArray &body, bool referenceAccepts) {
            QTest::newRow(qPrintable(prefix + name)) << type << body << referenceAccepts;
        };
        const auto recordRow
                = [&](const char *name, const QByteArray &record, bool referenceAccepts) {
                      row(QLatin1StringView(name), smallPage(type, record), referenceAccepts);
                  };
        const QByteArray page = smallPage(type, smallRecord());
        const QByteArray key = listKeyOf(type);
        const QByteArray eventField = eventTimeField(type).toLatin1();

        for (qsizetype size = 0; size < page.size(); ++size)
            row(u"truncated at %1"_s.arg(size), page.left(size), false);

        // Invalid JSON.
        row(u"trailing garbage"_s, page + 'x', false);
        row(u"second object"_s, page + "{}", false);
        row(u"top-level array"_s, '[' + page + ']', false);
        row(u"top-level null"_s, "null", false);
        recordRow("missing comma between members", R"({"date":"d" "subject":"s"})", false);
        recordRow("missing comma between records", R"({"date":"d"}{"date":"e"})", false);
        recordRow("trailing comma in a record", R"({"date":"d",})", false);
        recordRow("trailing comma in the list", R"({"date":"d"},)", false);
        recordRow("missing colon", R"({"date" "d"})", false);
        recordRow("single quotes", R"({'date':'d'})", false);
        recordRow("bare word", R"({"date":yes})", false);
        recordRow("number with a leading zero", R"({"hits":012})", false);
        recordRow("number with a plus sign", R"({"hits":+1})", false);
        recordRow("bad escape \\x", R"({"subject":"a\xb"})", true);
        recordRow("unpaired high surrogate escape", R"({"subject":"\ud83d"})", true);
        recordRow("lone low surrogate escape", R"({"subject":"\ude00 x"})", true);
        recordRow("high surrogate before a letter escape", R"({"subject":"\ud83d\u0041"})", true);
        recordRow("escaped U+0000", R"({"subject":"a\u0000b"})", true);
        recordRow("escaped noncharacter", R"({"subject":"a\uffffb"})", true);
        recordRow("raw noncharacter", "{\"subject\":\"a\xEF\xBF\xBFz\"}", true);
        recordRow("raw control character", "{\"subject\":\"a\x01z\"}", true);
        recordRow("raw line feed in a string", "{\"subject\":\"a\nz\"}", true);
        recordRow("overlong UTF-8", "{\"subject\":\"a\xC0\xAFz\"}", false);
        recordRow("overlong 3-byte UTF-8", "{\"subject\":\"a\xE0\x80\xAFz\"}", false);
        recordRow("surrogate encoded in UTF-8", "{\"subject\":\"a\xED\xA0\x80z\"}", false);
        recordRow("UTF-8 above U+10FFFF", "{\"subject\":\"a\xF4\x90\x80\x80z\"}", false);
        recordRow("truncated UTF-8 sequence", "{\"subject\":\"a\xE2\x82\"}", false);
        recordRow("lone UTF-8 continuation byte", "{\"subject\":\"a\x80z\"}", false);
        recordRow("byte FF", "{\"subject\":\"a\xFFz\"}", false);
        recordRow("invalid UTF-8 in a key", "{\"d\xC3\":\"x\"}", false);

        // Envelopes that are no plain success.
        row(u"fail not empty"_s,
            R"({"meta":{"status":200},"data":[],"fail":[{"key":"x","errors":[)"
            R"({"code":"err_validation_blank","message":"A value is required","retryable":false}]}]})",
            false);
        row(u"fail an object"_s, R"({"meta":{"status":200},"data":[],"fail":{}})", true);
        row(u"status 500"_s, R"({"meta":{"status":500},"data":[],"fail":[]})", false);
        row(u"status the string 200"_s, R"({"meta":{"status":"200"},"data":[],"fail":[]})", true);
        row(u"status 200.0"_s, R"({"meta":{"status":200.0},"data":[],"fail":[]})", true);
        row(u"status 2e2"_s, R"({"meta":{"status":2e2},"data":[],"fail":[]})", true);
        row(u"status null"_s, R"({"meta":{"status":null},"data":[],"fail":[]})", true);

        // Duplicate and escaped keys among the members read.
        row(u"duplicate data"_s,
            R"({"data":[],"meta":{"status":200},"data":[)" + holder(type, smallRecord()) + "]}",
            true);
        row(u"duplicate meta"_s, R"({"meta":{"status":500},"data":[],"meta":{"status":200}})",
            true);
        row(u"duplicate fail"_s, R"({"fail":[],"data":[],"fail":[]})", true);
        row(u"duplicate status"_s, R"({"meta":{"status":500,"status":200},"data":[]})", true);
        row(u"duplicate pagination"_s,
            R"({"meta":{"pagination":{"next":"a"},"pagination":{"next":"b"}},"data":[]})", true);
        row(u"duplicate next"_s, R"({"meta":{"pagination":{"next":"a","next":"b"}},"data":[]})",
            true);
        row(u"duplicate list key"_s,
            R"({"data":[{")" + key + R"(":[],")" + key + R"(":[{"date":"d"}]}]})", true);
        row(u"duplicate list key in a data object"_s,
            R"({"data":{")" + key + R"(":[{"date":"d"}],")" + key + R"(":[]}})", true);
        recordRow("duplicate date", R"({"date":"2025-01-01T00:00:00+0000","date":"x"})", true);
        row(u"duplicate event time field"_s,
            smallPage(type, "{\"" + eventField + R"(":"a",")" + eventField + R"(":"b"})"), true);
        recordRow("duplicate taggedMalicious",
                  R"({"taggedMalicious":true,"taggedMalicious":false})", true);
        recordRow("escaped record key", R"({"d\u0061te":"2025-01-01T00:00:00+0000"})", true);
        row(u"escaped data key"_s, R"({"d\u0061ta":[]})", true);
        row(u"escaped status key"_s, R"({"meta":{"st\u0061tus":500},"data":[]})", false);
        row(u"escaped next key"_s, R"({"meta":{"pagination":{"n\u0065xt":"a"}},"data":[]})", true);
        // Duplicate or escaped keys anywhere else, and keys that are not plain ASCII.
        row(u"duplicate keys in meta and a nested object"_s,
            R"({"extra":1,"meta":{"status":200,"pagination":{"pageSize":1,"pageSize":2}},)"
            R"("extra":[2],"data":[)"
                    + holder(type,
                             R"({"date":"2025-03-04T09:12:44+0000","adminOverride":"N/A",)"
                             R"("adminOverride":"None","tags":{"a":1,"a":{"b":2}}})")
                    + "]}",
            true);
        recordRow("duplicate key in a nested object", R"({"tags":{"a":1,"a":{"b":2}}})", true);
        recordRow("escaped keys in a nested object",
                  R"({"details":{"Kind\u0031":"a","\u00fcber":[{"x\/y":2}]}})", true);
        recordRow("non-ASCII key",
                  "{\"\xC3\xBC"
                  "ber\":1}",
                  true);
        recordRow("raw U+FEFF starting a string",
                  "{\"subject\":\"\xEF\xBB\xBF"
                  "Hi\"}",
                  true);
        recordRow("raw U+FEFF starting a string with escapes",
                  "{\"subject\":\"\xEF\xBB\xBF"
                  "Nr. 2025\\/0311\"}",
                  true);
        row(u"object with more than 128 keys"_s, smallPage(type, manyKeys(129)), true);
        recordRow("key starting with U+FEFF",
                  "{\"\xEF\xBB\xBF"
                  "subject\":\"a\",\"subject\":\"b\"}",
                  true);
        row(u"escaped list key"_s,
            R"({"data":[{")" + key.left(1) + R"(\u00)" + key.mid(1, 1).toHex() + key.mid(2)
                    + R"(":[]}]})",
            true);

        // Numbers and nesting left to QJsonDocument.
        recordRow("number with an exponent", R"({"hits":1e2})", true);
        recordRow("number with a capital exponent", R"({"hits":1E+2})", true);
        recordRow("number ending in a point", R"({"hits":1.})", true);
        recordRow("number with 19 digits", R"({"hits":1234567890123456789})", true);
        recordRow("nesting deeper than 64", R"({"tagMap":)" + deeplyNested(70) + '}', true);
    }
}

void TestLogsPageScan::unsureBodyFallsBack()
{
    QFETCH(LogType, type);
    QFETCH(QByteArray, body);
    QFETCH(bool, referenceAccepts);

    QCOMPARE(readReferencePage(type, body).has_value(), referenceAccepts);
    QVERIFY(!scanLogsPage(type, body).has_value());
}

void TestLogsPageScan::mutantsAgreeOrFallBack()
{
    QList<std::pair<LogType, QByteArray>> seeds;
    for (const LogType type : allLogTypes) {
        const QList<QByteArray> records = sampleRecords(type);
        seeds.append({type,
                      v1Page(dataList(type, bothRecords(type)),
                             R"({"pageSize":500,"next":"eyJvZmZzZXQi\/x\u002By"})")});
        seeds.append({type,
                      prettyPrinted(v2Page(dataList(type, records.at(1)),
                                           R"({"pageSize":2,"next":"n2"})"))});
        seeds.append(
                {type, smallPage(type, smallRecord() + R"(,"text \u00e9",42,null,[1,{}],{})")});
    }

    constexpr int mutantsPerSeed = 600;
    QRandomGenerator random(20250304);
    int total = 0;
    int accepted = 0;
    int fallbacks = 0;
    for (const auto &[type, seed] : std::as_const(seeds)) {
        for (int count = 0; count < mutantsPerSeed; ++count) {
            const QByteArray mutant = mutated(seed, random);
            ++total;
            const std::optional<LogsPage> scanned = scanLogsPage(type, mutant);
            const std::optional<ReferencePage> reference = readReferencePage(type, mutant);
            if (!scanned) {
                fallbacks += reference.has_value();
                continue;
            }
            ++accepted;
            QVERIFY2(reference.has_value(),
                     qPrintable(u"QJsonDocument rejects an accepted body: "_s + printable(mutant)));
            const QString difference = differenceBetween(*scanned, *reference);
            QVERIFY2(difference.isEmpty(), qPrintable(difference + u" in "_s + printable(mutant)));
        }
    }

    qInfo("%d mutants: %d read as a page, %d left to QJsonDocument although it reads them", total,
          accepted, fallbacks);
    QVERIFY(accepted > 0);
    QVERIFY(accepted < total);
}

void TestLogsPageScan::recordJsonEquality()
{
    const QJsonObject one {{u"id"_s, 1}, {u"url"_s, u"https://a.example/x"_s}};
    const QJsonObject two {{u"id"_s, 2}, {u"url"_s, u"https://a.example/x"_s}};

    QVERIFY(RecordJson::fromObject(one) == RecordJson::fromObject(one));
    QVERIFY(RecordJson::fromObject(one) != RecordJson::fromObject(two));
    QVERIFY(RecordJson::fromCompactText(R"({"url":"https:\/\/a.example\/x","id":1})")
            == RecordJson::fromObject(one));
    QVERIFY(RecordJson::fromCompactText("{\"id\":2,\"url\":\"https://a.example/x\"}")
            != RecordJson::fromObject(one));
    QVERIFY(RecordJson() != RecordJson::fromObject(one));
    QVERIFY(RecordJson().isEmpty());
    QVERIFY(!RecordJson::fromObject(QJsonObject()).isEmpty());
}

QTEST_GUILESS_MAIN(TestLogsPageScan)
#include "tst_logspagescan.moc"
